import type { Translator } from '@locales/translate';
import { creditAmount } from '@locales/values';
import type { Credit, Level } from '@shared/schemas/module';

/** A module's credit on a tile: "5 ECTS", "15 UK credits", or that it states none. */
export function creditText(tr: Translator, credit: Credit | undefined): string {
  return credit ? creditAmount(tr, credit.value, credit.system) : tr.t('board.tile.noCredit');
}

/** A module's level on a tile: "EQF 5", or the national framework's own name ("FHEQ 6"). */
export function levelText(tr: Translator, level: Level | undefined): string {
  if (!level) return tr.t('board.tile.noLevel');
  return tr.t('board.tile.level', {
    framework: level.framework,
    scheme: level.scheme ?? level.framework,
    level: level.value,
  });
}
