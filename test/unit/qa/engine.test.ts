import { readFileSync } from 'node:fs';
import { profileErrorText } from '@locales/findings';
import { translator } from '@locales/translate';
import { exportProfiles } from '@shared/qa/design-check';
import { countBySeverity, runProfiles } from '@shared/qa/engine';
import { QaProfileError } from '@shared/qa/profile';
import { builtInProfiles, exampleProfiles } from '@shared/qa/profiles';
import { decodeWorkspace } from '@shared/schemas/decode';
import type { QaProfile } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workspaceWith } from '../../fixtures/builders';
import { refusal } from '../refusal';
import { findingsOf, goodDesign, moduleNamed, pathwayOf, withModule, withPathway } from './designs';

const all = [...builtInProfiles, ...exampleProfiles];

/** A design with findings of every severity on modules, a stage, a group and the pathway. */
function flawedDesign(): Workspace {
  let w = withModule(goodDesign(), 'm-a', {
    level: undefined,
    summary: 'Short.',
    admission: { requirements: '', recognitionOfPriorLearning: '' },
  });
  w = withModule(w, 'm-c', { deliveryMode: undefined, assessment: { graded: true, description: '' } });
  w = { ...w, modules: [...w.modules, moduleNamed('m-x', 'te-x-900', { category: undefined })] };
  const pathway = pathwayOf(w);
  return withPathway(w, {
    award: { ...pathway.award, credit: { value: 40, system: 'ECTS' } },
    stages: [
      ...pathway.stages.map((s) =>
        s.id === 's-2'
          ? { ...s, items: s.items.map((i) => (i.kind === 'choice' ? { ...i, choose: 4 } : i)) }
          : s,
      ),
      { id: 's-3', title: 'Capstone', items: [] },
    ],
  });
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const copy = [...list];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('the QA engine', () => {
  it('finds nothing in a good design under every built-in profile', () => {
    const report = runProfiles(goodDesign(), builtInProfiles);
    expect(report.findings).toEqual([]);
    expect(report.conformance.every((c) => c.passed === c.total && c.total > 0)).toBe(true);
  });

  it('sorts findings by severity, then target, then rule id', () => {
    const { findings } = runProfiles(flawedDesign(), all);
    const severities = findings.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    const errors = findings
      .filter((f) => f.severity === 'error')
      .map((f) => [f.target.kind, f.target.moduleId ?? f.target.groupId ?? '', f.target.field, f.ruleId]);
    expect(errors.slice(0, 4)).toEqual([
      ['module', 'm-a', 'admission.recognitionOfPriorLearning', 'admission.recognition-of-prior-learning'],
      ['module', 'm-a', 'admission.requirements', 'admission.requirements'],
      ['module', 'm-a', 'level.value', 'eu.level'],
      ['module', 'm-a', 'level.value', 'level.stated'],
    ]);
    // Targets inside the pathway follow those outside it: pathway, then its groups, then its modules.
    const inPathway = findings.filter((f) => f.severity === 'error' && f.target.pathwayId === 'p-1');
    expect(inPathway.map((f) => f.target.kind)).toEqual(['pathway', 'group']);
  });

  it('gives the same findings in the same order whatever the order of modules, pathways, profiles and rules', () => {
    const design = flawedDesign();
    const expected = runProfiles(design, all);
    expect(expected.findings.length).toBeGreaterThan(15);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        const mixed: Workspace = {
          ...design,
          modules: shuffled(design.modules, seed),
          pathways: design.pathways.map((p) => ({ ...p, prerequisites: shuffled(p.prerequisites, seed) })),
        };
        const profiles: QaProfile[] = shuffled(all, seed + 1).map((p) => ({
          ...p,
          rules: shuffled(p.rules, seed + 2),
        }));
        const report = runProfiles(mixed, profiles);
        expect(report.findings).toEqual(expected.findings);
        expect(report.conformance).toEqual(expected.conformance);
      }),
      { numRuns: 25 },
    );
  });

  it('orders findings of one rule on one target by their code and data, not by the order they were found', () => {
    const design = {
      ...goodDesign(),
      modules: [...goodDesign().modules, moduleNamed('m-x', 'TE-X-900'), moduleNamed('m-y', 'TE-Y-900')],
    };
    const outside = [
      { before: 'm-y', after: 'm-b' },
      { before: 'm-x', after: 'm-b' },
    ];
    const order = (prerequisites: typeof outside) =>
      findingsOf(withPathway(design, { prerequisites }), 'structure.prerequisite-order').map((f) => [
        f.code,
        f.params.missing,
      ]);
    expect(order(outside)).toEqual([
      ['structure.prerequisite-order.outside-pathway', 'TE-X-900'],
      ['structure.prerequisite-order.outside-pathway', 'TE-Y-900'],
    ]);
    expect(order([...outside].reverse())).toEqual(order(outside));
  });

  it('counts conformance per characteristic: a rule passes when it yields no finding', () => {
    const { conformance } = runProfiles(flawedDesign(), builtInProfiles);
    expect(conformance.find((c) => c.characteristic === 'admission')).toEqual({
      characteristic: 'admission',
      passed: 0,
      total: 2,
    });
    expect(conformance.find((c) => c.characteristic === 'pathway-structure')).toEqual({
      characteristic: 'pathway-structure',
      passed: 4,
      total: 6,
    });
    expect(conformance.map((c) => c.characteristic)).not.toContain('institutional');
  });

  it('runs a rule named by two profiles once, at the stricter severity', () => {
    const twice = (severity: 'warning' | 'error', id: string): QaProfile => ({
      id,
      title: id,
      version: '1',
      source: '',
      rules: [{ ruleId: 'eu.level', severity, params: {} }],
    });
    const design = withModule(goodDesign(), 'm-a', { level: undefined });
    const report = runProfiles(design, [twice('warning', 'a'), twice('error', 'b')]);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.target.moduleId])).toEqual([
      ['eu.level', 'error', 'm-a'],
    ]);
    expect(report.conformance).toEqual([{ characteristic: 'eu-mandatory-element', passed: 0, total: 1 }]);
  });

  it('checks one pathway and only its modules, naming the pathway in module targets', () => {
    const design = { ...withModule(flawedDesign(), 'm-x', { level: undefined }) };
    const { findings, checks } = runProfiles(design, builtInProfiles, { pathwayId: 'p-1' });
    expect(findings.some((f) => f.target.moduleId === 'm-x')).toBe(false);
    expect(
      findings.filter((f) => f.target.kind === 'module').every((f) => f.target.pathwayId === 'p-1'),
    ).toBe(true);
    expect(new Set(checks.filter((c) => c.subject.kind === 'module').map((c) => c.subject.moduleId))).toEqual(
      new Set(['m-a', 'm-b', 'm-c', 'm-d']),
    );
    expect(refusal(() => runProfiles(design, builtInProfiles, { pathwayId: 'nope' }))).toMatchObject({
      code: 'qa.unknown-pathway',
      message: 'Pathway nope is not in this workspace',
    });
  });

  it('refuses to run a profile that does not load, saying why', () => {
    const bad: QaProfile = {
      id: 'bad',
      title: 'Bad',
      version: '1',
      source: '',
      rules: [{ ruleId: 'no.such', severity: 'error', params: {} }],
    };
    let thrown: unknown;
    try {
      runProfiles(goodDesign(), [bad]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(QaProfileError);
    const { error } = thrown as QaProfileError;
    expect(error).toMatchObject({ code: 'qa.profile-invalid', params: { profile: 'bad' } });
    expect(profileErrorText(error, translator('en'))).toMatch(
      /^Profile "bad" is not valid: rules\[0\]\.ruleId: Unknown rule "no\.such"/,
    );
  });

  it('catches the four gaps the sample workspace keeps for QA', () => {
    const decoded = decodeWorkspace(
      readFileSync('resources/samples/teacher-education.json', 'utf8'),
      'sample',
    );
    if (!decoded.ok) throw new Error(decoded.error.code);
    const { findings } = runProfiles(decoded.workspace, builtInProfiles);
    const errors = findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.ruleId} ${f.target.moduleId ?? f.target.pathwayId}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        'admission.recognition-of-prior-learning mod-stem-coding',
        'eu.level mod-data-ai-tools',
        'credit.pathway-total path-data-informed',
      ]),
    );
    expect(
      findings.some(
        (f) => f.ruleId === 'eu.principle.valid-assessment' && f.target.moduleId === 'mod-sel-classroom',
      ),
    ).toBe(true);
    expect(countBySeverity(findings).error).toBeGreaterThan(0);
  });
});

describe('profiles an export checks against', () => {
  it('always runs the built-in profiles, even when a workspace profile claims a built-in id', () => {
    const impostor = { id: 'uk-qaa-2022', title: 'Empty', version: '1', source: '', rules: [] };
    const own = { id: 'inst-1', title: 'Faculty', version: '1', source: '', rules: [] };
    const profiles = exportProfiles({ ...workspaceWith([]), qaProfiles: [impostor, own] });
    expect(profiles.map((p) => p.id)).toEqual([...builtInProfiles.map((p) => p.id), 'inst-1']);
    expect(profiles.find((p) => p.id === 'uk-qaa-2022')?.rules.length).toBeGreaterThan(0);
  });
});
