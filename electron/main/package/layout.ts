/** Where each part of a programme package lives inside the zip. */
export const MANIFEST_ENTRY = 'manifest.json';
export const DESIGN_ENTRY = 'design/workspace.json';
export const SPECIFICATION_ENTRY = 'specification.pdf';
export const QA_REPORT_ENTRY = 'qa-report.json';
/** Exactly the files `stackwise badges` writes, so a badge platform can take the folder as it is. */
export const BADGES_FOLDER = 'badges/';
export const ISSUERS_FOLDER = 'issuers/';

export const issuerControllerEntry = (issuerId: string) => `${ISSUERS_FOLDER}${issuerId}.controller.json`;
export const issuerProfileEntry = (issuerId: string) => `${ISSUERS_FOLDER}${issuerId}.profile.json`;

/** The media type the manifest records for a file of the package. */
export function mediaTypeOf(path: string): string {
  if (path.endsWith('.pdf')) return 'application/pdf';
  if (path.endsWith('.jwt')) return 'application/vc+jwt';
  if (path === DESIGN_ENTRY || path === QA_REPORT_ENTRY) return 'application/json';
  return 'application/ld+json';
}

/** A badge file directly inside badges/ (its name alone), or undefined for any other entry. */
export function badgeFileName(path: string): string | undefined {
  if (!path.startsWith(BADGES_FOLDER)) return undefined;
  const name = path.slice(BADGES_FOLDER.length);
  return name !== '' && !name.includes('/') ? name : undefined;
}
