import { AppFailure } from '@shared/contract/errors';
import { DomainError } from '@shared/domain/errors';
import { checkDesignForExport } from '@shared/qa/design-check';
import { exportPathwayBadges } from '../signing/badge-export';
import { controllerDocument, didKey, type IssuerPublicKeys } from '../signing/key-documents';
import { IssuerKeystore } from '../signing/keystore';
import { chooseProtector, KeyStoreError, type SafeStorageLike } from '../signing/protector';
import { verifyBadgeFiles } from '../signing/verify';
import { AtomicWriteError } from '../storage/atomic-write';
import { defaultExportPath } from './exports-folder';
import { refusalFailure } from './refusal';
import type { WorkspaceService } from './workspace-service';

export interface IssuerKeyInfo {
  issuerId: string;
  /** How private keys are protected at rest on this machine. */
  protection: 'system-keychain' | 'passphrase';
  /** null when the issuer has no key yet. */
  ed25519Multibase: string | null;
  didKey: string | null;
  hasEs256: boolean;
}

function asFailure(e: unknown): never {
  if (e instanceof KeyStoreError) throw new AppFailure({ code: e.code, message: e.message });
  if (e instanceof DomainError) throw refusalFailure(e, 'badges.cannot-build');
  throw e;
}

/**
 * Issuer keys, signed badge definitions and their verification, for the app. Private keys are opened
 * only here, in main; what goes back to the renderer is public keys, file names and verdicts.
 */
export class SigningService {
  constructor(
    private readonly options: {
      dataDir: string;
      workspaces: WorkspaceService;
      safeStorage?: SafeStorageLike;
    },
  ) {}

  get protection(): IssuerKeyInfo['protection'] {
    return this.options.safeStorage?.isEncryptionAvailable() ? 'system-keychain' : 'passphrase';
  }

  /** A keystore able to open private keys, for the services that sign (main process only). */
  keystoreFor(passphrase?: string): IssuerKeystore {
    return this.keystore(passphrase);
  }

  private keystore(passphrase?: string): IssuerKeystore {
    try {
      return new IssuerKeystore(
        this.options.dataDir,
        chooseProtector({
          ...(this.options.safeStorage !== undefined && { safeStorage: this.options.safeStorage }),
          ...(passphrase !== undefined && passphrase !== '' && { passphrase }),
        }),
      );
    } catch (e) {
      return asFailure(e);
    }
  }

  /** Reading public keys never opens a private key, so any protector will do. */
  private reader(): IssuerKeystore {
    return new IssuerKeystore(this.options.dataDir, chooseProtector({ passphrase: 'public keys only' }));
  }

  private describe(issuerId: string, keys: IssuerPublicKeys | undefined): IssuerKeyInfo {
    return {
      issuerId,
      protection: this.protection,
      ed25519Multibase: keys?.ed25519.publicKeyMultibase ?? null,
      didKey: keys ? didKey(keys.ed25519.publicKeyMultibase) : null,
      hasEs256: keys?.es256 !== undefined,
    };
  }

  private issuer(issuerId: string) {
    const issuer = this.options.workspaces.current().workspace.issuers.find((i) => i.id === issuerId);
    if (!issuer) {
      throw new AppFailure({
        code: 'request.invalid',
        message: `Issuer ${issuerId} is not in the open workspace`,
      });
    }
    return issuer;
  }

  async keyInfo(issuerId: string): Promise<IssuerKeyInfo> {
    this.issuer(issuerId);
    return this.describe(issuerId, await this.reader().publicKeys(issuerId).catch(asFailure));
  }

  async generate(issuerId: string, passphrase?: string, replace = false): Promise<IssuerKeyInfo> {
    this.issuer(issuerId);
    const keys = await this.keystore(passphrase).generate(issuerId, { replace }).catch(asFailure);
    return this.describe(issuerId, keys);
  }

  async import(
    issuerId: string,
    privateKey: string,
    passphrase?: string,
    replace = false,
  ): Promise<IssuerKeyInfo> {
    this.issuer(issuerId);
    const keys = await this.keystore(passphrase).import(issuerId, privateKey, { replace }).catch(asFailure);
    return this.describe(issuerId, keys);
  }

  /** What the issuer publishes: its controller document at its web address, or its did:key document. */
  async publicDocument(issuerId: string): Promise<{ fileName: string; text: string }> {
    const issuer = this.issuer(issuerId);
    const keys = await this.reader().publicKeys(issuerId).catch(asFailure);
    if (!keys) {
      throw new AppFailure({
        code: 'keys.missing',
        message: `${issuer.name} has no signing key yet: generate or import one`,
      });
    }
    const document = await controllerDocument(issuer.url ?? didKey(keys.ed25519.publicKeyMultibase), keys);
    return { fileName: `issuer-${issuerId}.controller.json`, text: `${JSON.stringify(document, null, 2)}\n` };
  }

  /** Signs the pathway's badge definitions into a new folder (under the data folder when none is given). */
  async exportBadges(
    pathwayId: string,
    shown: { revision: number; workspacePath: string },
    outDir: string | undefined,
    passphrase?: string,
    vcJwt = false,
  ) {
    const { workspace } = this.options.workspaces.shown(shown.revision, shown.workspacePath);
    const pathway = workspace.pathways.find((p) => p.id === pathwayId);
    if (!pathway)
      throw new AppFailure({
        code: 'request.invalid',
        message: `Pathway ${pathwayId} is not in the open workspace`,
      });
    const { errors } = checkDesignForExport(workspace, pathwayId);
    if (errors > 0) {
      throw new AppFailure({
        code: 'badges.cannot-build',
        message: `“${pathway.title}” has ${errors} QA ${errors === 1 ? 'error' : 'errors'}: fix ${errors === 1 ? 'it' : 'them'} (see the Quality panel) before signing its badge definitions`,
      });
    }
    const target = outDir ?? (await defaultExportPath(this.options.dataDir, pathway.title, 'badges'));
    try {
      return await exportPathwayBadges({
        workspace,
        pathwayId,
        keystore: this.keystore(passphrase),
        vcJwt,
        outDir: target,
      });
    } catch (e) {
      if (e instanceof KeyStoreError || e instanceof DomainError) asFailure(e);
      if (e instanceof AppFailure) throw e;
      throw new AppFailure({
        code: 'export.failed',
        file: target,
        // A write that is in place but could not be flushed says so itself (AtomicWriteError.committed).
        message:
          e instanceof AtomicWriteError && e.committed
            ? e.message
            : `The badge definitions were not written (nothing was left behind): ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }

  verify(path: string) {
    return verifyBadgeFiles(path);
  }
}
