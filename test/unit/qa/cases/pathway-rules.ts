import { pathwayOf, withModule, withPathway } from '../designs';
import { type Case, named, outsider } from './case';

export const pathwayRuleCases: Case[] = [
  {
    why: 'modules adding up to less than the award',
    ruleId: 'credit.pathway-total',
    failing: (w) =>
      withPathway(w, {
        award: { ...pathwayOf(w).award, credit: { value: 20, system: 'ECTS' } },
      }),
    expected: [
      {
        target: { kind: 'pathway', pathwayId: 'p-1', field: 'award.credit.value' },
        code: 'credit.pathway-total.below-award',
        params: {
          pathway: 'Data-Informed Educator',
          award: 'Data-Informed Educator Award',
          reached: { minimum: 15, maximum: 15, system: 'ECTS' },
          declared: { value: 20, system: 'ECTS' },
          withoutCredit: [],
        },
        text: /^Pathway “Data-Informed Educator”: a learner completes 15 ECTS, below the 20 ECTS its award “Data-Informed Educator Award” declares\. Add modules or credit to reach it/,
      },
    ],
  },
  {
    why: 'electives that can overshoot, a module in UK credit and one without credit',
    ruleId: 'credit.pathway-total',
    failing: (w) =>
      withModule(
        withModule(withModule(w, 'm-c', { credit: { value: 20, system: 'UK' } }), 'm-d', {
          credit: { value: 7, system: 'ECTS' },
        }),
        'm-a',
        { credit: undefined },
      ),
    // m-b 5 + one of m-c (20 UK = 10 ECTS) or m-d 7, with m-a counting zero: 12–15 meets 15.
    expected: [],
  },
  {
    why: 'an award in UK credit the ECTS modules meet (1 ECTS = 2 UK credits)',
    ruleId: 'credit.pathway-total',
    failing: (w) => withPathway(w, { award: { ...pathwayOf(w).award, credit: { value: 30, system: 'UK' } } }),
    expected: [],
  },
  {
    why: 'modules adding up to more than the award, one counting zero',
    ruleId: 'credit.pathway-total',
    failing: (w) =>
      withModule(
        withPathway(w, {
          award: { ...pathwayOf(w).award, credit: { value: 10, system: 'UK' } },
        }),
        'm-a',
        {
          credit: undefined,
        },
      ),
    expected: [
      {
        target: { kind: 'pathway', pathwayId: 'p-1', field: 'award.credit.value' },
        code: 'credit.pathway-total.above-award',
        params: {
          pathway: 'Data-Informed Educator',
          award: 'Data-Informed Educator Award',
          reached: { minimum: 20, maximum: 20, system: 'UK' },
          declared: { value: 10, system: 'UK' },
          withoutCredit: ['TE-A-101'],
        },
        text: /a learner completes 20 UK credits \(TE-A-101 states no credit and counts as zero\), above the 10 UK credits its award “Data-Informed Educator Award” declares\. Remove modules or credit, or raise the award’s credit\./,
      },
    ],
  },
  {
    why: 'an award without credit and level',
    ruleId: 'stackability.award-declared',
    failing: (w) => withPathway(w, { award: { title: 'Certificate', type: 'certificate' } }),
    expected: [
      {
        target: { kind: 'pathway', pathwayId: 'p-1', field: 'award.credit.value' },
        code: 'stackability.award-declared.no-credit',
        params: { pathway: 'Data-Informed Educator', award: 'Certificate' },
        text: /its award “Certificate” declares no credit, .* Enter the award’s credit in the pathway inspector\./,
      },
      {
        target: { kind: 'pathway', pathwayId: 'p-1', field: 'award.level.value' },
        code: 'stackability.award-declared.no-level',
        params: { pathway: 'Data-Informed Educator', award: 'Certificate' },
        text: /its award “Certificate” declares no level\. Enter the award’s EQF or NQF level/,
      },
    ],
  },
  {
    why: 'prerequisites in a cycle',
    ruleId: 'structure.prerequisite-cycle',
    failing: (w) =>
      withPathway(w, {
        prerequisites: [
          { before: 'm-b', after: 'm-c' },
          { before: 'm-c', after: 'm-a' },
          { before: 'm-a', after: 'm-b' },
        ],
      }),
    expected: [
      {
        target: { kind: 'pathway', pathwayId: 'p-1', field: 'prerequisites' },
        code: 'structure.prerequisite-cycle.cycle',
        params: {
          pathway: 'Data-Informed Educator',
          cycle: ['TE-A-101', 'TE-B-201', 'TE-C-202', 'TE-A-101'],
        },
        text: /prerequisites go round in a cycle TE-A-101 → TE-B-201 → TE-C-202 → TE-A-101, so no learner can start any of them\. Remove one/,
      },
    ],
  },
  {
    why: 'a prerequisite placed after its dependant',
    ruleId: 'structure.prerequisite-order',
    failing: (w) => withPathway(w, { prerequisites: [{ before: 'm-b', after: 'm-a' }] }),
    expected: [
      {
        target: { kind: 'module', moduleId: 'm-a', pathwayId: 'p-1', stageId: 's-1' },
        code: 'structure.prerequisite-order.later-stage',
        params: {
          ...named('TE-A-101'),
          prerequisiteCode: 'TE-B-201',
          prerequisiteTitle: 'Module TE-B-201',
          stage: 'Foundations',
          prerequisiteStage: 'Practice',
        },
        text: /TE-A-101 .* needs TE-B-201 .* first, but that prerequisite sits in stage “Practice”, after stage “Foundations”\. Move TE-B-201 to an earlier stage or TE-A-101 to a later one/,
      },
    ],
  },
  {
    why: 'a prerequisite in the same stage',
    ruleId: 'structure.prerequisite-order',
    failing: (w) => withPathway(w, { prerequisites: [{ before: 'm-b', after: 'm-c' }] }),
    expected: [
      {
        target: { kind: 'module', moduleId: 'm-c', pathwayId: 'p-1', stageId: 's-2' },
        code: 'structure.prerequisite-order.same-stage',
        params: {
          ...named('TE-C-202'),
          prerequisiteCode: 'TE-B-201',
          prerequisiteTitle: 'Module TE-B-201',
          stage: 'Practice',
          prerequisiteStage: 'Practice',
        },
        text: /sits in the same stage “Practice”/,
      },
    ],
  },
  {
    why: 'a prerequisite outside the pathway',
    ruleId: 'structure.prerequisite-order',
    failing: (w) => withPathway(outsider(w), { prerequisites: [{ before: 'm-x', after: 'm-b' }] }),
    expected: [
      {
        target: { kind: 'pathway', pathwayId: 'p-1', field: 'prerequisites' },
        code: 'structure.prerequisite-order.outside-pathway',
        params: {
          pathway: 'Data-Informed Educator',
          prerequisite: 'TE-X-900',
          dependant: 'TE-B-201',
          missing: 'TE-X-900',
        },
        text: /TE-X-900 is a prerequisite of TE-B-201, but TE-X-900 is not in this pathway\. Place TE-X-900 in a stage or remove the prerequisite/,
      },
    ],
  },
  {
    why: 'a choice group asking for more than it holds',
    ruleId: 'structure.choice-group-size',
    failing: (w) =>
      withPathway(w, {
        stages: pathwayOf(w).stages.map((s) =>
          s.id === 's-2'
            ? { ...s, items: s.items.map((i) => (i.kind === 'choice' ? { ...i, choose: 3 } : i)) }
            : s,
        ),
      }),
    expected: [
      {
        target: { kind: 'group', pathwayId: 'p-1', stageId: 's-2', groupId: 'g-1', field: 'choose' },
        code: 'structure.choice-group-size.too-few',
        params: { group: 'Electives', stage: 'Practice', choose: 3, holds: 2 },
        text: /^Choice group “Electives” in stage “Practice” asks learners to choose 3 but holds 2 modules\. Add modules to the group or lower the number to choose to at most 2\.$/,
      },
    ],
  },
  {
    why: 'an untitled choice group asking for more than it holds',
    ruleId: 'structure.choice-group-size',
    failing: (w) =>
      withPathway(w, {
        stages: pathwayOf(w).stages.map((s) =>
          s.id === 's-2'
            ? {
                ...s,
                items: s.items.map((i) => (i.kind === 'choice' ? { ...i, title: '', choose: 3 } : i)),
              }
            : s,
        ),
      }),
    expected: [
      {
        target: { kind: 'group', pathwayId: 'p-1', stageId: 's-2', groupId: 'g-1', field: 'choose' },
        code: 'structure.choice-group-size.too-few-untitled',
        params: { group: '', stage: 'Practice', choose: 3, holds: 2 },
        text: /^A choice group in stage “Practice” asks learners to choose 3 but holds 2 modules\./,
      },
    ],
  },
  {
    why: 'a later stage at a lower level',
    ruleId: 'structure.level-progression',
    failing: (w) =>
      ['m-b', 'm-c', 'm-d'].reduce(
        (design, id) => withModule(design, id, { level: { framework: 'EQF', value: 4, scheme: '' } }),
        w,
      ),
    expected: [
      {
        target: { kind: 'stage', pathwayId: 'p-1', stageId: 's-2' },
        code: 'structure.level-progression.falls',
        params: {
          stage: 'Practice',
          pathway: 'Data-Informed Educator',
          level: { framework: 'EQF', value: 4, scheme: '' },
          earlierLevel: { framework: 'EQF', value: 5, scheme: '' },
          earlierStage: 'Foundations',
        },
        text: /Stage “Practice” of pathway “Data-Informed Educator” reaches EQF 4, below EQF 5 in the earlier stage “Foundations”\. Levels should not fall/,
      },
    ],
  },
  {
    why: 'levels in different frameworks (not comparable)',
    ruleId: 'structure.level-progression',
    failing: (w) =>
      ['m-b', 'm-c', 'm-d'].reduce(
        (design, id) => withModule(design, id, { level: { framework: 'NQF', value: 4, scheme: 'SCQF' } }),
        w,
      ),
    expected: [],
  },
  {
    why: 'an empty stage',
    ruleId: 'structure.empty-stage',
    failing: (w) =>
      withPathway(w, {
        stages: [
          ...pathwayOf(w).stages,
          {
            id: 's-3',
            title: 'Capstone',
            items: [{ kind: 'choice', id: 'g-2', title: '', choose: 1, moduleIds: [] }],
          },
        ],
      }),
    expected: [
      {
        target: { kind: 'stage', pathwayId: 'p-1', stageId: 's-3' },
        code: 'structure.empty-stage.empty',
        params: { stage: 'Capstone', pathway: 'Data-Informed Educator' },
        text: /^Stage “Capstone” of pathway “Data-Informed Educator” holds no modules\. Drag modules into it or remove the stage\.$/,
      },
    ],
  },
  {
    why: "an outcome of a pathway's module never assessed",
    ruleId: 'structure.outcomes-assessed',
    failing: (w) =>
      withModule(w, 'm-b', {
        evidenceRequirements: [{ id: 'ev-1', kind: 'lesson-plan', description: '', outcomeIds: ['lo-2'] }],
      }),
    expected: [
      {
        target: {
          kind: 'module',
          moduleId: 'm-b',
          pathwayId: 'p-1',
          stageId: 's-2',
          field: 'learningOutcomes[0].statement',
        },
        code: 'structure.outcomes-assessed.unassessed',
        params: {
          ...named('TE-B-201'),
          outcome: 1,
          statement: 'Design a project-based learning unit aligned to curriculum …',
          pathway: 'Data-Informed Educator',
        },
        text: /outcome 1 “Design a project-based .*” is covered by no assessment or evidence requirement, so completing pathway “Data-Informed Educator” does not show it/,
      },
    ],
  },
];
