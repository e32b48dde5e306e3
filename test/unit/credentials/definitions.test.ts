import { sayIn } from '@locales/say';
import {
  buildPathwayDefinitions,
  encodeAchievement,
  pathwayModuleIds,
} from '@shared/credentials/definitions';
import { definitionEndorsement } from '@shared/credentials/endorsement';
import { signingIssuerIds } from '@shared/credentials/signers';
import { describe, expect, it } from 'vitest';
import { signingWorkspace } from '../../fixtures/signing/workspace';
import { refusal } from '../refusal';

const ids = {
  achievementId: (ref: { kind: string; entityId: string; version: string }) =>
    `urn:example:${ref.kind}:${ref.entityId}:${ref.version}`,
  issuerProfileId: (issuer: { url?: string }) => issuer.url ?? 'did:key:z6Mkexample',
  words: sayIn,
};

function build() {
  return buildPathwayDefinitions(signingWorkspace(), 'path-die', ids);
}

function svgOf(dataUri: string): string {
  const base64 = dataUri.replace(/^data:image\/svg\+xml;base64,/, '');
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}

describe('module badge definitions', () => {
  it('makes each module of the stack a MicroCredential Achievement with the OB 3.0 fields filled', () => {
    const { definitions } = build();
    expect(definitions.map((d) => d.fileStem)).toEqual([
      'TE-PBL-01-v1.0.0',
      'TE-DA-02-v1.0.0',
      'TE-AI-03-v1.0.0',
      'award-path-die-v1.0.0',
    ]);
    const pbl = definitions[0]?.achievement;
    expect(pbl).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://stackwise.app/contexts/eu-microcredential-v1.jsonld',
      ],
      id: 'urn:example:module:mod-pbl:1.0.0',
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: 'Designing Project-Based Learning Activities',
      humanCode: 'TE-PBL-01',
      creditsAvailable: 5,
      inLanguage: 'en',
      version: '1.0.0',
      creator: {
        id: 'https://kteu.example.edu/issuer',
        type: ['Profile'],
        name: 'Faculty of Education',
        address: { type: ['Address'], addressCountryCode: 'UA' },
        parentOrg: { name: 'Kyiv Teacher Education University' },
      },
      alignment: [
        {
          type: ['Alignment'],
          targetName: 'Teaching',
          targetUrl: 'https://example.org/digcompedu/3.1',
          targetType: 'ext:DigCompEduCompetence',
          targetFramework: 'DigCompEdu',
          targetCode: '3.1',
        },
      ],
    });
    expect(pbl?.resultDescription).toBeUndefined();
    const narrative = pbl?.criteria.narrative ?? '';
    expect(narrative).toContain('1. Design a project-based learning unit aligned to curriculum standards.');
    expect(narrative).toContain('Type: Portfolio.');
    expect(narrative).toContain('Conditions: Not supervised; Identity checked online.');
    expect(narrative).toContain('- Video recording: One lesson of the unit. (outcomes 1, 2)');
  });

  it('carries the EU Annex I elements OB 3.0 lacks as the Stackwise extension terms', () => {
    const pbl = build().definitions[0]?.achievement;
    expect(pbl).toMatchObject({
      formOfParticipation: 'blended',
      assessmentType: 'portfolio',
      assessmentSupervision: 'none',
      identityVerification: 'online',
      qualityAssuranceType: 'internal',
      qualityAssuranceDescription: 'Faculty QA committee review each year.',
      qualificationFramework: 'EQF',
      qualificationLevel: 6,
      creditSystem: 'ECTS',
      notionalWorkloadHours: 125,
      entryRequirements: 'Qualified teacher status.',
      stackableTowards: ['urn:example:pathway:path-die:1.0.0'],
    });
  });

  it('describes the result of a graded module and aligns ESCO and CASE skills', () => {
    const analytics = build().definitions[1]?.achievement;
    expect(analytics?.resultDescription).toEqual([
      {
        id: 'urn:example:module:mod-analytics:1.0.0#grade',
        type: ['ResultDescription'],
        name: 'Grade (Project)',
        resultType: 'Result',
      },
    ]);
    expect(analytics?.alignment?.map((a) => [a.targetType, a.targetUrl])).toEqual([
      ['ext:ESCOSkill', 'http://data.europa.eu/esco/skill/f4c6e6b4-8c1d-4a4f-9b1e-2f4b0c1d2e3f'],
      ['CFItem', 'https://case.example.org/items/A.1'],
    ]);
  });

  it('notes a skill it cannot align instead of dropping it silently', () => {
    const workspace = signingWorkspace();
    const [first] = workspace.modules;
    if (!first) throw new Error('fixture has modules');
    first.skills = [{ id: 'sk-x', framework: 'other', code: '', name: 'Classroom presence' }];
    const { definitions, notes } = buildPathwayDefinitions(workspace, 'path-die', ids);
    expect(definitions[0]?.achievement.alignment).toBeUndefined();
    expect(notes).toEqual([
      'Module TE-PBL-01: skill “Classroom presence” (skills[0].url) has no web address, so it is not aligned in the badge',
    ]);
  });

  it('draws an SVG badge with the title, level and credits, coloured by category', () => {
    const pbl = build().definitions[0]?.achievement;
    expect(pbl?.image.type).toBe('Image');
    const svg = svgOf(pbl?.image.id ?? '');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Designing Project-Based Learning Activities</title>');
    expect(svg).toContain('EQF 6 · 5 ECTS');
    expect(svg).toContain('fill="#0a7d6c"');
  });
});

