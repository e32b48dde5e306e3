import { documentLanguage } from '@shared/i18n/document-language';
import { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { englishWorkspace } from '../../fixtures/spec/english';

describe('the language of a pathway’s documents', () => {
  it('is the pathway’s own, else the workspace’s, else English', () => {
    expect(documentLanguage({}, { language: 'kk' })).toBe('kk');
    expect(documentLanguage({ language: 'uk' }, { language: 'kk' })).toBe('kk');
    expect(documentLanguage({ language: 'uk' }, {})).toBe('uk');
    expect(documentLanguage({ language: 'ru' }, undefined)).toBe('ru');
    expect(documentLanguage({}, {})).toBe('en');
  });

  it('is optional in a workspace file and refused when Stackwise does not speak it', () => {
    const [pathway] = englishWorkspace.pathways;
    const withLanguages = { ...englishWorkspace, language: 'uk', pathways: [{ ...pathway, language: 'kk' }] };
    const parsed = Workspace.parse(withLanguages);
    expect(documentLanguage(parsed, parsed.pathways[0])).toBe('kk');
    expect(Workspace.parse(englishWorkspace).language).toBeUndefined();
    const unknown = Workspace.safeParse({ ...englishWorkspace, language: 'de' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.path).toEqual(['language']);
  });
});
