import { readFileSync } from 'node:fs';
import { pathwayCredits } from '@shared/domain/credits';
import { decodeWorkspace } from '@shared/schemas/decode';
import { moduleCategories } from '@shared/schemas/module';
import { describe, expect, it } from 'vitest';
import { pathwayViolations } from './pathway-invariants';

const file = 'resources/samples/teacher-education.json';
const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

function sample() {
  const decoded = decodeWorkspace(text, file);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return decoded.workspace;
}

const moduleById = (id: string) => {
  const module = sample().modules.find((m) => m.id === id);
  if (!module) throw new Error(`${id} is not in the sample`);
  return module;
};

describe('the teacher-education sample workspace', () => {
  it('decodes as a current workspace with one issuer, twelve modules and the two pathways', () => {
    const decoded = decodeWorkspace(text, file);
    expect(decoded).toMatchObject({ ok: true, fromVersion: 2 });
    const workspace = sample();
    expect(workspace.issuers.map((i) => i.country)).toEqual(['IE']);
    expect(workspace.modules).toHaveLength(12);
    expect(new Set(workspace.modules.map((m) => m.category))).toEqual(new Set(moduleCategories));
    expect(workspace.pathways.map((p) => [p.title, p.award.title, p.award.type])).toEqual([
      ['STEM Foundations', 'STEM Foundations Certificate', 'certificate'],
      ['Data-Informed Educator', 'Data-Informed Educator Award', 'stacked-award'],
    ]);
  });

  it('has pathways that keep every pathway invariant, with stages, prerequisites and a choice group', () => {
    for (const pathway of sample().pathways) {
      expect(pathwayViolations(pathway), pathway.id).toEqual([]);
      expect(pathway.stages.length, pathway.id).toBeGreaterThanOrEqual(3);
      expect(pathway.prerequisites.length, pathway.id).toBeGreaterThan(0);
    }
    const groups = sample().pathways.flatMap((p) =>
      p.stages.flatMap((s) => s.items.filter((i) => i.kind === 'choice')),
    );
    expect(groups).toMatchObject([{ choose: 2, moduleIds: expect.arrayContaining(['mod-data-ai-tools']) }]);
  });

  it('states outcomes, evidence, DigCompEdu skills and credit for every module', () => {
    for (const module of sample().modules) {
      expect(module.learningOutcomes.length, module.id).toBeGreaterThanOrEqual(3);
      expect(
        module.learningOutcomes.every((o) => o.statement.startsWith('On completion, the learner can')),
      ).toBe(true);
      expect(module.evidenceRequirements.length, module.id).toBeGreaterThan(0);
      expect(module.skills.every((s) => s.framework === 'DigCompEdu' && /^[1-6]\.[1-5]$/.test(s.code))).toBe(
        true,
      );
      expect(module.credit, module.id).toBeDefined();
    }
  });

  describe('keeps the gaps its README lists for QA to catch', () => {
    it('one module without recognition of prior learning', () => {
      const withoutRpl = sample().modules.filter((m) => m.admission.recognitionOfPriorLearning === '');
      expect(withoutRpl.map((m) => m.id)).toEqual(['mod-stem-coding']);
    });

    it('one learning outcome that no evidence requirement demonstrates', () => {
      const uncovered = sample().modules.flatMap((m) =>
        m.learningOutcomes
          .filter((o) => !m.evidenceRequirements.some((e) => e.outcomeIds.includes(o.id)))
          .map((o) => `${m.id}/${o.id}`),
      );
      expect(uncovered).toEqual(['mod-sel-classroom/lo-3']);
    });

    it('one module without a level', () => {
      expect(
        sample()
          .modules.filter((m) => !m.level)
          .map((m) => m.id),
      ).toEqual(['mod-data-ai-tools']);
      expect(moduleById('mod-stem-inquiry').level).toEqual({ framework: 'EQF', value: 6, scheme: '' });
    });

    it('one pathway whose credits do not meet its award', () => {
      const { modules, pathways } = sample();
      expect(pathways.map((p) => pathwayCredits(p, modules))).toMatchObject([
        { system: 'ECTS', required: 20, total: { min: 20, max: 20 }, declared: 20, verdict: 'meets' },
        {
          system: 'ECTS',
          required: 12,
          total: { min: 19, max: 21 },
          converted: [{ system: 'UK', original: { min: 0, max: 10 }, converted: { min: 0, max: 5 } }],
          declared: 25,
          verdict: 'below',
        },
      ]);
    });
  });
});
