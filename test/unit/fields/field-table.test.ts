import { describeRefusal } from '@locales/catalogue';
import { catalogues } from '@locales/messages';
import { translator } from '@locales/translate';
import {
  type FieldEntity,
  fieldHelpKey,
  fieldLabelKey,
  fieldSpec,
  fieldTables,
  issuerFieldTable,
  moduleFieldTable,
  pathwayFieldTable,
} from '@shared/fields';
import { entityFromForm, formValuesOf } from '@shared/fields/form-values';
import { moduleFields } from '@shared/qa/module-fields';
import { Issuer } from '@shared/schemas/issuer';
import { Module } from '@shared/schemas/module';
import { Pathway } from '@shared/schemas/pathway';
import { describe, expect, it } from 'vitest';
import { fullModule } from '../../fixtures/builders';
import { goodDesign, pathwayOf } from '../qa/designs';

const en = catalogues.en;
const entities = Object.keys(fieldTables) as FieldEntity[];
/** Every field of every table, an item's field by its list's path and its own. */
const everyField = entities.flatMap((entity) =>
  fieldTables[entity].flatMap((spec) => [
    { entity, path: spec.path, spec },
    ...(spec.items ?? []).map((item) => ({ entity, path: `${spec.path}.${item.path}`, spec: item })),
  ]),
);

describe('the field table', () => {
  it('names every field in English, with help where the table says it has some', () => {
    const missing = everyField.flatMap(({ entity, path, spec }) => [
      ...(Object.hasOwn(en, fieldLabelKey(entity, path)) ? [] : [fieldLabelKey(entity, path)]),
      ...(spec.help && !Object.hasOwn(en, fieldHelpKey(entity, path)) ? [fieldHelpKey(entity, path)] : []),
    ]);
    expect(missing).toEqual([]);
  });

  it('holds no words in fields.json for a field it lacks', () => {
    const owned = new Set(['fields.none', 'fields.problemWithHelp']);
    for (const { entity, path, spec } of everyField) {
      const label = fieldLabelKey(entity, path);
      for (const key of [label, `${label}.none`, `${label}.noIssuers`, `${label}.placeholder`])
        owned.add(key);
      if (spec.help) owned.add(fieldHelpKey(entity, path));
    }
    const stray = Object.keys(en).filter((key) => key.startsWith('fields.') && !owned.has(key));
    expect(stray).toEqual([]);
  });

  it('words every value of a choice from its vocabulary', () => {
    const unworded = everyField
      .filter(({ spec }) => spec.kind === 'choice' && spec.vocabulary !== 'language')
      .flatMap(({ spec }) => (spec.values ?? []).map((value) => `values.${spec.vocabulary}.${value}`))
      .filter((key) => !Object.hasOwn(en, key));
    expect(unworded).toEqual([]);
    expect(everyField.filter(({ spec }) => spec.kind === 'choice' && !spec.values?.length)).toEqual([]);
  });

  it('describes every property of a module, a pathway and an issuer that someone types', () => {
    const covered = (table: readonly { path: string }[]) => new Set(table.map((f) => f.path.split('.')[0]));
    const uncovered = (keys: string[], table: readonly { path: string }[], untyped: string[]) =>
      keys.filter((key) => !covered(table).has(key) && !untyped.includes(key));
    expect(uncovered(Object.keys(Module.shape), moduleFieldTable, ['id', 'createdAt', 'updatedAt'])).toEqual(
      [],
    );
    expect(
      uncovered(Object.keys(Pathway.shape), pathwayFieldTable, ['id', 'stages', 'createdAt', 'updatedAt']),
    ).toEqual([]);
    expect(uncovered(Object.keys(Issuer.shape), issuerFieldTable, ['id'])).toEqual([]);
  });

  it('reads an entity into a form and back without losing or changing anything', () => {
    const module = fullModule({ issuerId: 'iss', level: { framework: 'NQF', value: 6, scheme: 'FHEQ' } });
    const { id, createdAt, updatedAt } = module;
    const back = entityFromForm(
      moduleFieldTable,
      { id, createdAt, updatedAt },
      formValuesOf(moduleFieldTable, module),
    );
    expect(Module.parse(back)).toEqual(module);

    const pathway = { ...pathwayOf(goodDesign()), language: 'kk' as const };
    expect(
      Pathway.parse(entityFromForm(pathwayFieldTable, pathway, formValuesOf(pathwayFieldTable, pathway))),
    ).toEqual(pathway);

    const [issuer] = goodDesign().issuers;
    if (!issuer) throw new Error('the good design has an issuer');
    expect(
      Issuer.parse(
        entityFromForm(issuerFieldTable, { id: issuer.id }, formValuesOf(issuerFieldTable, issuer)),
      ),
    ).toEqual(issuer);
  });

  it('leaves credit and level out when their value or framework is blank, and blank addresses out', () => {
    const module = fullModule();
    const values = { ...formValuesOf(moduleFieldTable, module), 'credit.value': ' ', 'level.framework': '' };
    const back = Module.parse(entityFromForm(moduleFieldTable, module, values));
    expect(back.credit).toBeUndefined();
    expect(back.level).toBeUndefined();
    const skills = [{ id: 's', framework: 'ESCO', code: '', name: 'Skill', url: '  ' }];
    const noUrl = Module.parse(entityFromForm(moduleFieldTable, module, { ...values, skills }));
    expect(noUrl.skills[0]).toEqual({ id: 's', framework: 'ESCO', code: '', name: 'Skill' });
  });

  it('finds an item’s field by its indexed path', () => {
    expect(fieldSpec('module', 'learningOutcomes[3].statement')?.kind).toBe('text');
    expect(fieldSpec('module', 'skills[0].url')?.absentWhenBlank).toBe(true);
    expect(fieldSpec('module', 'skills[0].nothing')).toBeUndefined();
    expect(fieldSpec('pathway', 'award.credit.value')?.kind).toBe('number');
  });
});

describe('views of the field table', () => {
  it('gives institutional rules every design field a rule can check, and no reference or status', () => {
    const expected = moduleFieldTable
      .filter((f) => f.kind !== 'reference' && !('volatile' in f))
      .map((f) => f.path);
    expect(Object.keys(moduleFields)).toEqual(expected);
    expect(moduleFields['credit.value']).toEqual({ kind: 'number', labelKey: 'fields.module.credit.value' });
    expect(Object.keys(moduleFields)).not.toContain('status');
  });

  it('names a refused value by its field’s label, an item by its number, and others as before', () => {
    const tr = translator('en');
    const refuse = (label: string, params: Record<string, string | number>) =>
      describeRefusal({ code: 'field.invalid', field: 'x', params: { ...params, label } }, tr);
    const required = { issue: 'too_small', origin: 'string', minimum: 1 };
    expect(refuse('pathway.award.title', required)).toBe('Award title is required');
    expect(refuse('module.learningOutcomes[1].statement', required)).toBe('Outcome 2 is required');
    expect(refuse('group.choose', { issue: 'invalid_type', expected: 'int' })).toBe(
      'Number to choose must be a whole number',
    );
    expect(refuse('stage.title', required)).toBe('Stage title is required');
    expect(refuse('module.nothing', required)).toBe('x is required');
  });
});
