import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPathwayBadges } from '../../electron/main/signing/badge-export';
import { IssuerKeystore } from '../../electron/main/signing/keystore';
import { passphraseProtector } from '../../electron/main/signing/protector';
import { verifyBadgeFiles } from '../../electron/main/signing/verify';
import { FAST_SCRYPT, revisedAfterApproval, SIGNED_AT } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();

describe('a revised design after approval', () => {
  it('signs definitions related to the approved version that pass the official schemas and verify', async () => {
    const dir = await tempDir();
    const keystore = new IssuerKeystore(dir, passphraseProtector('pw', FAST_SCRYPT));
    await keystore.generate('iss-kteu');
    const outDir = join(dir, 'badges');
    const result = await exportPathwayBadges({
      workspace: revisedAfterApproval(),
      pathwayId: 'path-die',
      keystore,
      outDir,
      now: SIGNED_AT,
    });
    expect(result.files).toContain('award-path-die-v1.1.0.achievement.json');
    const verdicts = await verifyBadgeFiles(outDir, { now: new Date('2026-12-01T00:00:00Z') });
    const failed = verdicts.filter((v) => !v.ok && !v.skipped);
    expect(
      failed.map((v) => `${v.file}: ${v.problems.map((p) => `${p.check}.${p.code}`).join('; ')}`),
    ).toEqual([]);
  });
});
