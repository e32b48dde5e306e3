import { readFile, stat } from 'node:fs/promises';
import { AppFailure } from '@shared/contract/errors';
import { DomainError } from '@shared/domain/errors';
import { PackageError } from '../package/errors';
import { exportPackage } from '../package/export';
import { openPackage } from '../package/import';
import { KeyStoreError } from '../signing/protector';
import { AtomicWriteError } from '../storage/atomic-write';
import { defaultExportPath, titleStem } from './exports-folder';
import { refusalFailure } from './refusal';
import type { SigningService } from './signing-service';
import type { WorkspaceService } from './workspace-service';

function asFailure(e: unknown): never {
  if (e instanceof PackageError) throw new AppFailure({ code: e.code, file: e.file, message: e.message });
  if (e instanceof KeyStoreError) throw new AppFailure({ code: e.code, message: e.message });
  if (e instanceof DomainError) throw refusalFailure(e, 'package.cannot-build');
  if (e instanceof AtomicWriteError)
    throw new AppFailure({ code: 'export.failed', file: e.file, message: e.message });
  throw e;
}

/** A named package file must be a new .zip: typing an existing name must not replace a workspace or an earlier package. */
async function refuseExisting(outFile: string): Promise<void> {
  if (!outFile.toLowerCase().endsWith('.zip')) {
    throw new AppFailure({
      code: 'request.invalid',
      file: outFile,
      message: `${outFile}: a programme package file name ends in .zip`,
    });
  }
  const exists = await stat(outFile).then(
    () => true,
    () => false,
  );
  if (exists) {
    throw new AppFailure({
      code: 'workspace.exists',
      file: outFile,
      message: `${outFile} already exists; choose a new name`,
    });
  }
}

/** The programme package for approval: one signed zip out, and a package checked and imported in. */
export class PackageService {
  constructor(
    private readonly options: { dataDir: string; workspaces: WorkspaceService; signing: SigningService },
  ) {}

  /** Writes the package (in the exports folder unless a file is named) and hands its bytes back for a download. */
  async export(
    pathwayId: string,
    shown: { revision: number; workspacePath: string },
    outFile: string | undefined,
    passphrase?: string,
  ) {
    const { workspace } = this.options.workspaces.shown(shown.revision, shown.workspacePath);
    const pathway = workspace.pathways.find((p) => p.id === pathwayId);
    if (!pathway)
      throw new AppFailure({
        code: 'request.invalid',
        message: `Pathway ${pathwayId} is not in the open workspace`,
      });
    if (outFile !== undefined) await refuseExisting(outFile);
    const target =
      outFile ?? (await defaultExportPath(this.options.dataDir, pathway.title, 'package', '.zip'));
    const result = await exportPackage({
      workspace,
      pathwayId,
      keystore: this.options.signing.keystoreFor(passphrase),
      outFile: target,
    }).catch(asFailure);
    return {
      outFile: result.outFile,
      fileName: `${titleStem(pathway.title)}-package.zip`,
      files: result.files.map((f) => f.path),
      notes: result.notes,
      base64: (await readFile(result.outFile)).toString('base64'),
    };
  }

  /**
   * Verifies a package file by file and, when it is intact, hands back its design; the renderer merges it
   * into the workspace it edits (what the user sees, saved or not). A package carries its own issuer key,
   * so a valid signature proves only that the files match that key: `keyKnown` says whether the key is one
   * this workspace already holds for an issuer, and only then is the package's review and approval kept.
   */
  async open(path: string) {
    // One read and one verification: the design handed back comes from the bytes the report is about.
    const opened = await openPackage(path).catch(asFailure);
    if (!opened.design) return { report: opened.report, keyKnown: false, design: null };
    const { workspace } = this.options.workspaces.current();
    const localKeys = await Promise.all(
      workspace.issuers.map((issuer) => this.options.signing.keyInfo(issuer.id).catch(() => null)),
    );
    const signer = opened.report.manifest.publicKeyMultibase;
    const keyKnown = signer !== null && localKeys.some((k) => k?.ed25519Multibase === signer);
    return {
      report: opened.report,
      keyKnown,
      design: { workspace: opened.design.design, pathwayId: opened.design.pathwayId },
    };
  }
}
