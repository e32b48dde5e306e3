import { fieldSpec } from '@shared/fields';
import type { CharacteristicId } from '@shared/qa/characteristics';
import { isModuleFieldPath, moduleFields } from '@shared/qa/module-fields';
import type { QaProfileProblem } from '@shared/qa/profile';
import { builtInProfiles, exampleProfiles } from '@shared/qa/profiles';
import type { CreditRange, Finding, FindingParam, Target } from '@shared/qa/rule';
import type { Credit, Level } from '@shared/schemas/module';
import type { Problem } from '@shared/schemas/problems';
import type { QaProfile } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
import type { QaWords } from '@shared/spec/qa-input';
import { problemText } from './problems';
import type { MessageValues, Translator } from './translate';
import { creditAmount, languageName, valueLabel } from './values';

/*
 * The words of QA: a finding's message is `findings.<code>`, filled from its params; rule, characteristic
 * and profile titles, targets and profile refusals are in `qa`. Params are data, worded here:
 * - an amount of credit as `values.creditAmount`, a span of credit or a level by `findings.amount.*`;
 * - a module field path (`field`) by the field table's label;
 * - a list as the language joins it ("ECTS credits or UK credits", "TE-01 and TE-02"), each code in it
 *   worded by its vocabulary, with `<name>Count` beside it so a message can pick its plural; a prerequisite
 *   `cycle` as arrows;
 * - an institution's `reason` with `hasReason` ('yes' or 'no'), so a message can leave out its brackets;
 * - a module field's `value` and the `allowed` values by the field's vocabulary, when it has one.
 * A single code (`system`, `framework`) stays a code: the message selects its words, in the case the
 * sentence needs.
 */

/** How the codes in a list param are worded. */
const listWords: Readonly<Record<string, (code: string, tr: Translator) => string>> = {
  systems: (code, tr) => valueLabel(tr, 'creditSystem', code),
  frameworks: (code, tr) => {
    const key = `findings.value.level-framework.${code}`;
    return tr.has(key) ? tr.t(key) : code;
  },
};

/** Lists a reader picks one of ("ECTS credits or UK credits"); every other list names them all. */
const alternatives = new Set(['systems', 'frameworks', 'allowed']);

/** "5 ECTS", "10 UK credits", "120 hours". */
function creditText(credit: Credit, tr: Translator): string {
  return creditAmount(tr, credit.value, credit.system);
}

function creditRangeText(range: CreditRange, tr: Translator): string {
  return range.minimum === range.maximum
    ? creditAmount(tr, range.minimum, range.system)
    : tr.t('findings.amount.credit-range', { ...range });
}

/** "EQF 6", or the national framework's own name: "SCQF 7". */
function levelText(level: Level, tr: Translator): string {
  return level.framework === 'NQF' && level.scheme.trim() !== ''
    ? tr.t('findings.amount.level-in-scheme', { scheme: level.scheme, value: level.value })
    : tr.t('findings.amount.level', { framework: level.framework, value: level.value });
}

/** A module field's label, as the module form shows it. */
function fieldText(path: string, tr: Translator): string {
  const key = isModuleFieldPath(path) ? moduleFields[path].labelKey : '';
  return tr.has(key) ? tr.t(key) : path;
}

/** How the values of a module field are worded: by its vocabulary, or as they are stored. */
function fieldValueWords(
  field: FindingParam | undefined,
): ((code: string, tr: Translator) => string) | undefined {
  const vocabulary = typeof field === 'string' ? fieldSpec('module', field)?.vocabulary : undefined;
  if (vocabulary === undefined) return undefined;
  return vocabulary === 'language'
    ? (code, tr) => languageName(tr, code)
    : (code, tr) => valueLabel(tr, vocabulary, code);
}

/** One param as the message takes it, with the values it brings along (a list's count). */
function paramValues(
  name: string,
  value: FindingParam,
  tr: Translator,
  valueWords: ((code: string, tr: Translator) => string) | undefined,
): MessageValues {
  if (typeof value === 'number') return { [name]: value };
  if (typeof value === 'string') {
    if (name === 'field') return { field: fieldText(value, tr) };
    if (name === 'reason') return { reason: value, hasReason: value.trim() === '' ? 'no' : 'yes' };
    if (name === 'value' && valueWords) return { value: valueWords(value, tr) };
    return { [name]: value };
  }
  if (Array.isArray(value)) {
    const word = name === 'allowed' ? valueWords : listWords[name];
    const items = value.map((item: string) => (word ? word(item, tr) : item));
    const text =
      name === 'cycle'
        ? items.join(' → ')
        : tr.list(items, alternatives.has(name) ? 'disjunction' : 'conjunction');
    return { [name]: text, [`${name}Count`]: items.length };
  }
  if ('framework' in value) return { [name]: levelText(value, tr) };
  if ('minimum' in value) return { [name]: creditRangeText(value, tr) };
  return { [name]: creditText(value as Credit, tr) };
}

