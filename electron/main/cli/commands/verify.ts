import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
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

function printVerdict(v: FileVerdict, name: string, io: CliIO): void {
  const { tr } = io;
  const verdict = tr.t(
    v.skipped ? 'cli.verify.verdict.skip' : v.ok ? 'cli.verify.verdict.pass' : 'cli.verify.verdict.fail',
  );
  io.out(`${verdict} ${name}: ${verdictSummaryText(v.summary, tr)}`);
  for (const p of v.problems) io.out(`     ${p.check}: ${verdictProblemText(p, tr)}`);
}

const fileStatusKey = {
  intact: 'cli.verify.file.intact',
  changed: 'cli.verify.file.changed',
  missing: 'cli.verify.file.missing',
  unexpected: 'cli.verify.file.unexpected',
} as const;

function printPackage(report: PackageReport, io: CliIO): void {
  const { tr } = io;
  const { manifest } = report;
  const signer = `${manifest.issuerName ?? ''} (${manifest.issuer ?? tr.t('cli.verify.noIssuer')})`.trim();
  io.out(
    manifest.valid
      ? tr.t('cli.verify.manifest.valid', { signer, method: manifest.verificationMethod ?? '' })
      : tr.t('cli.verify.manifest.invalid', {
          signer,
          problems: manifest.problems.map((p) => manifestProblemText(p, tr)).join('; '),
        }),
  );
  const subject = manifest.subject;
  if (subject) {
    const approval = subject.approval
      ? tr.t('cli.verify.approval', {
          date: tr.date(subject.approval.decidedAt, { dateStyle: 'long' }),
          reviewer: subject.approval.reviewer,
          version: subject.approval.designVersion,
        })
      : tr.t('cli.verify.noApproval');
    const line = tr.t('cli.verify.subject', {
      name: subject.name,
      pathway: subject.pathwayId,
      version: subject.designVersion,
      stackwise: subject.stackwiseVersion,
      approval,
    });
    io.out(`  ${line}`);
    const profiles = subject.qaProfile.map((p) => `${p.profileId} ${p.profileVersion}`).join(', ');
    io.out(`  ${tr.t('cli.verify.profiles', { profiles })}`);
  }
  const statusOf = (status: keyof typeof fileStatusKey) => tr.t(fileStatusKey[status]);
  const width = Math.max(
    ...Object.keys(fileStatusKey).map((s) => statusOf(s as keyof typeof fileStatusKey).length),
  );
  for (const f of report.files) {
    const message = packageFileText(f, tr);
    io.out(`${statusOf(f.status).padEnd(width)} ${f.path}${message ? `: ${message}` : ''}`);
  }
  if (report.badges.length > 0) io.out(tr.t('cli.verify.badgeFiles'));
  for (const v of report.badges) printVerdict(v, v.file, io);
  const badgeFailures = report.badges.filter((b) => !b.ok && !b.skipped).length;
  io.out(
    tr.t('cli.verify.package', {
      verified: report.ok ? 'yes' : 'no',
      intact: report.files.filter((f) => f.status === 'intact').length,
      files: report.files.length,
      badgesVerified: report.badges.length - badgeFailures,
      badges: report.badges.length,
      manifest: manifest.valid ? 'valid' : 'invalid',
    }),
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
  options: { json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [path] = positionals;
    if (path === undefined || positionals.length > 1) {
      io.err(io.tr.t('cli.usage', { usage: this.usage }));
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
    if (!values.json) io.out(io.tr.t('cli.verify.files', { verified: checked - failed, checked, failed }));
    if (checked === 0) {
      io.err(io.tr.t('cli.verify.noBadges', { path }));
      return EXIT.problem;
    }
    return failed > 0 ? EXIT.problem : EXIT.ok;
  },
};
