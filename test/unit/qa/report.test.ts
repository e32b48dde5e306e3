import { translator } from '@locales/translate';
import { languages } from '@shared/i18n/languages';
import { runProfiles } from '@shared/qa/engine';
import { builtInProfiles, withAlwaysOn } from '@shared/qa/profiles';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportJson, reportJUnit, reportText } from '../../../electron/main/qa-report';
import { goodDesign, pathwayOf, withModule, withPathway } from './designs';

/** The good design with one module error and a pathway below its award. */
function flawed() {
  const w = withModule(goodDesign(), 'm-a', {
    admission: { requirements: 'Qualified teacher status.', recognitionOfPriorLearning: '' },
  });
  return withPathway(w, { award: { ...pathwayOf(w).award, credit: { value: 20, system: 'ECTS' } } });
}

const profiles = withAlwaysOn(builtInProfiles.filter((p) => p.id === 'uk-qaa-2022'));
const heading = (workspace = flawed()) => ({ file: 'design.json', workspace, profiles });
const en = translator('en');

afterEach(() => vi.restoreAllMocks());

describe('the QA report of stackwise validate', () => {
  it('groups findings by severity and target, with conformance and the verdict, in words', () => {
    const report = runProfiles(flawed(), profiles);
    const text = reportText(heading(), report, en);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Validated design.json: 1 pathway and 4 modules',
      'Profiles: Pathway structure (pathway-structure 1.0); UK QAA micro-credentials (2022) (uk-qaa-2022 2022.1)',
    ]);
    expect(text).toMatch(
      /Errors \(2\)\n {2}Module TE-A-101 “Module TE-A-101”\n {4}admission\.recognitionOfPriorLearning: TE-A-101 “Module TE-A-101”: Recognition of prior learning is empty\. .*\[admission\.recognition-of-prior-learning\]\n {2}Pathway “Data-Informed Educator”\n {4}award\.credit\.value: Pathway “Data-Informed Educator”: a learner completes 15 ECTS, below the 20 ECTS/,
    );
    expect(text).toMatch(/\n {2}Admission and access\s+1\/2\n/);
    expect(text.endsWith('2 errors, 0 warnings, 0 notes: FAILED (error findings remain)')).toBe(true);
    expect(reportText(heading(goodDesign()), runProfiles(goodDesign(), profiles), en)).toMatch(
      /\n0 errors, 0 warnings, 0 notes: passed$/,
    );
  });

  it('gives programs the codes and params, and the words beside them', () => {
    const report = runProfiles(flawed(), profiles);
    const json = JSON.parse(reportJson({ ...heading(), pathwayId: 'p-1' }, report, en));
    expect(json).toMatchObject({ language: 'en', passed: false, counts: { error: 2, warning: 0, info: 0 } });
    expect(json.findings[1]).toMatchObject({
      ruleId: 'credit.pathway-total',
      code: 'credit.pathway-total.below-award',
      params: { pathway: 'Data-Informed Educator', declared: { value: 20, system: 'ECTS' } },
      targetLabel: 'Pathway “Data-Informed Educator”',
      message: expect.stringMatching(/^Pathway “Data-Informed Educator”: a learner completes 15 ECTS/),
    });
    expect(json.conformance).toContainEqual({
      characteristic: 'admission',
      title: 'Admission and access',
      passed: 1,
      total: 2,
    });
  });

  it('names JUnit suites by characteristic and testcases by rule title', () => {
    const xml = reportJUnit(heading(), runProfiles(flawed(), profiles), en);
    expect(xml).toContain('<testsuite name="Admission and access" tests="8" failures="1">');
    expect(xml).toMatch(
      /<testcase classname="Module TE-A-101 “Module TE-A-101”" name="admission\.recognition-of-prior-learning: Recognition of prior learning is stated">\n\s*<failure type="error" message="TE-A-101 “Module TE-A-101”: Recognition of prior learning is empty/,
    );
  });

  it('fills every message it uses, in every language', () => {
    const failed = vi.spyOn(console, 'error');
    const report = runProfiles(flawed(), profiles);
    for (const language of languages) {
      const tr = translator(language);
      reportText(heading(), report, tr);
      reportJson(heading(), report, tr);
      reportJUnit(heading(), report, tr);
    }
    expect(failed).not.toHaveBeenCalled();
  });
});