describe('pathway award definition', () => {
  it('is a Certificate whose related list and criteria name the stack', () => {
    const award = build().definitions[3]?.achievement;
    expect(award).toMatchObject({
      id: 'urn:example:pathway:path-die:1.0.0',
      achievementType: 'Certificate',
      name: 'Data-Informed Educator Certificate',
      creditsAvailable: 10,
      creditSystem: 'ECTS',
    });
    expect(award?.related).toEqual([
      { id: 'urn:example:module:mod-pbl:1.0.0', type: ['Related'], version: '1.0.0', inLanguage: 'en' },
      { id: 'urn:example:module:mod-analytics:1.0.0', type: ['Related'], version: '1.0.0', inLanguage: 'en' },
      { id: 'urn:example:module:mod-ai:1.0.0', type: ['Related'], version: '1.0.0', inLanguage: 'en' },
    ]);
    const narrative = award?.criteria.narrative ?? '';
    expect(narrative).toContain(
      '## Stage 1: Foundations\n\n- TE-PBL-01 Designing Project-Based Learning Activities (5 ECTS)',
    );
    expect(narrative).toContain(
      '- Any 1 of: TE-DA-02 Using Data Analytics to Personalize Instruction (5 ECTS); TE-AI-03',
    );
    expect(narrative).toContain(
      '- TE-PBL-01 Designing Project-Based Learning Activities (5 ECTS) before TE-DA-02',
    );
    expect(narrative).toContain('Total credit: 10 ECTS.');
  });

  it('uses an ext: achievement type for a stacked award', () => {
    const workspace = signingWorkspace();
    const [pathway] = workspace.pathways;
    if (!pathway) throw new Error('fixture has a pathway');
    pathway.award.type = 'stacked-award';
    const award = buildPathwayDefinitions(workspace, 'path-die', ids).definitions.at(-1)?.achievement;
    expect(award?.achievementType).toBe('ext:StackedAward');
  });

  it('lists each module of a pathway once, in stage order', () => {
    const [pathway] = signingWorkspace().pathways;
    if (!pathway) throw new Error('fixture has a pathway');
    expect(pathwayModuleIds(pathway)).toEqual(['mod-pbl', 'mod-analytics', 'mod-ai']);
  });
});

describe('determinism and errors', () => {
  it('gives byte-identical achievement files for the same workspace', () => {
    const a = build().definitions.map((d) => encodeAchievement(d.achievement));
    const b = build().definitions.map((d) => encodeAchievement(d.achievement));
    expect(a).toEqual(b);
    expect(a[0]?.endsWith('}\n')).toBe(true);
  });

  it('says which pathway or issuer is missing', () => {
    expect(refusal(() => buildPathwayDefinitions(signingWorkspace(), 'nope', ids))).toMatchObject({
      code: 'credentials.unknown-pathway',
      message: 'The workspace has no pathway nope (it has: path-die)',
    });
    const noIssuer = { ...signingWorkspace(), issuers: [] };
    expect(refusal(() => buildPathwayDefinitions(noIssuer, 'path-die', ids))).toMatchObject({
      code: 'credentials.no-issuer',
      field: 'issuers',
      message:
        'The workspace has no issuer profile: add the awarding body before exporting badge definitions',
    });
  });
});

describe('definition endorsement', () => {
  it('endorses the achievement by id and carries the digest of its bytes', () => {
    const achievement = build().definitions[0]?.achievement;
    if (!achievement) throw new Error('built');
    const credential = definitionEndorsement(
      {
        id: 'urn:example:endorsement',
        achievement,
        status: 'approved',
        issuer: achievement.creator,
        validFrom: '2026-11-23T10:00:00Z',
        achievementDigestSRI: 'sha384-abc',
      },
      sayIn('en'),
    );
    expect(credential.type).toEqual(['VerifiableCredential', 'EndorsementCredential']);
    expect(credential.credentialSubject).toEqual({
      id: achievement.id,
      type: ['EndorsementSubject'],
      endorsementComment:
        'Definition of Designing Project-Based Learning Activities, version 1.0.0, Approved',
    });
    expect(credential.relatedResource).toEqual([
      { id: achievement.id, mediaType: 'application/ld+json', digestSRI: 'sha384-abc' },
    ]);
  });
});

describe('signingIssuerIds', () => {
  it('names exactly the issuers whose keys the built definitions ask for, with one issuer and with two', () => {
    const single = signingWorkspace();
    const signers = (ws: typeof single) =>
      [...new Set(buildPathwayDefinitions(ws, 'path-die', ids).definitions.map((d) => d.issuerId))].sort();
    expect(signingIssuerIds(single, 'path-die').sort()).toEqual(signers(single));

    const [issuer] = single.issuers;
    if (!issuer) throw new Error('fixture has an issuer');
    const partner = { ...issuer, id: 'iss-partner', name: 'Partner college' };
    const mixed = {
      ...single,
      issuers: [issuer, partner],
      modules: single.modules.map((m, i) => (i === 0 ? { ...m, issuerId: 'iss-partner' } : m)),
    };
    expect(signingIssuerIds(mixed, 'path-die').sort()).toEqual(signers(mixed));
    expect(signers(mixed)).toEqual([issuer.id, 'iss-partner'].sort());
  });
});
