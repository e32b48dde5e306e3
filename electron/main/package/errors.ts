export type PackageErrorCode =
  /** Not a zip archive, or a truncated or damaged one. */
  | 'package.not-zip'
  /** An entry whose path could escape a folder, a link, a duplicate name or an encrypted entry. */
  | 'package.unsafe-entry'
  /** More entries or bytes than any programme package holds (a zip bomb). */
  | 'package.too-large'
  /** The archive is a zip but not a Stackwise package (no manifest, or a manifest that is not one). */
  | 'package.not-a-package'
  /** Import refused: the signature or a digest does not verify. */
  | 'package.unverified'
  /** The packaged design is not a valid workspace. */
  | 'package.invalid-design'
  /** Export refused: the design has QA error findings, or cannot be built or signed. */
  | 'package.cannot-build';

/** Why a package was refused or not written; the message names the file (and the entry) and the problem. */
export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    readonly file: string,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'PackageError';
  }
}
