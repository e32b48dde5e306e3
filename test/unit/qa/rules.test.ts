import type { Target } from '@shared/qa/rule';
import { rules } from '@shared/qa/rules';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { findingsOf, goodDesign, moduleNamed, pathwayOf, withModule, withPathway } from './designs';

interface Case {
  /** What makes the design fail. */
  why: string;
  ruleId: string;
  params?: Record<string, unknown>;
  failing: (good: Workspace) => Workspace;
  expected: { target: Target; message: RegExp }[];
}

const module = (moduleId: string, field?: string): Target => ({
  kind: 'module',
  moduleId,
  ...(field === undefined ? {} : { field }),
});
const outsider = (w: Workspace) => ({ ...w, modules: [...w.modules, moduleNamed('m-x', 'TE-X-900')] });
const setOutcome = (w: Workspace, statement: string) =>
  withModule(w, 'm-a', {
    learningOutcomes: [
      { id: 'lo-1', statement },
      w.modules[0]?.learningOutcomes[1] ?? { id: 'lo-2', statement: 'x' },
    ],
  });

const cases: Case[] = [
  {
    why: 'empty admission requirements',
    ruleId: 'admission.requirements',
    failing: (w) =>
      withModule(w, 'm-a', {
        admission: { requirements: '', recognitionOfPriorLearning: 'RPL by portfolio.' },
      }),
    expected: [
      {
        target: module('m-a', 'admission.requirements'),
        message:
          /^TE-A-101 “Module TE-A-101”: Admission requirements is empty\. State who can enrol .* under Admission requirements\.$/,
      },
    ],
  },
  {
    why: 'admission requirements too short to say anything',
    ruleId: 'admission.requirements',
    failing: (w) =>
      withModule(w, 'm-a', {
        admission: { requirements: 'TBC', recognitionOfPriorLearning: 'RPL by portfolio.' },
      }),
    expected: [
      {
        target: module('m-a', 'admission.requirements'),
        message: /Admission requirements has only 3 characters \(this profile asks for at least 15\)/,
      },
    ],
  },
  {
    why: 'no recognition of prior learning',
    ruleId: 'admission.recognition-of-prior-learning',
    failing: (w) =>
      withModule(w, 'm-b', {
        admission: { requirements: 'Qualified teacher status.', recognitionOfPriorLearning: ' ' },
      }),
    expected: [
      {
        target: module('m-b', 'admission.recognitionOfPriorLearning'),
        message:
          /TE-B-201 .*Recognition of prior learning is empty\. Say how a learner can have prior learning recognised/,
      },
    ],
  },
  {
    why: 'a one-word summary',
    ruleId: 'course-design.summary',
    failing: (w) => withModule(w, 'm-a', { summary: 'Coding.' }),
    expected: [
      {
        target: module('m-a', 'summary'),
        message:
          /Summary has only 7 characters \(this profile asks for at least 40\)\. Describe what the module covers/,
      },
    ],
  },
  {
    why: 'no delivery mode',
    ruleId: 'course-design.delivery-mode',
    failing: (w) => withModule(w, 'm-c', { deliveryMode: undefined }),
    expected: [
      {
        target: module('m-c', 'deliveryMode'),
        message: /TE-C-202 .*Delivery mode is not set\. Choose online, onsite or blended/,
      },
    ],
  },
  {
    why: 'no assessment type and no description',
    ruleId: 'course-design.assessment',
    failing: (w) => withModule(w, 'm-a', { assessment: { graded: false, description: '' } }),
    expected: [
      {
        target: module('m-a', 'assessment.description'),
        message: /Assessment description is empty\. Describe what learners submit/,
      },
      {
        target: module('m-a', 'assessment.type'),
        message: /Assessment type is not set\. Choose how learners are assessed/,
      },
    ],
  },
  {
    why: 'no learning outcomes',
    ruleId: 'outcomes.stated',
    failing: (w) => withModule(w, 'm-a', { learningOutcomes: [] }),
    expected: [
      {
        target: module('m-a', 'learningOutcomes'),
        message:
          /states 0 learning outcomes, and this profile asks for at least 1\. Add what a learner can do/,
      },
    ],
  },
  {
    why: 'fewer outcomes than the profile asks',
    ruleId: 'outcomes.stated',
    params: { minimum: 3 },
    failing: (w) => w,
    expected: ['m-a', 'm-b', 'm-c', 'm-d'].map((id) => ({
      target: module(id, 'learningOutcomes'),
      message: /states 2 learning outcomes, and this profile asks for at least 3/,
    })),
  },
  {
    why: 'no skills',
    ruleId: 'outcomes.skills-aligned',
    failing: (w) => withModule(w, 'm-d', { skills: [] }),
    expected: [
      {
        target: module('m-d', 'skills'),
        message: /aligns 0 skills .* DigCompEdu competences\) under Skills\./,
      },
    ],
  },
  {
    why: 'no credit',
    ruleId: 'credit.stated',
    failing: (w) => withModule(w, 'm-a', { credit: undefined }),
    expected: [
      {
        target: module('m-a', 'credit.value'),
        message: /carries no credit\. Enter its credit \(ECTS or UK\) under Credit value\./,
      },
    ],
  },
  {
    why: 'credit given in hours',
    ruleId: 'credit.stated',
    failing: (w) => withModule(w, 'm-a', { credit: { value: 125, system: 'hours' } }),
    expected: [
      {
        target: module('m-a', 'credit.system'),
        message:
          /states its credit in notional hours, which this profile does not accept as credit\. Express it in ECTS or UK under Credit system\./,
      },
    ],
  },
  {
    why: 'no level',
    ruleId: 'level.stated',
    failing: (w) => withModule(w, 'm-b', { level: undefined }),
    expected: [
      {
        target: module('m-b', 'level.value'),
        message: /TE-B-201 .*states no level\. Set its EQF or NQF level under Level\./,
      },
    ],
  },
  {
    why: 'an NQF level without its framework',
    ruleId: 'level.stated',
    failing: (w) => withModule(w, 'm-b', { level: { framework: 'NQF', value: 6, scheme: '' } }),
    expected: [
      {
        target: module('m-b', 'level.scheme'),
        message: /states NQF level 6 without naming the national framework/,
      },
    ],
  },
  {
    why: '5 ECTS for 100 hours',
    ruleId: 'credit.hours-ratio',
    failing: (w) => withModule(w, 'm-a', { notionalHours: 100 }),
    expected: [
      {
        target: module('m-a', 'notionalHours'),
        message:
          /TE-A-101 .*5 ECTS stands for 125–150 notional hours, but Notional hours says 100\. Correct the notional hours or the credit value\./,
      },
    ],
  },
  {
    why: '10 UK credits for 90 hours',
    ruleId: 'credit.hours-ratio',
    failing: (w) => withModule(w, 'm-a', { credit: { value: 10, system: 'UK' }, notionalHours: 90 }),
    expected: [
      {
        target: module('m-a', 'notionalHours'),
        message: /10 UK credits stands for 100 notional hours, but Notional hours says 90/,
      },
    ],
  },
  {
    why: 'a ratio the profile sets tighter',
    ruleId: 'credit.hours-ratio',
    params: { hoursPerEcts: { min: 28, max: 30 } },
    failing: (w) => w,
    expected: ['m-a', 'm-b', 'm-c', 'm-d'].map((id) => ({
      target: module(id, 'notionalHours'),
      message: /5 ECTS stands for 140–150 notional hours, but Notional hours says 125/,
    })),
  },
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
        message:
          /^Pathway “Data-Informed Educator”: a learner completes 15 ECTS, below the 20 ECTS its award “Data-Informed Educator Award” declares\. Add modules or credit to reach it/,
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
        message:
          /a learner completes 20 UK credits \(TE-A-101 states no credit and counts as zero\), above the 10 UK credits its award “Data-Informed Educator Award” declares\. Remove modules or credit, or raise the award’s credit\./,
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
        message:
          /its award “Certificate” declares no credit, .* Enter the award's credit in the pathway inspector\./,
      },
      {
        target: { kind: 'pathway', pathwayId: 'p-1', field: 'award.level.value' },
        message: /its award “Certificate” declares no level\. Enter the award's EQF or NQF level/,
      },
    ],
  },
  {
    why: 'no certification',
    ruleId: 'certification.described',
    failing: (w) => withModule(w, 'm-a', { certification: { description: '' } }),
    expected: [
      {
        target: module('m-a', 'certification.description'),
        message: /Certification is empty\. Say what a learner receives/,
      },
    ],
  },
  {
    why: 'no quality-assurance mechanism',
    ruleId: 'quality-assurance.mechanism',
    failing: (w) => withModule(w, 'm-a', { qaMechanism: { type: 'internal', description: '' } }),
    expected: [
      {
        target: module('m-a', 'qaMechanism.description'),
        message:
          /Quality assurance mechanism is empty\. Say which of your standard processes approves and reviews it/,
      },
    ],
  },
  {
    why: 'an empty title',
    ruleId: 'eu.title',
    failing: (w) => withModule(w, 'm-a', { title: '' }),
    expected: [
      {
        target: module('m-a', 'title'),
        message: /^Module TE-A-101: Title is empty\. Give the micro-credential the title/,
      },
    ],
  },
  {
    why: 'no issuer at all',
    ruleId: 'eu.issuer',
    failing: (w) => ({ ...w, issuers: [], modules: w.modules.slice(0, 1) }),
    expected: [
      {
        target: module('m-a', 'issuerId'),
        message:
          /has no awarding body, because the workspace has no issuer profile\. .*the learner's identification and the date of issue are properties of each issued credential/,
      },
    ],
  },
  {
    why: 'an issuer the workspace does not hold',
    ruleId: 'eu.issuer',
    failing: (w) => withModule(w, 'm-b', { issuerId: 'gone' }),
    expected: [
      { target: module('m-b', 'issuerId'), message: /because its issuer gone is not in the workspace/ },
    ],
  },
  {
    why: 'an issuer without country',
    ruleId: 'eu.issuer-country',
    failing: (w) => ({
      ...w,
      issuers: w.issuers.map(({ country: _c, ...i }) => i),
      modules: w.modules.slice(1, 2),
    }),
    expected: [
      {
        target: module('m-b', 'issuerId'),
        message:
          /its issuer “Riverside University” states no country\. Set the issuer's country \(an ISO 3166 code/,
      },
    ],
  },
  {
    why: 'no learning outcomes (EU)',
    ruleId: 'eu.learning-outcomes',
    failing: (w) => withModule(w, 'm-d', { learningOutcomes: [] }),
    expected: [
      {
        target: module('m-d', 'learningOutcomes'),
        message: /TE-D-203 .*states no learning outcomes\. Add what a learner can do/,
      },
    ],
  },
  {
    why: 'neither credit nor hours',
    ruleId: 'eu.notional-workload',
    failing: (w) => withModule(w, 'm-a', { credit: undefined, notionalHours: undefined }),
    expected: [
      {
        target: module('m-a', 'notionalHours'),
        message: /states no notional workload\. Enter its Notional hours and its credit/,
      },
    ],
  },
  {
    why: 'UK credit where the profile insists on ECTS',
    ruleId: 'eu.notional-workload',
    params: { requireEcts: true },
    failing: (w) => withModule(w, 'm-a', { credit: { value: 10, system: 'UK' }, notionalHours: 100 }),
    expected: [
      {
        target: module('m-a', 'credit.system'),
        message: /states its workload in UK credit, and this profile asks for ECTS/,
      },
    ],
  },
  {
    why: 'no level (EU)',
    ruleId: 'eu.level',
    failing: (w) => withModule(w, 'm-a', { level: undefined }),
    expected: [{ target: module('m-a', 'level.value'), message: /states no level\. Set its EQF level/ }],
  },
  {
    why: 'no type of assessment',
    ruleId: 'eu.assessment-type',
    failing: (w) => withModule(w, 'm-a', { assessment: { graded: false, description: 'Portfolio review.' } }),
    expected: [
      {
        target: module('m-a', 'assessment.type'),
        message: /states no type of assessment\. Choose one under Assessment type\./,
      },
    ],
  },
  {
    why: 'no form of participation',
    ruleId: 'eu.form-of-participation',
    failing: (w) => withModule(w, 'm-a', { deliveryMode: undefined }),
    expected: [
      {
        target: module('m-a', 'deliveryMode'),
        message: /states no form of participation\. Choose online, onsite or blended under Delivery mode\./,
      },
    ],
  },
  {
    why: 'no type of quality assurance',
    ruleId: 'eu.quality-assurance-type',
    failing: (w) =>
      withModule(w, 'm-a', { qaMechanism: { description: 'Faculty committee reviews it yearly.' } }),
    expected: [
      {
        target: module('m-a', 'qaMechanism.type'),
        message: /states no type of quality assurance\. Choose internal, external or accreditation/,
      },
    ],
  },
  {
    why: 'no prerequisites to enrol',
    ruleId: 'eu.optional.prerequisites',
    failing: (w) =>
      withModule(w, 'm-a', { admission: { requirements: '', recognitionOfPriorLearning: 'By portfolio.' } }),
    expected: [
      {
        target: module('m-a', 'admission.requirements'),
        message: /states no prerequisites to enrol\. If there are any, state them/,
      },
    ],
  },
  {
    why: 'supervision and identity verification unstated',
    ruleId: 'eu.optional.supervision',
    failing: (w) =>
      withModule(w, 'm-a', {
        assessment: { type: 'portfolio', graded: false, description: 'Portfolio review.' },
      }),
    expected: [
      {
        target: module('m-a', 'assessment.identityVerification'),
        message: /how the learner's identity is verified/,
      },
      { target: module('m-a', 'assessment.supervision'), message: /whether assessment is supervised/ },
    ],
  },
  {
    why: 'graded without saying how',
    ruleId: 'eu.optional.grade',
    failing: (w) =>
      withModule(w, 'm-a', { assessment: { type: 'portfolio', graded: true, description: '' } }),
    expected: [
      {
        target: module('m-a', 'assessment.description'),
        message: /is graded, but nothing says how.*Describe the grading scale/,
      },
    ],
  },
  {
    why: 'a module in no pathway (stackability element)',
    ruleId: 'eu.optional.stackability',
    failing: outsider,
    expected: [
      { target: module('m-x'), message: /TE-X-900 .*stacks into no pathway.*Place it in a pathway/ },
    ],
  },
  {
    why: 'an issuer without web address',
    ruleId: 'eu.optional.further-information',
    failing: (w) => ({
      ...w,
      issuers: w.issuers.map(({ url: _u, ...i }) => i),
      modules: w.modules.slice(0, 1),
    }),
    expected: [
      {
        target: module('m-a', 'issuerId'),
        message: /gives no web address where learners find further information\. Add one/,
      },
    ],
  },
  {
    why: 'an outcome resting on "understand" after the usual lead-in',
    ruleId: 'eu.principle.transparent-outcomes',
    failing: (w) => setOutcome(w, 'On completion, the learner can understand inquiry-based learning.'),
    expected: [
      {
        target: module('m-a', 'learningOutcomes[0].statement'),
        message:
          /outcome 1 “On completion, the learner can understand inquiry-based lea…” rests on “understand”, which no assessor can observe\. Rewrite it around what the learner does/,
      },
    ],
  },
  {
    why: 'an outcome starting "Participants will be familiar with"',
    ruleId: 'eu.principle.transparent-outcomes',
    failing: (w) => setOutcome(w, 'Participants will be familiar with DigCompEdu.'),
    expected: [{ target: module('m-a', 'learningOutcomes[0].statement'), message: /rests on “be familiar”/ }],
  },
  {
    why: 'an outcome an assessor can see ("demonstrate understanding")',
    ruleId: 'eu.principle.transparent-outcomes',
    failing: (w) =>
      setOutcome(w, 'Learners can demonstrate understanding of formative assessment in a lesson.'),
    expected: [],
  },
  {
    why: 'an outcome no evidence demonstrates',
    ruleId: 'eu.principle.valid-assessment',
    failing: (w) =>
      withModule(w, 'm-a', {
        evidenceRequirements: [{ id: 'ev-1', kind: 'lesson-plan', description: '', outcomeIds: ['lo-1'] }],
      }),
    expected: [
      {
        target: module('m-a', 'learningOutcomes[1].statement'),
        message:
          /outcome 2 “Assess student projects with a criterion-referenced rubric\.” is demonstrated by no evidence requirement/,
      },
    ],
  },
  {
    why: 'a module in no pathway (learning pathways principle)',
    ruleId: 'eu.principle.learning-pathways',
    failing: outsider,
    expected: [{ target: module('m-x'), message: /belongs to no pathway, so a learner cannot combine it/ }],
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
        message:
          /prerequisites go round in a cycle TE-A-101 → TE-B-201 → TE-C-202 → TE-A-101, so no learner can start any of them\. Remove one/,
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
        message:
          /TE-A-101 .* needs TE-B-201 .* first, but that prerequisite sits in stage “Practice”, after stage “Foundations”\. Move TE-B-201 to an earlier stage or TE-A-101 to a later one/,
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
        message: /sits in the same stage “Practice”/,
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
        message:
          /TE-X-900 is a prerequisite of TE-B-201, but TE-X-900 is not in this pathway\. Place TE-X-900 in a stage or remove the prerequisite/,
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
        message:
          /^Choice group “Electives” in stage “Practice” asks learners to choose 3 but holds 2 modules\. Add modules to the group or lower the number to choose to at most 2\.$/,
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
        message:
          /Stage “Practice” of pathway “Data-Informed Educator” reaches EQF 4, below EQF 5 in the earlier stage “Foundations”\. Levels should not fall/,
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
        message:
          /^Stage “Capstone” of pathway “Data-Informed Educator” holds no modules\. Drag modules into it or remove the stage\.$/,
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
        message:
          /outcome 1 “Design a project-based .*” is covered by no assessment or evidence requirement, so completing pathway “Data-Informed Educator” does not show it/,
      },
    ],
  },
  {
    why: 'a field the institution requires left empty',
    ruleId: 'institution.field-required',
    params: { field: 'category', reason: 'policy 2.1' },
    failing: (w) => withModule(w, 'm-a', { category: undefined }),
    expected: [
      {
        target: module('m-a', 'category'),
        message:
          /^TE-A-101 “Module TE-A-101”: Category is empty, and this institution requires it \(policy 2\.1\)\. Fill in Category\.$/,
      },
    ],
  },
  {
    why: 'credit above the institution’s maximum',
    ruleId: 'institution.number-range',
    params: { field: 'credit.value', min: 1, max: 4 },
    failing: (w) => ({ ...w, modules: w.modules.slice(0, 1) }),
    expected: [
      {
        target: module('m-a', 'credit.value'),
        message:
          /Credit value is 5, and this institution asks for at most 4\. Change Credit value to at most 4\./,
      },
    ],
  },
  {
    why: 'fewer outcomes than the institution’s minimum (a list counts its items)',
    ruleId: 'institution.number-range',
    params: { field: 'learningOutcomes', min: 3 },
    failing: (w) => ({ ...w, modules: w.modules.slice(0, 1) }),
    expected: [
      {
        target: module('m-a', 'learningOutcomes'),
        message:
          /has 2 items under Learning outcomes, and this institution asks for at least 3\. List at least 3 under Learning outcomes\./,
      },
    ],
  },
  {
    why: 'a value the institution does not allow',
    ruleId: 'institution.allowed-values',
    params: { field: 'assessment.type', values: ['project', 'observation'] },
    failing: (w) => ({ ...w, modules: w.modules.slice(0, 1) }),
    expected: [
      {
        target: module('m-a', 'assessment.type'),
        message:
          /Assessment type is portfolio, which this institution does not allow\. Choose one of: project, observation\./,
      },
    ],
  },
  {
    why: 'a code against the house pattern',
    ruleId: 'institution.pattern',
    params: { field: 'code', pattern: '^[A-Z]{2}-[A-Z]-\\d{3}$', describe: 'XX-X-NNN' },
    failing: (w) => withModule(w, 'm-a', { code: 'te-a-101' }),
    expected: [
      {
        target: module('m-a', 'code'),
        message: /Code “te-a-101” does not follow XX-X-NNN\. Change Code to match it\./,
      },
    ],
  },
  {
    why: 'a summary longer than the catalogue takes',
    ruleId: 'institution.text-length',
    params: { field: 'summary', max: 50, reason: 'catalogue limit' },
    failing: (w) => ({ ...w, modules: w.modules.slice(0, 1) }),
    expected: [
      {
        target: module('m-a', 'summary'),
        message:
          /Summary has 69 characters, and this institution asks for at most 50 \(catalogue limit\)\. Shorten it to at most 50 characters\./,
      },
    ],
  },
];

describe('every built-in rule', () => {
  it('has a case here', () => {
    const tested = new Set(cases.map((c) => c.ruleId));
    expect(rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it.each(cases.filter((c) => c.params === undefined))('$ruleId passes the good design', ({ ruleId }) => {
    expect(findingsOf(goodDesign(), ruleId)).toEqual([]);
  });

  it.each(cases)('$ruleId on $why', ({ ruleId, params, failing, expected }) => {
    const findings = findingsOf(failing(goodDesign()), ruleId, params);
    expect(findings.map((f) => f.target)).toEqual(expected.map((e) => e.target));
    findings.forEach((finding, i) => {
      expect(finding.ruleId).toBe(ruleId);
      expect(finding.message).toMatch(expected[i]?.message as RegExp);
    });
  });
});
