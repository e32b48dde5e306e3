import { translator } from '@locales/translate';
import type { Language } from '@shared/i18n/languages';
import { Workspace } from '@shared/schemas/workspace';
import { buildSpecification, type SpecificationOptions } from '@shared/spec/build';
import type { SpecBlock, Specification, SpecQaInput, SpecSection } from '@shared/spec/model';
import { qaStatus } from '@shared/spec/qa-section';
import { describe, expect, it } from 'vitest';
import { sayWords, specificationRefusal, wordSpecification } from '../../../electron/main/export/spec-words';
import { englishWorkspace } from '../../fixtures/spec/english';
import { ukrainianKazakhWorkspace } from '../../fixtures/spec/ukrainian-kazakh';

const generatedAt = '2026-11-23T10:00:00.000Z';
const qa: SpecQaInput = {
  profiles: [{ title: 'UK QAA Micro-credentials Characteristics Statement', version: '2022.1' }],
  conformance: [
    { title: 'Admission and access', passed: 3, total: 3 },
    { title: 'Learning outcomes and skills', passed: 4, total: 4 },
  ],
  findings: [
    { severity: 'warning', targetLabel: 'DIE-202 · skills', message: 'Align the module to DigCompEdu.' },
  ],
};

const english = translator('en');

/** The specification as built (codes and data), and as an English reader gets it. */
function built(workspace: Workspace, pathwayId: string, options: Partial<SpecificationOptions> = {}) {
  const result = buildSpecification(workspace, pathwayId, { generatedAt, ...options });
  if (!result.ok) throw new Error(specificationRefusal(result, english));
  return result.specification;
}

function specOf(options: { qa?: SpecQaInput } = {}, workspace = englishWorkspace): Specification<string> {
  return wordSpecification(built(workspace, 'pw-die', options), english);
}

