import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { translator } from '@locales/translate';
import {
  manifestProblemText,
  packageFileText,
  verdictProblemText,
  verdictSummaryText,
} from '@locales/verify';
import { PackageError } from '../../package/errors';
import { type PackageReport, verifyPackage } from '../../package/verify';
import { type FileVerdict, verifyBadgeFiles } from '../../signing/verify';
import { type CliCommand, type CliIO, EXIT } from '../command';

const fileStatusLabel = {
  intact: 'INTACT',
  changed: 'CHANGED',
  missing: 'MISSING',
  unexpected: 'UNEXPECTED',
};

// The verifier reports codes; the catalogue words them (English until the CLI takes a language).
const tr = translator('en');

function printVerdict(v: FileVerdict, name: string, io: CliIO): void {
  io.out(`${v.skipped ? 'SKIP' : v.ok ? 'PASS' : 'FAIL'} ${name}: ${verdictSummaryText(v.summary, tr)}`);
  for (const p of v.problems) io.out(`     ${p.check}: ${verdictProblemText(p, tr)}`);
}

function printPackage(report: PackageReport, io: CliIO): void {
  const { manifest } = report;
  const signer = `${manifest.issuerName ?? ''} (${manifest.issuer ?? 'no issuer'})`.trim();
  io.out(
    manifest.valid
      ? `Manifest: signature valid, signed by ${signer} with the key ${manifest.verificationMethod}`
      : `Manifest: signature NOT valid (${signer}): ${manifest.problems.map((p) => manifestProblemText(p, tr)).join('; ')}`,
  );
  const subject = manifest.subject;
  if (subject) {
    const approval = subject.approval
      ? `approved on ${subject.approval.decidedAt.slice(0, 10)} by ${subject.approval.reviewer} (version ${subject.approval.designVersion})`
      : 'no approval recorded';
    io.out(
      `  ${subject.name} (${subject.pathwayId}) version ${subject.designVersion}, Stackwise ${subject.stackwiseVersion}, ${approval}`,
    );
    io.out(`  QA profiles: ${subject.qaProfile.map((p) => `${p.profileId} ${p.profileVersion}`).join(', ')}`);
  }
  const width = Math.max(...Object.values(fileStatusLabel).map((l) => l.length));
  for (const f of report.files) {
    const message = packageFileText(f, tr);
    io.out(`${fileStatusLabel[f.status].padEnd(width)} ${f.path}${message ? `: ${message}` : ''}`);
  }
  if (report.badges.length > 0) io.out('Badge files:');
  for (const v of report.badges) printVerdict(v, v.file, io);
  const intact = report.files.filter((f) => f.status === 'intact').length;
  const badgeFailures = report.badges.filter((b) => !b.ok && !b.skipped).length;
  io.out(
    `${report.ok ? 'Package verified' : 'Package does NOT verify'}: ${intact} of ${report.files.length} files intact, ${report.badges.length - badgeFailures} of ${report.badges.length} badge files verified${manifest.valid ? '' : ', manifest signature not valid'}`,
  );
}

async function isZipFile(path: string): Promise<boolean> {
  if (!/\.zip$/i.test(path)) return false;
  try {
    return (await stat(path)).isFile();
  } catch {
    // A .zip that is not there: let the package reader say so in its own words.
    return true;
  }
}

export const verify: CliCommand = {
  name: 'verify',
  usage: 'verify <file|folder|package.zip> [--json]',
  summary:
    'verify signed badge definitions or a programme package offline: signature, schema, key, dates, digests (exit 1 on any failure)',
  options: { json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [path] = positionals;
    if (path === undefined || positionals.length > 1) {
      io.err(`Usage: stackwise ${this.usage}`);
      return EXIT.usage;
    }
    if (await isZipFile(path)) {
      try {
        const report = await verifyPackage(path);
        if (values.json) io.out(JSON.stringify(report, null, 2));
        else printPackage(report, io);
        return report.ok ? EXIT.ok : EXIT.problem;
      } catch (e) {
        if (!(e instanceof PackageError)) throw e;
        io.err(`stackwise verify: ${e.message}`);
        return EXIT.problem;
      }
    }
    let verdicts: Awaited<ReturnType<typeof verifyBadgeFiles>>;
    try {
      verdicts = await verifyBadgeFiles(path);
    } catch (e) {
      io.err(`stackwise verify: ${path}: ${(e as Error).message}`);
      return EXIT.problem;
    }
    if (values.json) {
      io.out(JSON.stringify(verdicts, null, 2));
    } else {
      for (const v of verdicts) printVerdict(v, relative(process.cwd(), v.file) || v.file, io);
    }
    const failed = verdicts.filter((v) => !v.ok && !v.skipped).length;
    const checked = verdicts.filter((v) => !v.skipped).length;
    if (!values.json)
      io.out(`${checked - failed} of ${checked} files verified${failed > 0 ? `, ${failed} failed` : ''}`);
    if (checked === 0) {
      io.err(`stackwise verify: ${path} holds no badge files`);
      return EXIT.problem;
    }
    return failed > 0 ? EXIT.problem : EXIT.ok;
  },
};
