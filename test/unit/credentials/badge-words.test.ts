import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sayIn } from '@locales/say';
import { buildPathwayDefinitions } from '@shared/credentials/definitions';
import { languages } from '@shared/i18n/languages';
import { decodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';

const samples = ['teacher-education', 'digital-competence-kk'];

describe('badge definitions find every word they ask for', () => {
  it.each(samples)('builds every pathway of the %s sample in every language', (sample) => {
    const text = readFileSync(join(import.meta.dirname, `../../../resources/samples/${sample}.json`), 'utf8');
    const decoded = decodeWorkspace(text, sample);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    for (const language of languages) {
      const workspace = { ...decoded.workspace, language };
      for (const pathway of workspace.pathways) {
        const built = buildPathwayDefinitions(
          { ...workspace, pathways: workspace.pathways.map((p) => ({ ...p, language })) },
          pathway.id,
          {
            achievementId: (ref) => `urn:test:${ref.kind}:${ref.entityId}`,
            issuerProfileId: (issuer) => `urn:test:issuer:${issuer.id}`,
            words: sayIn,
          },
        );
        expect(built.definitions.at(-1)?.achievement.inLanguage).toBe(language);
      }
    }
  });
});
