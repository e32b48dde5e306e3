import { resolve } from 'node:path';
import { decodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';
import { decodeError } from '../services/refusal';
import { DEFAULT_ARCHIVE_LIMITS, readArchive } from './archive-read';
import { PackageError } from './errors';
import { DESIGN_ENTRY } from './layout';
import { type PackageReport, type VerifyPackageOptions, verifyPackageEntries } from './verify';

/** A package that verified, and the design it carries: a workspace holding the pathway the manifest names. */
export interface VerifiedDesign {
  report: PackageReport;
  design: Workspace;
  pathwayId: string;
}

/**
 * Reads a programme package once and verifies it: its report and, when every check passed, the design it
 * carries (for the renderer to merge with shared `mergeDesign`). The bytes a design comes from are the
 * bytes verified. A design that does not decode, or lacks the pathway the manifest names, is refused.
 */
export async function openPackage(
  zipFile: string,
  options: VerifyPackageOptions = {},
): Promise<{ report: PackageReport; design: Omit<VerifiedDesign, 'report'> | null }> {
  const file = resolve(zipFile);
  const entries = await readArchive(file, options.limits ?? DEFAULT_ARCHIVE_LIMITS);
  const report = await verifyPackageEntries(file, entries, options.now ?? new Date());
  if (!report.ok) return { report, design: null };
  const decoded = decodeWorkspace(
    entries.get(DESIGN_ENTRY)?.toString('utf8') ?? '',
    `${file}:${DESIGN_ENTRY}`,
  );
  if (!decoded.ok) throw new PackageError('package.invalid-design', file, decodeError(decoded.error).message);
  const pathwayId = report.manifest.subject?.pathwayId ?? '';
  if (!decoded.workspace.pathways.some((p) => p.id === pathwayId)) {
    throw new PackageError(
      'package.invalid-design',
      file,
      `${file}: ${DESIGN_ENTRY} does not hold the pathway ${pathwayId || '(none)'} the manifest names`,
    );
  }
  return { report, design: { design: decoded.workspace, pathwayId } };
}

/**
 * The design of a package that verifies. Refuses one that does not: a wrong signature, a changed, missing
 * or added file, or a badge file that fails its own checks.
 */
export async function readPackageDesign(
  zipFile: string,
  options: VerifyPackageOptions = {},
): Promise<VerifiedDesign> {
  const { report, design } = await openPackage(zipFile, options);
  if (design) return { report, ...design };
  const problems = [
    ...report.manifest.problems.map((p) => `manifest: ${p.code}`),
    ...report.files.filter((f) => f.status !== 'intact').map((f) => `${f.path} ${f.status}`),
    ...report.badges.filter((b) => !b.ok && !b.skipped).map((b) => `${b.file} does not verify`),
  ];
  const file = resolve(zipFile);
  throw new PackageError(
    'package.unverified',
    file,
    `${file} is not imported because it does not verify: ${problems.join('; ')}`,
  );
}
