import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { profileErrorText } from '@locales/findings';
import { exportProfiles } from '@shared/qa/design-check';
import { countBySeverity, runProfiles } from '@shared/qa/engine';
import { importProfile, QaProfileError } from '@shared/qa/profile';
import { builtInProfiles, exampleProfiles, withAlwaysOn } from '@shared/qa/profiles';
import type { QaProfile } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
import { type ReportHeading, reportJson, reportJUnit, reportText } from '../../qa-report';
import { type CliCommand, type CliIO, EXIT, readWorkspaceFile } from '../command';

const formats = ['text', 'json', 'junit'] as const;
type Format = (typeof formats)[number];

/** Profiles by id: the workspace's own, then the example and built-in ones, which win on a shared id (a file can't redefine UK QAA). */
function knownProfiles(workspace: Workspace): Map<string, QaProfile> {
  const shipped = [...builtInProfiles, ...exampleProfiles];
  const own = workspace.qaProfiles.filter((p) => !shipped.some((s) => s.id === p.id));
  return new Map([...shipped, ...own].map((p) => [p.id, p]));
}

/** A --profile value: a known id, else the path of an exported profile file; null after saying why not. */
async function resolveProfile(
  value: string,
  known: ReadonlyMap<string, QaProfile>,
  io: CliIO,
): Promise<QaProfile | null> {
  const { tr } = io;
  const byId = known.get(value);
  if (byId) return byId;
  const path = resolve(value);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      code === 'ENOENT'
        ? tr.t('qa.validate.unknown-profile', { profile: value, ids: [...known.keys()].join(', ') })
        : tr.t('qa.validate.unreadable-profile', { file: path, reason: (e as Error).message }),
    );
    return null;
  }
  const imported = importProfile(text, path);
  if (!imported.ok) {
    io.err(tr.t('qa.validate.refused-profile', { error: profileErrorText(imported.error, tr) }));
    return null;
  }
  return imported.value.profile;
}

export const validate: CliCommand = {
  name: 'validate',
  usage: 'validate <workspace-file> [--pathway ID] [--profile ID|file ...] [--format text|json|junit]',
  options: {
    pathway: { type: 'string' },
    profile: { type: 'string', multiple: true },
    format: { type: 'string' },
  },
  async run({ positionals, values }, io) {
    const [file] = positionals;
    // The command line's language: --lang, else the system's, else English.
    const { tr } = io;
    const usage = () => {
      io.err(tr.t('cli.usage', { usage: this.usage }));
      return EXIT.usage;
    };
    if (file === undefined || positionals.length > 1) return usage();
    const format = (values.format ?? 'text') as Format;
    if (!formats.includes(format)) {
      io.err(
        tr.t('qa.validate.unknown-format', { format: String(values.format), formats: formats.join(', ') }),
      );
      return usage();
    }
    const opened = await readWorkspaceFile(file, io);
    if (!opened.ok) return EXIT.problem;
    const { workspace } = opened;

    const pathwayId = typeof values.pathway === 'string' ? values.pathway : undefined;
    if (pathwayId !== undefined && !workspace.pathways.some((p) => p.id === pathwayId)) {
      const ids = workspace.pathways.map((p) => p.id);
      io.err(
        tr.t('qa.validate.unknown-pathway', {
          pathway: pathwayId,
          file: opened.path,
          count: ids.length,
          pathways: ids.join(', '),
        }),
      );
      return EXIT.usage;
    }

    const known = knownProfiles(workspace);
    const asked = Array.isArray(values.profile) ? values.profile.map(String) : [];
    let chosen: QaProfile[];
    if (asked.length === 0) {
      chosen = exportProfiles(workspace);
    } else {
      chosen = [];
      for (const value of asked) {
        const profile = await resolveProfile(value, known, io);
        if (!profile) return EXIT.usage;
        chosen.push(profile);
      }
    }
    const profiles = withAlwaysOn(chosen);

    let report: ReturnType<typeof runProfiles>;
    try {
      report = runProfiles(workspace, profiles, pathwayId === undefined ? {} : { pathwayId });
    } catch (e) {
      if (!(e instanceof QaProfileError)) throw e;
      io.err(tr.t('qa.validate.profile-error', { file: opened.path, error: profileErrorText(e.error, tr) }));
      return EXIT.problem;
    }
    const heading: ReportHeading = {
      file: opened.path,
      workspace,
      profiles,
      ...(pathwayId === undefined ? {} : { pathwayId }),
    };
    const render = { text: reportText, json: reportJson, junit: reportJUnit }[format];
    io.out(render(heading, report, tr));
    return countBySeverity(report.findings).error > 0 ? EXIT.problem : EXIT.ok;
  },
};
