import { withModule } from '../designs';
import { type Case, goodModules, module, named } from './case';

export const moduleRuleCases: Case[] = [
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
        code: 'admission.requirements.empty',
        params: { ...named('TE-A-101') },
        text: /^TE-A-101 “Module TE-A-101”: Admission requirements is empty\. State who can enrol .* under Admission requirements\.$/,
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
        code: 'admission.requirements.too-short',
        params: { ...named('TE-A-101'), characterCount: 3, minimum: 15 },
        text: /Admission requirements has only 3 characters \(this profile asks for at least 15\)/,
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
        code: 'admission.recognition-of-prior-learning.empty',
        params: { ...named('TE-B-201') },
        text: /TE-B-201 .*Recognition of prior learning is empty\. Say how a learner can have prior learning recognised/,
      },
    ],
  },
  {
    why: 'recognition of prior learning too short to say anything',
    ruleId: 'admission.recognition-of-prior-learning',
    failing: (w) =>
      withModule(w, 'm-a', {
        admission: { requirements: 'Qualified teacher status.', recognitionOfPriorLearning: 'None.' },
      }),
    expected: [
      {
        target: module('m-a', 'admission.recognitionOfPriorLearning'),
        code: 'admission.recognition-of-prior-learning.too-short',
        params: { ...named('TE-A-101'), characterCount: 5, minimum: 15 },
        text: /Recognition of prior learning has only 5 characters \(this profile asks for at least 15\)/,
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
        code: 'course-design.summary.too-short',
        params: { ...named('TE-A-101'), characterCount: 7, minimum: 40 },
        text: /Summary has only 7 characters \(this profile asks for at least 40\)\. Describe what the module covers/,
      },
    ],
  },
  {
    why: 'no summary',
    ruleId: 'course-design.summary',
    failing: (w) => withModule(w, 'm-b', { summary: '' }),
    expected: [
      {
        target: module('m-b', 'summary'),
        code: 'course-design.summary.empty',
        params: named('TE-B-201'),
        text: /^TE-B-201 “Module TE-B-201”: Summary is empty\. Describe what the module covers/,
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
        code: 'course-design.delivery-mode.not-set',
        params: { ...named('TE-C-202') },
        text: /TE-C-202 .*Delivery mode is not set\. Choose online, onsite or blended/,
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
        code: 'course-design.assessment.description-empty',
        params: { ...named('TE-A-101') },
        text: /Assessment description is empty\. Describe what learners submit/,
      },
      {
        target: module('m-a', 'assessment.type'),
        code: 'course-design.assessment.type-not-set',
        params: { ...named('TE-A-101') },
        text: /Assessment type is not set\. Choose how learners are assessed/,
      },
    ],
  },
  {
    why: 'a one-word assessment description',
    ruleId: 'course-design.assessment',
    failing: (w) =>
      withModule(w, 'm-a', { assessment: { type: 'portfolio', graded: false, description: 'Essay.' } }),
    expected: [
      {
        target: module('m-a', 'assessment.description'),
        code: 'course-design.assessment.description-too-short',
        params: { ...named('TE-A-101'), characterCount: 6, minimum: 15 },
        text: /Assessment description has only 6 characters \(this profile asks for at least 15\)\. Describe what learners submit/,
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
        code: 'outcomes.stated.too-few',
        params: { ...named('TE-A-101'), count: 0, minimum: 1 },
        text: /states 0 learning outcomes, and this profile asks for at least 1\. Add what a learner can do/,
      },
    ],
  },
  {
    why: 'fewer outcomes than the profile asks',
    ruleId: 'outcomes.stated',
    params: { minimum: 3 },
    failing: (w) => w,
    expected: goodModules.map(([id, code]) => ({
      target: module(id, 'learningOutcomes'),
      code: 'outcomes.stated.too-few',
      params: { ...named(code), count: 2, minimum: 3 },
      text: /states 2 learning outcomes, and this profile asks for at least 3/,
    })),
  },
  {
    why: 'no skills',
    ruleId: 'outcomes.skills-aligned',
    failing: (w) => withModule(w, 'm-d', { skills: [] }),
    expected: [
      {
        target: module('m-d', 'skills'),
        code: 'outcomes.skills-aligned.too-few',
        params: { ...named('TE-D-203'), count: 0, minimum: 1 },
        text: /aligns 0 skills .* DigCompEdu competences\) under Skills\./,
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
        code: 'credit.stated.none',
        params: { ...named('TE-A-101'), systems: ['ECTS', 'UK'] },
        text: /carries no credit\. Enter its credit \(ECTS credits or UK credits\) under Credit value\./,
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
        code: 'credit.stated.system-not-accepted',
        params: { ...named('TE-A-101'), system: 'hours', systems: ['ECTS', 'UK'] },
        text: /states its credit in notional hours, which this profile does not accept as credit\. Express it in ECTS credits or UK credits under Credit system\./,
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
        code: 'level.stated.none',
        params: { ...named('TE-B-201'), frameworks: ['EQF', 'NQF'] },
        text: /TE-B-201 .*states no level\. Set its EQF or NQF level under Level\./,
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
        code: 'level.stated.scheme-missing',
        params: { ...named('TE-B-201'), level: 6 },
        text: /states NQF level 6 without naming the national framework/,
      },
    ],
  },
  {
    why: 'a national level where the profile accepts only the EQF',
    ruleId: 'level.stated',
    params: { frameworks: ['EQF'] },
    failing: (w) => withModule(w, 'm-b', { level: { framework: 'NQF', value: 10, scheme: 'SCQF' } }),
    expected: [
      {
        target: module('m-b', 'level.framework'),
        code: 'level.stated.framework-not-accepted',
        params: { ...named('TE-B-201'), framework: 'NQF', frameworks: ['EQF'] },
        text: /is levelled against a national framework, which this profile does not accept\. Set its EQF level under Level framework\./,
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
        code: 'credit.hours-ratio.mismatch',
        params: {
          ...named('TE-A-101'),
          credit: { value: 5, system: 'ECTS' },
          expected: { minimum: 125, maximum: 150, system: 'hours' },
          hours: 100,
        },
        text: /TE-A-101 .*5 ECTS stands for 125–150 hours of learning, but Notional hours says 100\. Correct the notional hours or the credit value\./,
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
        code: 'credit.hours-ratio.mismatch',
        params: {
          ...named('TE-A-101'),
          credit: { value: 10, system: 'UK' },
          expected: { minimum: 100, maximum: 100, system: 'hours' },
          hours: 90,
        },
        text: /10 UK credits stands for 100 hours of learning, but Notional hours says 90/,
      },
    ],
  },
  {
    why: 'a ratio the profile sets tighter',
    ruleId: 'credit.hours-ratio',
    params: { hoursPerEcts: { min: 28, max: 30 } },
    failing: (w) => w,
    expected: goodModules.map(([id, code]) => ({
      target: module(id, 'notionalHours'),
      code: 'credit.hours-ratio.mismatch',
      params: {
        ...named(code),
        credit: { value: 5, system: 'ECTS' },
        expected: { minimum: 140, maximum: 150, system: 'hours' },
        hours: 125,
      },
      text: /5 ECTS stands for 140–150 hours of learning, but Notional hours says 125/,
    })),
  },
  {
    why: 'no certification',
    ruleId: 'certification.described',
    failing: (w) => withModule(w, 'm-a', { certification: { description: '' } }),
    expected: [
      {
        target: module('m-a', 'certification.description'),
        code: 'certification.described.empty',
        params: { ...named('TE-A-101') },
        text: /Certification is empty\. Say what a learner receives/,
      },
    ],
  },
  {
    why: 'a one-word certification',
    ruleId: 'certification.described',
    failing: (w) => withModule(w, 'm-a', { certification: { description: 'Badge.' } }),
    expected: [
      {
        target: module('m-a', 'certification.description'),
        code: 'certification.described.too-short',
        params: { ...named('TE-A-101'), characterCount: 6, minimum: 15 },
        text: /Certification has only 6 characters/,
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
        code: 'quality-assurance.mechanism.empty',
        params: { ...named('TE-A-101') },
        text: /Quality assurance mechanism is empty\. Say which of your standard processes approves and reviews it/,
      },
    ],
  },
  {
    why: 'a one-word quality-assurance mechanism',
    ruleId: 'quality-assurance.mechanism',
    failing: (w) => withModule(w, 'm-a', { qaMechanism: { type: 'internal', description: 'Yearly.' } }),
    expected: [
      {
        target: module('m-a', 'qaMechanism.description'),
        code: 'quality-assurance.mechanism.too-short',
        params: { ...named('TE-A-101'), characterCount: 7, minimum: 15 },
        text: /Quality assurance mechanism has only 7 characters/,
      },
    ],
  },
];
