import { problemText } from '@locales/problems';
import { translator } from '@locales/translate';
import { Module } from '@shared/schemas/module';
import { problemsOf } from '@shared/schemas/problems';
import { describe, expect, it } from 'vitest';
import { fullModule } from '../../fixtures/builders';

function problems(input: unknown) {
  const result = Module.safeParse(input);
  if (result.success) return [];
  // What a designer reads: the schema names the value, the catalogue says what is wrong with it.
  return problemsOf(result.error).map((p) => ({ field: p.field, message: problemText(p, translator('en')) }));
}

describe('Module schema', () => {
  it('accepts a module with every field filled in and keeps every value', () => {
    const module = fullModule();
    const parsed = Module.parse(module);
    expect(parsed).toEqual(module);
  });

  it('fills defaults for a minimal draft, so QA can later say what is missing', () => {
    const parsed = Module.parse({
      id: 'm1',
      code: 'MC-01',
      title: 'Mentoring and coaching in professional training',
      createdAt: '2026-11-23T09:00:00Z',
      updatedAt: '2026-11-23T09:00:00Z',
    });
    expect(parsed.status).toBe('draft');
    expect(parsed.version).toBe('1.0.0');
    expect(parsed.learningOutcomes).toEqual([]);
    expect(parsed.admission).toEqual({ requirements: '', recognitionOfPriorLearning: '' });
    expect(parsed.credit).toBeUndefined();
  });

  const required: [keyof ReturnType<typeof fullModule>, RegExp][] = [
    ['id', /^Id is required$/],
    ['code', /^Code is required$/],
    ['title', /^Title is required$/],
    ['createdAt', /date and time/],
    ['updatedAt', /date and time/],
  ];
  it.each(required)('rejects a module without %s, naming the field', (field, message) => {
    const { [field]: _removed, ...rest } = fullModule();
    const found = problems(rest);
    expect(found).toHaveLength(1);
    expect(found[0]?.field).toBe(field);
    expect(found[0]?.message).toMatch(message);
  });

  it('treats a title of spaces as missing', () => {
    expect(problems(fullModule({ title: '   ' }))).toEqual([
      { field: 'title', message: 'Title is required' },
    ]);
  });

  it('names the nested field and the rule that a bad value breaks', () => {
    const found = problems({
      ...fullModule(),
      credit: { value: -2, system: 'ECTS' },
      level: { framework: 'EQF', value: 9.5 },
      learningOutcomes: [{ id: 'lo-1', statement: '' }],
      skills: [{ id: 's', framework: 'DigCompEdu', name: 'Teaching', url: 'ftp://x' }],
      deliveryMode: 'by pigeon',
    });
    expect(found).toEqual(
      expect.arrayContaining([
        { field: 'credit.value', message: 'Credit value must be at least 0' },
        { field: 'level.value', message: 'Level must be a whole number' },
        { field: 'learningOutcomes[0].statement', message: 'Outcome 1 is required' },
        { field: 'skills[0].url', message: 'Must be a web address starting with http:// or https://' },
        { field: 'deliveryMode', message: 'Delivery mode is not one of the allowed values' },
      ]),
    );
  });

  it('refuses a code with spaces and accepts Cyrillic codes', () => {
    expect(problems(fullModule({ code: 'TE PBL' }))[0]?.field).toBe('code');
    expect(problems(fullModule({ code: 'ПЕД-01' }))).toEqual([]);
  });
});
