import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stackwise } from '../support/cli';

// Runs the BUILT command line: run `npx electron-vite build` first.
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/qa/${name}`, import.meta.url));
const gaps = fixture('workspace.json');

describe('stackwise validate (built)', () => {
  it('prints findings grouped by severity and target, conformance, and exits 1 on error findings', async () => {
    const { code, stdout } = await stackwise('validate', gaps);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'Profiles: Pathway structure (pathway-structure 1.0); UK QAA micro-credentials (2022)',
    );
    expect(stdout).toMatch(
      /Errors \(2\)\n {2}Module TE-A-101 “Module TE-A-101”\n {4}admission\.recognitionOfPriorLearning: .*Recognition of prior learning is empty\..*\[admission\.recognition-of-prior-learning\]\n {2}Pathway “Data-Informed Educator”\n {4}award\.credit\.value: .*a learner completes 15 ECTS, below the 20 ECTS .*\[credit\.pathway-total\]/,
    );
    expect(stdout).toMatch(/Admission and access\s+1\/2/);
    expect(stdout).toContain('2 errors, 0 warnings, 0 notes: FAILED (error findings remain)');
  });

  it('exits 0 for a design without error findings', async () => {
    const { code, stdout } = await stackwise('validate', fixture('clean-workspace.json'));
    expect(code).toBe(0);
    expect(stdout).toContain('0 errors, 0 warnings, 0 notes: passed');
  });

  it('prints the same findings as JSON, for one pathway', async () => {
    const all = JSON.parse((await stackwise('validate', gaps, '--format', 'json')).stdout);
    expect(all.passed).toBe(false);
    expect(all.counts).toEqual({ error: 2, warning: 0, info: 0 });
    expect(all.findings.map((f: any) => [f.ruleId, f.target, f.targetLabel])).toEqual([
      [
        'admission.recognition-of-prior-learning',
        { kind: 'module', moduleId: 'm-a', field: 'admission.recognitionOfPriorLearning' },
        'Module TE-A-101 “Module TE-A-101”',
      ],
      [
        'credit.pathway-total',
        { kind: 'pathway', pathwayId: 'p-1', field: 'award.credit.value' },
        'Pathway “Data-Informed Educator”',
      ],
    ]);
    const second = await stackwise('validate', gaps, '--pathway', 'p-2', '--format', 'json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ pathwayId: 'p-2', passed: true, findings: [] });
  });

  it('writes JUnit XML: one testcase per rule per module or pathway, failures for errors', async () => {
    const { code, stdout } = await stackwise('validate', gaps, '--format', 'junit', '--pathway', 'p-1');
    expect(code).toBe(1);
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const testcases = stdout.match(/<testcase /g) ?? [];
    const failures = stdout.match(/<failure /g) ?? [];
    const root = /<testsuites [^>]*tests="(\d+)" failures="(\d+)"/.exec(stdout);
    expect(Number(root?.[1])).toBe(testcases.length);
    expect(Number(root?.[2])).toBe(failures.length);
    // 8 pathway rules once on p-1, 29 module rules once on each of its 4 modules.
    expect(testcases).toHaveLength(8 + 29 * 4);
    expect(failures).toHaveLength(2);
    expect(stdout.match(/<testsuite /g)?.length).toBe(stdout.match(/<\/testsuite>/g)?.length);
    expect(stdout).toMatch(
      /<testcase classname="Module TE-A-101 “Module TE-A-101”" name="admission\.recognition-of-prior-learning: [^"]*">\n\s*<failure type="error" message="TE-A-101[^"]*Recognition of prior learning is empty/,
    );
    expect(stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
  });

  it('loads an exported profile file with --profile and keeps pathway structure on', async () => {
    const { code, stdout } = await stackwise(
      'validate',
      fixture('clean-workspace.json'),
      '--profile',
      fixture('faculty-profile.json'),
      '--format',
      'json',
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.profiles.map((p: any) => p.id)).toEqual(['pathway-structure', 'faculty-rules']);
    expect(report.findings).toHaveLength(4);
    expect(report.findings[0].message).toMatch(
      /Credit value is 5, and this institution asks for at most 4 \(handbook 4\.2\)/,
    );
  });

  it('exits 2 naming an unknown pathway, profile or format, or a profile file that does not load', async () => {
    const pathway = await stackwise('validate', gaps, '--pathway', 'p-9');
    expect(pathway.code).toBe(2);
    expect(pathway.stderr).toContain(`no pathway "p-9" in ${gaps}; its pathways are p-1, p-2`);
    const profile = await stackwise('validate', gaps, '--profile', 'uk-qaa-2020');
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(
      /unknown profile "uk-qaa-2020": neither a profile id \(pathway-structure, uk-qaa-2022, /,
    );
    const format = await stackwise('validate', gaps, '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "xml": use text, json, junit');
    const broken = await stackwise('validate', gaps, '--profile', fixture('broken-profile.json'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /broken-profile\.json: Profile "broken-rules" is not valid: rules\[0\]\.params\.pattern \(rule institution\.pattern\): Pattern \(\[ is not a valid regular expression/,
    );
    expect((await stackwise('validate')).code).toBe(2);
  });
});
