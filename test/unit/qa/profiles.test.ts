import { profileErrorText } from '@locales/findings';
import { problemText } from '@locales/problems';
import { translator } from '@locales/translate';
import { languages } from '@shared/i18n/languages';
import { exportProfile, importProfile, loadProfile, type QaProfileProblem } from '@shared/qa/profile';
import { builtInProfiles, exampleProfiles, withAlwaysOn } from '@shared/qa/profiles';
import { describe, expect, it } from 'vitest';

const profile = (rules: unknown[]) => ({
  id: 'faculty',
  title: 'Faculty rules',
  version: '1',
  source: '',
  rules,
});

const words = (error: QaProfileProblem) => profileErrorText(error, translator('en'));

function problemsOf(input: unknown) {
  const loaded = loadProfile(input);
  if (loaded.ok) throw new Error('expected the profile to be refused');
  return loaded.error;
}

describe('QA profiles', () => {
  it('loads every built-in and example profile, filling in rule defaults', () => {
    for (const p of [...builtInProfiles, ...exampleProfiles]) expect(loadProfile(p).ok, p.id).toBe(true);
    const eu = loadProfile(builtInProfiles.find((p) => p.id === 'eu-council-2022'));
    expect(eu.ok && eu.value.rules.find((r) => r.rule.id === 'eu.notional-workload')?.params).toEqual({
      requireEcts: false,
    });
  });

  it('names the profile, the rule and the field of an unknown rule id', () => {
    const error = problemsOf(profile([{ ruleId: 'credit.totl', severity: 'error' }]));
    expect(error.code).toBe('qa.profile-invalid');
    expect(error.params).toEqual({ profile: 'faculty' });
    expect(error.problems).toEqual([
      {
        field: 'rules[0].ruleId',
        message: 'rule-unknown',
        code: 'rule-unknown',
        params: { ruleId: 'credit.totl' },
        choices: { known: ['credit.stated', 'credit.hours-ratio', 'credit.pathway-total'] },
      },
    ]);
    expect(words(error)).toBe(
      'Profile "faculty" is not valid: rules[0].ruleId: Unknown rule "credit.totl": use one of credit.stated, credit.hours-ratio, or credit.pathway-total',
    );
    expect(profileErrorText(error, translator('uk'))).toBe(
      'Профіль «faculty» некоректний: rules[0].ruleId: Невідоме правило «credit.totl»: використайте одне з таких: credit.stated, credit.hours-ratio або credit.pathway-total',
    );
  });

  it("names the rule and the parameter that fails the rule's schema", () => {
    const error = problemsOf(
      profile([
        { ruleId: 'outcomes.stated', severity: 'error', params: { minimum: 0 } },
        { ruleId: 'credit.hours-ratio', severity: 'warning', params: { hoursPerEcts: { min: 30, max: 25 } } },
        { ruleId: 'admission.requirements', severity: 'error', params: { minChars: 20 } },
      ]),
    );
    expect(error.problems.map((p) => [p.field, p.params?.rule, p.code])).toEqual([
      ['rules[0].params.minimum', 'outcomes.stated', undefined],
      ['rules[1].params.hoursPerEcts.max', 'credit.hours-ratio', 'min-above-max'],
      ['rules[2].params', 'admission.requirements', undefined],
    ]);
    expect(error.problems[0]?.params).toMatchObject({ issue: 'too_small', minimum: 1 });
    expect(error.problems[2]?.params).toMatchObject({ issue: 'unrecognized_keys' });
    expect(words(error)).toMatch(
      /^Profile "faculty" is not valid: rules\[0\]\.params\.minimum \(rule outcomes\.stated\): .* at least 1; rules\[1\]\.params\.hoursPerEcts\.max \(rule credit\.hours-ratio\): min must not be greater than max; /,
    );
  });

  it('checks institutional rules: known field of the right kind, bounds, a valid pattern', () => {
    const error = problemsOf(
      profile([
        { ruleId: 'institution.field-required', severity: 'error', params: { field: 'sumary' } },
        { ruleId: 'institution.text-length', severity: 'error', params: { field: 'credit.value', max: 10 } },
        { ruleId: 'institution.number-range', severity: 'error', params: { field: 'notionalHours' } },
        { ruleId: 'institution.pattern', severity: 'warning', params: { field: 'code', pattern: '([A-Z' } },
        {
          ruleId: 'institution.allowed-values',
          severity: 'error',
          params: { field: 'deliveryMode', values: [] },
        },
      ]),
    );
    expect(error.problems.map((p) => [p.field, p.code, p.params?.rule])).toEqual([
      ['rules[0].params.field', 'rule-field-unknown', 'institution.field-required'],
      ['rules[1].params.field', 'rule-field-kind', 'institution.text-length'],
      ['rules[2].params.min', 'bounds-none', 'institution.number-range'],
      ['rules[3].params.pattern', 'pattern-invalid', 'institution.pattern'],
      ['rules[4].params.values', 'values-none', 'institution.allowed-values'],
    ]);
    const [unknown, kind, , pattern] = error.problems;
    expect(unknown?.params).toMatchObject({ path: 'sumary' });
    expect(unknown?.choices?.known).toContain('summary');
    expect(kind?.params).toMatchObject({ path: 'credit.value', kind: 'number', accepts: 'text' });
    expect(pattern?.params).toMatchObject({ pattern: '([A-Z' });
    const en = translator('en');
    expect(error.problems.map((p) => problemText(p, en))).toEqual([
      expect.stringMatching(
        /^Unknown module field "sumary": use one of code, title, .*summary, .*credit\.value, /,
      ),
      'Field credit.value holds a number; this rule applies to text fields',
      'Give a min, a max or both',
      'Pattern ([A-Z is not a valid regular expression',
      'List at least one allowed value',
    ]);
    expect(error.problems.map((p) => problemText(p, translator('uk')))[1]).toBe(
      'Поле credit.value містить число, а це правило застосовується до текстових полів',
    );
  });

  it("words every problem a rule's params can have in every language, with the data it names", () => {
    const error = problemsOf(
      profile([
        { ruleId: 'institution.number-range', severity: 'error', params: { field: 'skills', max: 2 } },
        { ruleId: 'institution.field-required', severity: 'error', params: { reason: 'x'.repeat(301) } },
        {
          ruleId: 'institution.allowed-values',
          severity: 'error',
          params: { field: 'category', values: 'x' },
        },
        {
          ruleId: 'institution.pattern',
          severity: 'error',
          params: { field: 'code', pattern: `(a+)+${'x'.repeat(200)}` },
        },
        { ruleId: 'institution.pattern', severity: 'error', params: { field: 'code' } },
        { ruleId: 'institution.text-length', severity: 'error', params: { field: 'title', min: 9, max: 3 } },
        { ruleId: 'credit.stated', severity: 'error', params: { systems: [] } },
        { ruleId: 'level.stated', severity: 'error', params: { frameworks: [] } },
        { ruleId: 'eu.principle.transparent-outcomes', severity: 'error', params: { vagueVerbs: [' '] } },
        { ruleId: 'institution.allowed-values', severity: 'error', params: { field: 'skills', values: [1] } },
      ]),
    );
    expect(error.problems.map((p) => p.code)).toEqual([
      'rule-field-required',
      'reason-too-long',
      'values-not-list',
      'pattern-too-long',
      'pattern-nested-repeat',
      'pattern-required',
      'min-above-max',
      'credit-systems-none',
      'level-frameworks-none',
      'vague-verb-empty',
      'rule-field-kind',
    ]);
    // Every language words them; Kazakh and Russian once their translators have the keys (see the catalogue test).
    for (const language of languages) {
      const tr = translator(language);
      for (const problem of error.problems) {
        const key = `errors.problem.${problem.code}`;
        if (language === 'en' || language === 'uk') expect(tr.has(key), `${language} ${key}`).toBe(true);
        if (tr.has(key))
          expect(problemText(problem, tr), `${language} ${key}`).not.toMatch(/\{[A-Za-z]\w*[,}]|undefined/);
      }
    }
    expect(error.problems.map((p) => problemText(p, translator('en')))[1]).toBe(
      'Reason must be at most 300 characters',
    );
  });

  it('refuses a profile whose shape is wrong, naming the field', () => {
    const error = problemsOf({
      id: 'x',
      title: '',
      version: '1',
      rules: [{ ruleId: 'eu.level', severity: 'fatal' }],
    });
    const tr = translator('en');
    expect(error.problems.map((p) => [p.field, problemText(p, tr)])).toEqual([
      ['title', 'Profile title is required'],
      ['rules[0].severity', 'Severity is not one of the allowed values'],
    ]);
  });

  it('exports a profile to a file and imports it back unchanged', () => {
    const example = exampleProfiles[0];
    if (!example) throw new Error('no example profile');
    const text = exportProfile(example);
    expect(JSON.parse(text)).toMatchObject({
      format: 'stackwise.qa-profile',
      formatVersion: 1,
      id: example.id,
    });
    const imported = importProfile(text, 'faculty.json');
    expect(imported.ok && imported.value.profile).toEqual(example);
  });

  it('says which file is not JSON, not a profile, from a newer Stackwise, or invalid', () => {
    const refused = (text: string) => {
      const result = importProfile(text, 'faculty.json');
      if (result.ok) throw new Error('expected a refusal');
      return result.error;
    };
    expect(refused('{ "format": ').code).toBe('qa.profile-not-json');
    expect(words(refused('{ "format": '))).toMatch(/^faculty\.json is not valid JSON: /);
    const foreign = refused('{"format":"stackwise.workspace"}');
    expect(foreign).toMatchObject({
      code: 'qa.profile-foreign',
      params: { file: 'faculty.json', format: 'stackwise.qa-profile' },
    });
    expect(words(foreign)).toBe(
      'faculty.json is not a Stackwise QA profile: its "format" must be "stackwise.qa-profile" (export a profile from Stackwise to get one)',
    );
    const newer = refused('{"format":"stackwise.qa-profile","formatVersion":2}');
    expect(newer).toMatchObject({ code: 'qa.profile-newer', params: { file: 'faculty.json', version: '2' } });
    expect(words(newer)).toMatch(/^faculty\.json was exported by a newer Stackwise \(profile format 2\)/);
    const unknownVersion = refused('{"format":"stackwise.qa-profile","formatVersion":"1"}');
    expect(unknownVersion).toMatchObject({ code: 'qa.profile-version', params: { expected: 1 } });
    expect(words(unknownVersion)).toBe('faculty.json: "formatVersion" must be 1');
    const text = exportProfile(profile([{ ruleId: 'eu.nope', severity: 'error', params: {} }]) as never);
    expect(refused(text)).toMatchObject({
      code: 'qa.profile-invalid',
      params: { file: 'faculty.json', profile: 'faculty' },
    });
    expect(words(refused(text))).toMatch(
      /^faculty\.json: Profile "faculty" is not valid: rules\[0\]\.ruleId: Unknown rule "eu\.nope": use one of eu\.title, /,
    );
  });

  it('keeps the pathway-structure profile on, once', () => {
    const [structure, uk, eu] = builtInProfiles;
    expect(withAlwaysOn([uk, eu].flatMap((p) => (p ? [p] : []))).map((p) => p.id)).toEqual([
      'pathway-structure',
      'uk-qaa-2022',
      'eu-council-2022',
    ]);
    expect(withAlwaysOn([eu, structure].flatMap((p) => (p ? [p] : []))).map((p) => p.id)).toEqual([
      'eu-council-2022',
      'pathway-structure',
    ]);
  });
});

describe('institutional patterns', () => {
  it('refuses a pattern that could freeze the app, naming why', () => {
    const loaded = loadProfile({
      id: 'inst-x',
      title: 'Faculty',
      version: '1',
      source: '',
      rules: [
        {
          ruleId: 'institution.pattern',
          severity: 'warning',
          params: { field: 'summary', pattern: '^(\\w+\\s?)*$' },
        },
      ],
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(words(loaded.error)).toContain('must not repeat a group that itself repeats');
  });
});