const section = (spec: Specification<string>, id: string): SpecSection<string> => {
  const all = spec.sections.flatMap((s) => [s, ...s.subsections]);
  const found = all.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const factsOf = (blocks: SpecBlock<string>[]) =>
  Object.fromEntries(
    blocks.flatMap((b) => (b.kind === 'facts' ? b.facts.map((f) => [f.label, f.value]) : [])),
  );
const tablesOf = (blocks: SpecBlock<string>[]) =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

describe('the programme specification model', () => {
  it('uses fixtures that are valid workspaces', () => {
    expect(Workspace.safeParse(englishWorkspace).success).toBe(true);
    expect(Workspace.safeParse(ukrainianKazakhWorkspace).success).toBe(true);
  });

  it('names an unknown pathway and lists the ones there are', () => {
    const refused = buildSpecification(englishWorkspace, 'pw-nope', { generatedAt });
    expect(refused).toEqual({
      ok: false,
      code: 'spec.pathway-not-found',
      params: {
        id: 'pw-nope',
        workspace: 'Faculty of Education: digital pedagogy',
        known: ['pw-die (Data-Informed Educator)'],
      },
    });
    if (refused.ok) return;
    expect(specificationRefusal(refused, english)).toBe(
      'Pathway pw-nope does not exist in workspace “Faculty of Education: digital pedagogy”. Its pathways: pw-die (Data-Informed Educator).',
    );
  });

  it('carries codes and data, not sentences, and is written in the pathway’s language', () => {
    const spec = built(englishWorkspace, 'pw-die');
    expect(spec.language).toBe('en');
    expect(spec.sections.map((s) => s.title)).toEqual([
      { key: 'spec.section.summary' },
      { key: 'spec.section.structure' },
      { key: 'spec.section.modules' },
      { key: 'spec.section.matrix' },
      { key: 'spec.section.qa' },
    ]);
    expect(spec.cover.facts[1]).toEqual({
      label: { key: 'spec.fact.award' },
      value: { coded: 'awardType', value: 'stacked-award' },
    });
    const kazakh: Workspace = {
      ...englishWorkspace,
      language: 'uk',
      pathways: englishWorkspace.pathways.map((p) => ({ ...p, language: 'kk' as Language })),
    };
    expect(built(kazakh, 'pw-die').language).toBe('kk');
    expect(built(kazakh, 'pw-die', { language: 'ru' }).language).toBe('ru');
  });

  it('has the sections a committee expects, every module in pathway order', () => {
    const spec = specOf();
    expect(spec.sections.map((s) => s.title)).toEqual([
      'Summary',
      'Pathway structure',
      'Modules',
      'Outcomes and assessment',
      'Appendix: quality assurance',
    ]);
    expect(section(spec, 'modules').subsections.map((s) => s.title)).toEqual([
      'DIE-101 Designing Digital Assessment',
      'DIE-102 Using Data Analytics to Personalize Instruction',
      'DIE-201 AI Tools for Lesson Planning',
      'DIE-202 Formative Feedback with Digital Tools',
      'DIE-203 Inclusive Digital Learning Design',
      'DIE-204 Learning Dashboards for Teachers',
      'DIE-301 Data-Informed Practice Capstone',
    ]);
  });

  it('puts the approval, totals and QA status on the cover and in the summary', () => {
    const spec = specOf({ qa });
    expect(spec.cover.approval.label).toBe('Approved on November 20, 2026 by Prof. Helen Price');
    expect(factsOf([{ kind: 'facts', facts: spec.cover.facts }])).toMatchObject({
      Credits: '26–28 ECTS',
      Version: '1.2.0',
      'QA status': 'Conforms, with 1 warning open',
    });
    expect(factsOf(section(spec, 'summary').blocks)).toMatchObject({
      'Total credits': '26–28 ECTS',
      'Credit range': '26 ECTS to 28 ECTS, depending on the electives chosen',
      // 27 lies within what a learner can complete: the credit engine's one "meets the award" rule.
      'Declared award credit': '27 ECTS',
      Level: 'EQF 6',
      'Duration (notional workload)': '650–700 hours',
      Delivery: 'Blended (6 modules), Online (1 module)',
      'Entry requirements': 'Qualified teacher status.',
      Structure: '3 stages, 7 modules: 3 required, 1 choice group',
    });
    expect(spec.metadata).toMatchObject({
      title: 'Data-Informed Educator Certificate: programme specification',
      author: 'Northbridge University',
      createdAt: generatedAt,
      version: '1.2.0',
    });
  });

  it('describes the diagram: stages as columns, an N-of-M group and the prerequisites', () => {
    const structure = section(specOf(), 'structure');
    const diagram = structure.blocks.find((b) => b.kind === 'diagram');
    if (diagram?.kind !== 'diagram') throw new Error('no diagram');
    expect(diagram.diagram.stages.map((s) => [s.title, s.credit])).toEqual([
      ['Foundations', '10 ECTS'],
      ['Practice', '6–8 ECTS'],
      ['Capstone', '10 ECTS'],
    ]);
    const group = diagram.diagram.stages[1]?.items[0];
    expect(group).toMatchObject({
      kind: 'choice',
      rule: '2 of 4',
      title: 'Classroom practice electives',
    });
    expect(group?.kind === 'choice' && group.boxes.map((b) => `${b.code} ${b.credit}`)).toEqual([
      'DIE-201 3 ECTS',
      'DIE-202 3 ECTS',
      'DIE-203 4 ECTS',
      'DIE-204 4 ECTS',
    ]);
    expect(diagram.diagram.edges).toContainEqual({ before: 'm-analytics', after: 'm-capstone' });
    const [, prerequisites] = tablesOf(structure.blocks);
    expect(prerequisites?.rows[2]?.cells).toEqual([
      'DIE-102 Using Data Analytics to Personalize Instruction',
      'DIE-301 Data-Informed Practice Capstone',
    ]);
  });

  it('states credits in the award’s system, the original system in brackets where converted', () => {
    const ws = structuredClone(englishWorkspace);
    const capstone = ws.modules.find((m) => m.id === 'm-capstone');
    if (capstone) capstone.credit = { value: 20, system: 'UK' };
    const spec = specOf({}, ws);
    expect(factsOf(section(spec, 'summary').blocks)).toMatchObject({
      'Total credits': '26–28 ECTS (20 UK credits counted as 10 ECTS)',
      'Credit range': '26 ECTS to 28 ECTS, depending on the electives chosen',
    });
    expect(factsOf(section(spec, 'module-m-capstone').blocks).Credits).toBe('10 ECTS (20 UK credits)');
    const [modules] = tablesOf(section(spec, 'structure').blocks);
    expect(modules?.rows.find((r) => r.cells[1] === 'DIE-301')?.cells[3]).toBe('10 ECTS (20 UK credits)');
    expect(factsOf([{ kind: 'facts', facts: spec.cover.facts }]).Credits).toBe(
      '26–28 ECTS (20 UK credits counted as 10 ECTS)',
    );
  });

  it('gives each module its facts, outcomes, evidence and skills', () => {
    const capstone = section(specOf(), 'module-m-capstone');
    expect(factsOf(capstone.blocks)).toMatchObject({
      Code: 'DIE-301',
      Credits: '10 ECTS',
      'Notional workload': '250 hours',
      Prerequisites: 'DIE-102',
      'In this pathway': 'Capstone; Required',
      Graded: 'Yes',
      Language: 'English (en)',
      'QA mechanism': 'Faculty QA committee review each year.',
    });
    const outcomes = capstone.blocks.find((b) => b.kind === 'list');
    expect(outcomes?.kind === 'list' && outcomes.items.map((i) => i.label)).toEqual(['LO1', 'LO2', 'LO3']);
    const [evidence] = tablesOf(capstone.blocks);
    expect(evidence?.rows.map((r) => r.cells[2])).toEqual(['LO1', 'LO2, LO3']);
    const elective = section(specOf(), 'module-m-ai');
    expect(factsOf(elective.blocks)['In this pathway']).toBe(
      'Practice; Elective: 2 of 4 (Classroom practice electives)',
    );
  });

  it('matches every outcome to its evidence and flags an outcome no evidence covers', () => {
    const ws = structuredClone(englishWorkspace);
    const assess = ws.modules.find((m) => m.id === 'm-assess');
    if (assess) assess.evidenceRequirements = [];
    const matrix = section(specOf({}, ws), 'outcomes-assessment');
    const [table] = tablesOf(matrix.blocks);
    expect(table?.columns.map((c) => c.title)).toEqual([
      'Outcome',
      'Statement',
      'Assessment',
      'Lesson plan',
      'Student work samples',
    ]);
    expect(table?.rows).toHaveLength(15);
    expect(table?.rows[0]).toMatchObject({
      tone: 'attention',
      cells: ['DIE-101 LO1', expect.any(String), 'Portfolio', '', ''],
    });
    expect(table?.rows[2]?.cells.slice(3)).toEqual(['✓', '']);
    expect(matrix.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringContaining('2 outcomes are not covered'),
    });
  });

  it('fills the QA appendix from the QA input and the review', () => {
    const appendix = section(specOf({ qa }), 'qa');
    expect(factsOf(appendix.blocks)['QA status']).toBe('Conforms, with 1 warning open');
    const findings = tablesOf(section(specOf({ qa }), 'qa-findings').blocks);
    expect(findings[0]?.rows[0]?.cells).toEqual([
      'Warning',
      'DIE-202 · skills',
      'Align the module to DigCompEdu.',
    ]);
    expect(findings[1]?.rows[0]?.cells).toEqual([
      'Nov 10, 2026',
      'Dr Amara Okafor',
      'DIE-301 · assessment',
      'Publish the capstone rubric with the module handbook before the first intake.',
    ]);
    const [decisions] = tablesOf(section(specOf(), 'qa-decisions').blocks);
    expect(decisions?.rows.at(-1)?.cells).toEqual([
      'Nov 20, 2026',
      'Approved',
      'Prof. Helen Price, Chair, Academic Standards Committee',
      '1.2.0',
      'sha256:4b8e2d6f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b',
    ]);
  });

  it('says plainly when QA was not run, or did not pass', () => {
    const qaStatusLabel = (input: SpecQaInput | undefined) => sayWords(qaStatus(input), english);
    expect(qaStatusLabel(undefined)).toBe('Not checked: no QA results were supplied with this specification');
    expect(
      qaStatusLabel({
        ...qa,
        conformance: [{ title: 'Credit and level', passed: 1, total: 2 }],
        findings: [{ severity: 'error', targetLabel: 'Pathway', message: 'Credits do not add up.' }],
      }),
    ).toBe('Does not conform: 1 error and 0 warnings open; 1 characteristic not fully met');
    const [findings] = tablesOf(section(specOf(), 'qa-findings').blocks);
    expect(findings?.emptyText).toBe('The QA checks were not run.');
  });

  it('keeps Ukrainian and Kazakh text as written', () => {
    const spec = wordSpecification(built(ukrainianKazakhWorkspace, 'pw-uk'), english);
    expect(spec.cover.awardTitle).toBe('Сертифікат «Цифровий учитель» — Цифрлық мұғалім');
    expect(section(spec, 'module-m-kk').title).toMatch(/^ҚҰ-02 Әдістемелік ғылыми қолдау/);
    expect(factsOf(section(spec, 'module-m-uk').blocks).Language).toBe('Ukrainian (uk)');
  });
});
