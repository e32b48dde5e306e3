import { readFileSync } from 'node:fs';
import { findingText, profileErrorText, profileTitle, ruleTitle, targetText } from '@locales/findings';
import { catalogues } from '@locales/messages';
import { translator } from '@locales/translate';
import { newModule } from '@shared/domain/module';
import { languages } from '@shared/i18n/languages';
import { characteristicIds } from '@shared/qa/characteristics';
import { runProfiles } from '@shared/qa/engine';
import { qaProfileErrorCodes } from '@shared/qa/profile';
import { builtInProfiles, exampleProfiles } from '@shared/qa/profiles';
import type { Finding } from '@shared/qa/rule';
import { rules } from '@shared/qa/rules';
import { decodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { euRuleCases } from './cases/eu-rules';
import { institutionalRuleCases } from './cases/institutional-rules';
import { moduleRuleCases } from './cases/module-rules';
import { pathwayRuleCases } from './cases/pathway-rules';
import { findingsOf, goodDesign } from './designs';

const en = translator('en');
const NOW = '2026-12-01T00:00:00.000Z';

function sample(): Workspace {
  const decoded = decodeWorkspace(readFileSync('resources/samples/teacher-education.json', 'utf8'), 'sample');
  if (!decoded.ok) throw new Error(decoded.error.code);
  return decoded.workspace;
}

/** The sample, plus a bare module in its first pathway and one awarded by an issuer that states nothing. */
function sampleWithGaps(): Workspace {
  const workspace = sample();
  const bare = newModule({
    id: 'mod-bare',
    code: 'BARE-01',
    title: 'A module with nothing stated',
    now: NOW,
  });
  const orphan = {
    ...newModule({ id: 'mod-orphan', code: 'ORPH-01', title: 'Orphan', now: NOW }),
    issuerId: 'gone',
  };
  const [first, ...rest] = workspace.pathways;
  const [stage, ...stages] = first?.stages ?? [];
  if (!first || !stage) throw new Error('the sample has no pathway with a stage');
  const items = [...stage.items, { kind: 'module' as const, moduleId: bare.id }];
  return {
    ...workspace,
    modules: [...workspace.modules, bare, orphan],
    pathways: [{ ...first, stages: [{ ...stage, items }, ...stages] }, ...rest],
  };
}

/** What every rule yields over the sample, the sample with gaps, and each rule's failing design here. */
function everyFinding(): Finding[] {
  const all = [...builtInProfiles, ...exampleProfiles];
  const cases = [...moduleRuleCases, ...euRuleCases, ...pathwayRuleCases, ...institutionalRuleCases];
  return [
    ...runProfiles(sample(), all).findings,
    ...runProfiles(sampleWithGaps(), all).findings,
    ...cases.flatMap((c) => findingsOf(c.failing(goodDesign()), c.ruleId, c.params)),
  ];
}

describe('the words of QA', () => {
  it('has a message for every code every rule declares, and each code is its rule’s', () => {
    const codes = rules.flatMap((rule) => rule.codes.map((code) => ({ rule: rule.id, code })));
    expect(codes.filter(({ rule, code }) => !code.startsWith(`${rule}.`))).toEqual([]);
    expect(codes.filter(({ code }) => !en.has(`findings.${code}`))).toEqual([]);
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
  });

  it('has no message in findings.json that no rule can yield, besides the words of its data', () => {
    const declared = new Set(rules.flatMap((rule) => rule.codes.map((code) => `findings.${code}`)));
    const orphans = Object.keys(catalogues.en).filter(
      (key) =>
        key.startsWith('findings.') &&
        !declared.has(key) &&
        !key.startsWith('findings.amount.') &&
        !key.startsWith('findings.value.'),
    );
    expect(orphans).toEqual([]);
  });

  it('titles every rule, characteristic and shipped profile, and words every refusal of a profile', () => {
    expect(rules.map((r) => r.id).filter((id) => !en.has(`qa.rule.${id}`))).toEqual([]);
    // A shipped profile's title field is data for the file it exports to; people read qa.profile.<id>.
    const shipped = [...builtInProfiles, ...exampleProfiles];
    expect(shipped.map((p) => p.id).filter((id) => !en.has(`qa.profile.${id}`))).toEqual([]);
    const uk = translator('uk');
    expect(shipped.filter((p) => profileTitle(p, uk) === p.title).map((p) => p.id)).toEqual([]);
    expect(characteristicIds.filter((id) => !en.has(`qa.characteristic.${id}`))).toEqual([]);
    expect(qaProfileErrorCodes.filter((code) => !en.has(`qa.error.${code.slice('qa.'.length)}`))).toEqual([]);
    expect(ruleTitle('credit.pathway-total', en)).toBe('The pathway’s credit adds up to its award');
  });

  it('yields only declared codes, and the failing designs here reach every one', () => {
    const findings = everyFinding();
    const declared = new Map(rules.map((r) => [r.id, new Set<string>(r.codes)]));
    expect(findings.filter((f) => !declared.get(f.ruleId)?.has(f.code)).map((f) => f.code)).toEqual([]);
    const reached = new Set(findings.map((f) => f.code));
    expect(rules.flatMap((r) => r.codes).filter((code) => !reached.has(code))).toEqual([]);
  });

  it('words every finding in every language, with every placeholder filled', () => {
    const findings = everyFinding();
    for (const language of languages) {
      const tr = translator(language);
      for (const finding of findings) {
        const text = findingText(finding, tr);
        expect(text, finding.code).not.toBe(finding.code);
        expect(text, finding.code).not.toMatch(/\{[A-Za-z]\w*[,}]|undefined|\[object/);
      }
    }
  });

  it('says which module, stage, group or pathway a finding is about', () => {
    const workspace = goodDesign();
    expect(targetText(workspace, { kind: 'module', moduleId: 'm-a' }, en)).toBe(
      'Module TE-A-101 “Module TE-A-101”',
    );
    expect(targetText(workspace, { kind: 'stage', pathwayId: 'p-1', stageId: 's-2' }, en)).toBe(
      'Stage “Practice” of pathway “Data-Informed Educator”',
    );
    expect(
      targetText(workspace, { kind: 'group', pathwayId: 'p-1', stageId: 's-2', groupId: 'g-1' }, en),
    ).toBe('Choice group “Electives” in stage “Practice” of pathway “Data-Informed Educator”');
    expect(targetText(workspace, { kind: 'pathway', pathwayId: 'p-1' }, en)).toBe(
      'Pathway “Data-Informed Educator”',
    );
  });

  it('lists at most five problems of a profile and counts the rest', () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({
      field: `rules[${i}].ruleId`,
      message: 'Unknown',
    }));
    const text = profileErrorText({ code: 'qa.profile-invalid', params: {}, problems }, en);
    expect(text).toMatch(
      /^The profile is not valid: rules\[0\]\.ruleId: Unknown; .*rules\[4\]\.ruleId: Unknown; and 2 more$/,
    );
  });
});
