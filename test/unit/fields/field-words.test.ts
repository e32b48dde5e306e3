import { translator } from '@locales/translate';
import { Module } from '@shared/schemas/module';
import { describe, expect, it } from 'vitest';
import { fieldProblems } from '../../../renderer/src/features/inspector/field-words';
import { fullModule } from '../../fixtures/builders';

describe('a form’s problems', () => {
  const problemsOf = (change: Record<string, unknown>, language: 'en' | 'uk' = 'en') => {
    const parsed = Module.safeParse({ ...fullModule(), ...change });
    if (parsed.success) throw new Error('the module should not validate');
    return fieldProblems(parsed.error, 'module', translator(language));
  };

  it('are worded by the catalogue with the field table’s label, an item by its number', () => {
    expect(problemsOf({ title: '', credit: { value: -3, system: 'ECTS' } })).toEqual([
      { field: 'title', message: 'Title is required' },
      { field: 'credit.value', message: 'Credit value must be at least 0' },
    ]);
    const learningOutcomes = [
      { id: 'lo-1', statement: 'Plan.' },
      { id: 'lo-2', statement: ' ' },
    ];
    expect(problemsOf({ learningOutcomes })).toEqual([
      { field: 'learningOutcomes[1].statement', message: 'Outcome 2 is required' },
    ]);
  });

  it('tell a value that breaks its pattern what it should be, from the field’s help', () => {
    expect(problemsOf({ code: 'no spaces' })).toEqual([
      {
        field: 'code',
        message:
          'Code is not valid: Letters, digits, dot, dash and underscore, starting with a letter or digit',
      },
    ]);
  });

  it('speak the language shown', () => {
    const [problem] = problemsOf({ title: '' }, 'uk');
    expect(problem?.message).not.toBe('Title is required');
    expect(problem?.message).toContain(translator('uk').t('fields.module.title'));
  });
});
