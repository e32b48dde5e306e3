import { relative } from 'node:path';
import { verifyBadgeFiles } from '../../signing/verify';
import { type CliCommand, EXIT } from '../command';

export const verify: CliCommand = {
  name: 'verify',
  usage: 'verify <file|folder> [--json]',
  summary:
    'verify signed badge definitions offline: schema, proof, key, dates, digests (exit 1 on any failure)',
  options: { json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [path] = positionals;
    if (path === undefined || positionals.length > 1) {
      io.err(`Usage: stackwise ${this.usage}`);
      return EXIT.usage;
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
      for (const v of verdicts) {
        const name = relative(process.cwd(), v.file) || v.file;
        io.out(`${v.skipped ? 'SKIP' : v.ok ? 'PASS' : 'FAIL'} ${name}: ${v.summary}`);
        for (const p of v.problems) io.out(`     ${p.check}: ${p.message}`);
      }
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
