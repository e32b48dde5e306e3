import { withModule } from '../designs';
import { type Case, module, named } from './case';

export const institutionalRuleCases: Case[] = [
  {
    why: 'a field the institution requires left empty',
    ruleId: 'institution.field-required',
    params: { field: 'category', reason: 'policy 2.1' },
    failing: (w) => withModule(w, 'm-a', { category: undefined }),
    expected: [
      {
        target: module('m-a', 'category'),
        code: 'institution.field-required.empty',
        params: { ...named('TE-A-101'), field: 'category', reason: 'policy 2.1' },
        text: /^TE-A-101 “Module TE-A-101”: Category is empty, and this institution requires it \(policy 2\.1\)\. Fill in Category\.$/,
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
        code: 'institution.number-range.too-big',
        params: { ...named('TE-A-101'), field: 'credit.value', amount: 5, reason: '', maximum: 4 },
        text: /Credit value is 5, and this institution asks for at most 4\. Change Credit value to at most 4\./,
      },
    ],
  },
  {
    why: 'credit below the institution’s minimum',
    ruleId: 'institution.number-range',
    params: { field: 'credit.value', min: 6 },
    failing: (w) => ({ ...w, modules: w.modules.slice(0, 1) }),
    expected: [
      {
        target: module('m-a', 'credit.value'),
        code: 'institution.number-range.too-small',
        params: { ...named('TE-A-101'), field: 'credit.value', amount: 5, reason: '', minimum: 6 },
        text: /Credit value is 5, and this institution asks for at least 6\. Change Credit value to at least 6\.$/,
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
        code: 'institution.number-range.too-few',
        params: { ...named('TE-A-101'), field: 'learningOutcomes', amount: 2, reason: '', minimum: 3 },
        text: /has 2 items under Learning outcomes, and this institution asks for at least 3\. List at least 3 under Learning outcomes\./,
      },
    ],
  },
  {
    why: 'more outcomes than the institution’s maximum',
    ruleId: 'institution.number-range',
    params: { field: 'learningOutcomes', max: 1, reason: 'policy 3.2' },
    failing: (w) => ({ ...w, modules: w.modules.slice(0, 1) }),
    expected: [
      {
        target: module('m-a', 'learningOutcomes'),
        code: 'institution.number-range.too-many',
        params: {
          ...named('TE-A-101'),
          field: 'learningOutcomes',
          amount: 2,
          reason: 'policy 3.2',
          maximum: 1,
        },
        text: /has 2 items under Learning outcomes, and this institution asks for at most 1 \(policy 3\.2\)\. List at most 1 under Learning outcomes\./,
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
        code: 'institution.allowed-values.not-allowed',
        params: {
          ...named('TE-A-101'),
          field: 'assessment.type',
          value: 'portfolio',
          allowed: ['project', 'observation'],
          reason: '',
        },
        text: /Assessment type is Portfolio, which this institution does not allow\. Choose Project or Observation\./,
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
        code: 'institution.pattern.mismatch-described',
        params: {
          moduleCode: 'te-a-101',
          moduleTitle: 'Module TE-A-101',
          field: 'code',
          value: 'te-a-101',
          pattern: '^[A-Z]{2}-[A-Z]-\\d{3}$',
          described: 'XX-X-NNN',
          reason: '',
        },
        text: /Code “te-a-101” does not follow XX-X-NNN\. Change Code to match it\./,
      },
    ],
  },
  {
    why: 'a code against a pattern the profile does not describe',
    ruleId: 'institution.pattern',
    params: { field: 'code', pattern: '^[A-Z]{2}-[A-Z]-\\d{3}$' },
    failing: (w) => withModule(w, 'm-a', { code: 'te-a-101' }),
    expected: [
      {
        target: module('m-a', 'code'),
        code: 'institution.pattern.mismatch',
        params: {
          moduleCode: 'te-a-101',
          moduleTitle: 'Module TE-A-101',
          field: 'code',
          value: 'te-a-101',
          pattern: '^[A-Z]{2}-[A-Z]-\\d{3}$',
          described: '',
          reason: '',
        },
        text: /Code “te-a-101” does not follow the pattern \^\[A-Z\]\{2\}-\[A-Z\]-\\d\{3\}\$\. Change Code to match it\./,
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
        code: 'institution.text-length.too-long',
        params: {
          ...named('TE-A-101'),
          field: 'summary',
          characterCount: 69,
          reason: 'catalogue limit',
          maximum: 50,
        },
        text: /Summary has 69 characters, and this institution asks for at most 50 \(catalogue limit\)\. Shorten it to at most 50 characters\./,
      },
    ],
  },
  {
    why: 'a summary shorter than the catalogue needs',
    ruleId: 'institution.text-length',
    params: { field: 'summary', min: 100 },
    failing: (w) => ({ ...w, modules: w.modules.slice(0, 1) }),
    expected: [
      {
        target: module('m-a', 'summary'),
        code: 'institution.text-length.too-short',
        params: { ...named('TE-A-101'), field: 'summary', characterCount: 69, reason: '', minimum: 100 },
        text: /Summary has 69 characters, and this institution asks for at least 100\. Expand it to at least 100 characters\./,
      },
    ],
  },
];
