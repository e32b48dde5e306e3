import { CURRENT_SCHEMA_VERSION, WORKSPACE_FORMAT } from '../workspace';
import { migrateV1ToV2 } from './v1-to-v2';

/** Why a JSON value cannot be brought to the current schema before validation (worded by the catalogue). */
export type MigrationFailure =
  | { kind: 'foreign'; reason: 'not-object' | 'wrong-format' | 'no-version' }
  | { kind: 'too-new'; version: number; supported: number };

export type MigrationOutcome =
  | { ok: true; data: Record<string, unknown>; fromVersion: number }
  | { ok: false; failure: MigrationFailure };

type Step = (data: Record<string, unknown>) => Record<string, unknown>;

/** steps[n] migrates version n to n + 1. */
const steps: Record<number, Step> = { 1: migrateV1ToV2 };

function versionOf(data: Record<string, unknown>): unknown {
  // Version 1 called the field "version"; version 2 renamed it to "schemaVersion".
  return data.schemaVersion ?? data.version;
}

/** Brings a parsed workspace file forward to the current schema version; pure, never mutates its input. */
export function migrateWorkspace(raw: unknown): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, failure: { kind: 'foreign', reason: 'not-object' } };
  }
  const data = raw as Record<string, unknown>;
  if (data.format !== WORKSPACE_FORMAT) {
    return { ok: false, failure: { kind: 'foreign', reason: 'wrong-format' } };
  }
  const version = versionOf(data);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, failure: { kind: 'foreign', reason: 'no-version' } };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, failure: { kind: 'too-new', version, supported: CURRENT_SCHEMA_VERSION } };
  }
  let current = data;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (step === undefined) throw new Error(`No migration from schema version ${v}`);
    current = step(current);
  }
  return { ok: true, data: current, fromVersion: version };
}