/** What a finding says is wrong and how to fix it, in the translator's language. */
export function findingText(finding: Pick<Finding, 'code' | 'params'>, tr: Translator): string {
  const key = `findings.${finding.code}`;
  if (!tr.has(key)) return finding.code;
  const valueWords = fieldValueWords(finding.params.field);
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(finding.params))
    Object.assign(values, paramValues(name, value, tr, valueWords));
  return tr.t(key, values);
}

/** What a rule checks, as profiles and reports list it. */
export function ruleTitle(ruleId: string, tr: Translator): string {
  const key = `qa.rule.${ruleId}`;
  return tr.has(key) ? tr.t(key) : ruleId;
}

export function characteristicTitle(id: CharacteristicId, tr: Translator): string {
  const key = `qa.characteristic.${id}`;
  return tr.has(key) ? tr.t(key) : id;
}

const shippedProfileIds = new Set([...builtInProfiles, ...exampleProfiles].map((p) => p.id));

/** A shipped profile's title in the language shown; an institution's own profile keeps the title it was given. */
export function profileTitle(profile: Pick<QaProfile, 'id' | 'title'>, tr: Translator): string {
  const key = `qa.profile.${profile.id}`;
  return shippedProfileIds.has(profile.id) && tr.has(key) ? tr.t(key) : profile.title;
}

export function severityTitle(severity: Finding['severity'], tr: Translator): string {
  return tr.t(`qa.severity.${severity}`);
}

/** How a report names a target: "Module TE-PBL-01 “…”", "Stage “Stage 1” of pathway “…”". */
export function targetText(workspace: Workspace, target: Target, tr: Translator): string {
  const pathway = workspace.pathways.find((p) => p.id === target.pathwayId);
  const stage = pathway?.stages.find((s) => s.id === target.stageId);
  const group = stage?.items.find((i) => i.kind === 'choice' && i.id === target.groupId);
  const names = {
    pathway: pathway?.title ?? target.pathwayId ?? '',
    stage: stage?.title ?? target.stageId ?? '',
  };
  switch (target.kind) {
    case 'workspace':
      return tr.t('qa.target.workspace', { title: workspace.title });
    case 'pathway':
      return tr.t('qa.target.pathway', names);
    case 'stage':
      return tr.t('qa.target.stage', names);
    case 'group':
      return group?.kind === 'choice' && group.title
        ? tr.t('qa.target.group', { ...names, group: group.title })
        : tr.t('qa.target.group-untitled', { ...names, group: target.groupId ?? '' });
    case 'module': {
      const module = workspace.modules.find((m) => m.id === target.moduleId);
      return module
        ? tr.t('qa.target.module', { code: module.code, title: module.title })
        : tr.t('qa.target.module-unknown', { code: target.moduleId ?? '' });
    }
  }
}

/** A problem of a profile where it is, naming the rule whose params it is about. */
function profileProblemLine(problem: Problem, tr: Translator): string {
  const rule = problem.params?.rule;
  const values = { field: problem.field, problem: problemText(problem, tr) };
  return rule === undefined
    ? tr.t('errors.problem.line', values)
    : tr.t('qa.error.rule-problem', { ...values, rule });
}

/** At most this many problems are listed; the rest are counted. */
const PROBLEMS_SHOWN = 5;

/** Why a profile did not load or a file is not a profile, naming the file, the profile and what is wrong. */
export function profileErrorText(error: QaProfileProblem, tr: Translator): string {
  const { file, profile } = error.params;
  let text: string;
  if (error.code === 'qa.profile-invalid') {
    const shown = error.problems.slice(0, PROBLEMS_SHOWN).map((p) => profileProblemLine(p, tr));
    const more = error.problems.length - shown.length;
    // A semicolon between problems, as between clauses: each problem is a clause of its own.
    const problems =
      more > 0
        ? tr.t('qa.error.profile-invalid-more', { problems: shown.join('; '), more })
        : shown.join('; ');
    text = tr.t('qa.error.profile-invalid', {
      named: profile === undefined ? 'no' : 'yes',
      profile,
      problems,
    });
    return file === undefined ? text : tr.t('qa.error.in-file', { file, error: text });
  }
  const key = `qa.error.${error.code.slice('qa.'.length)}`;
  return tr.has(key) ? tr.t(key, error.params) : error.code;
}

/** The QA words of a document about the workspace (the specification's appendix), in one language. */
export function qaWords(workspace: Workspace, tr: Translator): QaWords {
  return {
    finding: (finding) => findingText(finding, tr),
    target: (target) => targetText(workspace, target, tr),
    characteristic: (id) => characteristicTitle(id, tr),
    profile: (profile) => profileTitle(profile, tr),
  };
}
