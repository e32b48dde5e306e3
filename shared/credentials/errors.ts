/** Why a badge definition cannot be built: a stable code and the workspace field concerned. */
export class CredentialBuildError extends Error {
  constructor(
    readonly code: 'credentials.no-issuer' | 'credentials.unknown-pathway' | 'credentials.unknown-issuer',
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'CredentialBuildError';
  }
}
