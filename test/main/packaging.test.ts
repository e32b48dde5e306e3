import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';

describe('the packaging config (electron-builder.config.ts)', () => {
  it('flips the Electron fuses that lock the packaged app down', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the build into an asar, which onlyLoadAppFromAsar requires', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**', 'package.json']));
  });
});
