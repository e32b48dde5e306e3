import { isLanguage, type Language, sourceLanguage } from '../i18n/languages';
import type { ObAchievement } from './types';

/** The language a definition's words were written in, so its endorsement speaks the same one. */
export function achievementLanguage(achievement: Pick<ObAchievement, 'inLanguage'>): Language {
  return isLanguage(achievement.inLanguage) ? achievement.inLanguage : sourceLanguage;
}
