import { readFileSync } from 'node:fs';
import { sampleFileName, sampleIds } from '@shared/contract/samples';
import { runProfiles } from '@shared/qa/engine';
import { builtInProfiles } from '@shared/qa/profiles';
import { decodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';
import { pathwayViolations } from './pathway-invariants';

const file = `resources/samples/${sampleFileName('digital-competence-kk')}`;
const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

function sample() {
  const decoded = decodeWorkspace(text, file);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return decoded.workspace;
}

describe('the sample registry', () => {
  it('names a shipped file for every sample, the English one first', () => {
    expect(sampleIds[0]).toBe('teacher-education');
    for (const id of sampleIds) {
      const shipped = readFileSync(
        new URL(`../../../resources/samples/${sampleFileName(id)}`, import.meta.url),
      );
      expect(decodeWorkspace(shipped.toString('utf8'), id).ok, id).toBe(true);
    }
  });
});

describe('the Kazakh digital-competence sample workspace', () => {
  it('decodes as a current workspace in Kazakh: one issuer in Kazakhstan, seven modules, one pathway', () => {
    expect(decodeWorkspace(text, file)).toMatchObject({ ok: true, fromVersion: 2 });
    const workspace = sample();
    expect(workspace.language).toBe('kk');
    expect(workspace.issuers.map((i) => i.country)).toEqual(['KZ']);
    expect(workspace.modules).toHaveLength(7);
    expect(workspace.modules.every((m) => m.language === 'kk' && m.issuerId === 'iss-alatau')).toBe(true);
    expect(workspace.pathways.map((p) => [p.language, p.title, p.award.title, p.award.type])).toEqual([
      ['kk', 'Цифрлық құзыретті педагог', '«Цифрлық құзыретті педагог» сертификаты', 'certificate'],
    ]);
  });

  it('has a pathway that keeps every invariant, with three stages, prerequisites and a choice group', () => {
    const [pathway] = sample().pathways;
    if (!pathway) throw new Error('the sample has no pathway');
    expect(pathwayViolations(pathway)).toEqual([]);
    expect(pathway.stages).toHaveLength(3);
    expect(pathway.prerequisites.length).toBeGreaterThan(0);
    const groups = pathway.stages.flatMap((s) => s.items.filter((i) => i.kind === 'choice'));
    expect(groups).toMatchObject([{ choose: 2, moduleIds: expect.arrayContaining(['mod-dc-ai']) }]);
    const placed = pathway.stages.flatMap((s) =>
      s.items.flatMap((i) => (i.kind === 'module' ? [i.moduleId] : i.moduleIds)),
    );
    expect(new Set(placed)).toEqual(new Set(sample().modules.map((m) => m.id)));
  });

  it('states Kazakh outcomes, evidence, ECTS credit and DigCompEdu skills covering all six areas', () => {
    const { modules } = sample();
    for (const module of modules) {
      expect(module.learningOutcomes.length, module.id).toBeGreaterThanOrEqual(3);
      expect(
        module.learningOutcomes.every((o) => o.statement.startsWith('Модульді аяқтаған білім алушы')),
        module.id,
      ).toBe(true);
      expect(module.evidenceRequirements.length, module.id).toBeGreaterThan(0);
      expect(module.credit?.system, module.id).toBe('ECTS');
      expect(module.skills.every((s) => s.framework === 'DigCompEdu' && /^[1-6]\.[1-5]$/.test(s.code))).toBe(
        true,
      );
    }
    const areas = new Set(modules.flatMap((m) => m.skills.map((s) => s.code.split('.')[0])));
    expect([...areas].sort()).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  // Keep this list and the README's "Gaps left on purpose" the same.
  it('leaves QA exactly the gaps its README lists, and its credits meet the award', () => {
    const { findings } = runProfiles(sample(), builtInProfiles);
    const seen = findings.map((f) => [
      f.severity,
      f.ruleId,
      f.target.moduleId ?? f.target.pathwayId,
      f.target.field,
    ]);
    // Compared as a set: the gaps are the fact here, not the order a report lists them in.
    expect(seen).toHaveLength(4);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['error', 'structure.outcomes-assessed', 'mod-dc-media-literacy', 'learningOutcomes[2].statement'],
        ['error', 'level.stated', 'mod-dc-assessment', 'level.scheme'],
        ['warning', 'credit.hours-ratio', 'mod-dc-ai', 'notionalHours'],
        [
          'warning',
          'eu.principle.valid-assessment',
          'mod-dc-media-literacy',
          'learningOutcomes[2].statement',
        ],
      ]),
    );
  });
});
