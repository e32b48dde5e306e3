import { withModule } from '../designs';
import { type Case, module, named, outsider, setOutcome } from './case';

export const euRuleCases: Case[] = [
  {
    why: 'an empty title',
    ruleId: 'eu.title',
    failing: (w) => withModule(w, 'm-a', { title: '' }),
    expected: [
      {
        target: module('m-a', 'title'),
        code: 'eu.title.empty',
        params: { moduleCode: 'TE-A-101' },
        text: /^Module TE-A-101: Title is empty\. Give the micro-credential the title/,
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
        code: 'eu.issuer.no-issuers',
        params: { ...named('TE-A-101') },
        text: /has no awarding body, because the workspace has no issuer profile\. .*the learner’s identification and the date of issue are properties of each issued credential/,
      },
    ],
  },
  {
    why: 'an issuer the workspace does not hold',
    ruleId: 'eu.issuer',
    failing: (w) => withModule(w, 'm-b', { issuerId: 'gone' }),
    expected: [
      {
        target: module('m-b', 'issuerId'),
        code: 'eu.issuer.unknown',
        params: { ...named('TE-B-201'), issuerId: 'gone' },
        text: /because its issuer gone is not in the workspace/,
      },
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
        code: 'eu.issuer-country.none',
        params: { ...named('TE-B-201'), issuer: 'Riverside University' },
        text: /its issuer “Riverside University” states no country\. Set the issuer’s country \(an ISO 3166 code/,
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
        code: 'eu.learning-outcomes.none',
        params: { ...named('TE-D-203') },
        text: /TE-D-203 .*states no learning outcomes\. Add what a learner can do/,
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
        code: 'eu.notional-workload.none',
        params: { ...named('TE-A-101') },
        text: /states no notional workload\. Enter its Notional hours and its credit/,
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
        code: 'eu.notional-workload.not-ects',
        params: { ...named('TE-A-101'), system: 'UK' },
        text: /states its workload in UK credits, and this profile asks for ECTS/,
      },
    ],
  },
  {
    why: 'hours only where the profile insists on ECTS',
    ruleId: 'eu.notional-workload',
    params: { requireEcts: true },
    failing: (w) => withModule(w, 'm-a', { credit: undefined, notionalHours: 125 }),
    expected: [
      {
        target: module('m-a', 'credit.value'),
        code: 'eu.notional-workload.hours-only',
        params: named('TE-A-101'),
        text: /states its workload in hours only, and this profile asks for ECTS\. Enter its credit in ECTS/,
      },
    ],
  },
  {
    why: 'no level (EU)',
    ruleId: 'eu.level',
    failing: (w) => withModule(w, 'm-a', { level: undefined }),
    expected: [
      {
        target: module('m-a', 'level.value'),
        code: 'eu.level.none',
        params: { ...named('TE-A-101') },
        text: /states no level\. Set its EQF level/,
      },
    ],
  },
  {
    why: 'no type of assessment',
    ruleId: 'eu.assessment-type',
    failing: (w) => withModule(w, 'm-a', { assessment: { graded: false, description: 'Portfolio review.' } }),
    expected: [
      {
        target: module('m-a', 'assessment.type'),
        code: 'eu.assessment-type.none',
        params: { ...named('TE-A-101') },
        text: /states no type of assessment\. Choose one under Assessment type\./,
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
        code: 'eu.form-of-participation.none',
        params: { ...named('TE-A-101') },
        text: /states no form of participation\. Choose online, onsite or blended under Delivery mode\./,
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
        code: 'eu.quality-assurance-type.none',
        params: { ...named('TE-A-101') },
        text: /states no type of quality assurance\. Choose internal, external or accreditation/,
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
        code: 'eu.optional.prerequisites.none',
        params: { ...named('TE-A-101') },
        text: /states no prerequisites to enrol\. If there are any, state them/,
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
        code: 'eu.optional.supervision.identity-unstated',
        params: { ...named('TE-A-101') },
        text: /how the learner’s identity is verified/,
      },
      {
        target: module('m-a', 'assessment.supervision'),
        code: 'eu.optional.supervision.supervision-unstated',
        params: { ...named('TE-A-101') },
        text: /whether assessment is supervised/,
      },
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
        code: 'eu.optional.grade.undescribed',
        params: { ...named('TE-A-101') },
        text: /is graded, but nothing says how.*Describe the grading scale/,
      },
    ],
  },
  {
    why: 'a module in no pathway (stackability element)',
    ruleId: 'eu.optional.stackability',
    failing: outsider,
    expected: [
      {
        target: module('m-x'),
        code: 'eu.optional.stackability.no-pathway',
        params: { ...named('TE-X-900') },
        text: /TE-X-900 .*stacks into no pathway.*Place it in a pathway/,
      },
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
        code: 'eu.optional.further-information.no-web-address',
        params: { ...named('TE-A-101'), issuer: 'Riverside University' },
        text: /gives no web address where learners find further information\. Add one/,
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
        code: 'eu.principle.transparent-outcomes.vague-verb',
        params: {
          ...named('TE-A-101'),
          outcome: 1,
          statement: 'On completion, the learner can understand inquiry-based lea…',
          verb: 'understand',
        },
        text: /outcome 1 “On completion, the learner can understand inquiry-based lea…” rests on “understand”, which no assessor can observe\. Rewrite it around what the learner does/,
      },
    ],
  },
  {
    why: 'an outcome starting "Participants will be familiar with"',
    ruleId: 'eu.principle.transparent-outcomes',
    failing: (w) => setOutcome(w, 'Participants will be familiar with DigCompEdu.'),
    expected: [
      {
        target: module('m-a', 'learningOutcomes[0].statement'),
        code: 'eu.principle.transparent-outcomes.vague-verb',
        params: {
          ...named('TE-A-101'),
          outcome: 1,
          statement: 'Participants will be familiar with DigCompEdu.',
          verb: 'be familiar',
        },
        text: /rests on “be familiar”/,
      },
    ],
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
        code: 'eu.principle.valid-assessment.unassessed',
        params: {
          ...named('TE-A-101'),
          outcome: 2,
          statement: 'Assess student projects with a criterion-referenced rubric.',
        },
        text: /outcome 2 “Assess student projects with a criterion-referenced rubric\.” is demonstrated by no evidence requirement/,
      },
    ],
  },
  {
    why: 'a module in no pathway (learning pathways principle)',
    ruleId: 'eu.principle.learning-pathways',
    failing: outsider,
    expected: [
      {
        target: module('m-x'),
        code: 'eu.principle.learning-pathways.no-pathway',
        params: { ...named('TE-X-900') },
        text: /belongs to no pathway, so a learner cannot combine it/,
      },
    ],
  },
];
