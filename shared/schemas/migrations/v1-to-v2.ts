/**
 * Version 1 was the prototype's format: `version` instead of `schemaVersion`, flat `credits` and
 * `creditSystem` on a module, outcomes as plain strings, no issuers, QA profiles, reviews or revision.
 */
export function migrateV1ToV2(v1: Record<string, unknown>): Record<string, unknown> {
  const { version: _version, modules, ...rest } = v1;
  return {
    ...rest,
    schemaVersion: 2,
    revision: 0,
    issuers: v1.issuers ?? [],
    qaProfiles: [],
    reviews: [],
    modules: Array.isArray(modules) ? modules.map(migrateModule) : modules,
  };
}

function migrateModule(module: unknown): unknown {
  if (typeof module !== 'object' || module === null) return module;
  const { credits, creditSystem, outcomes, ...rest } = module as Record<string, unknown>;
  const migrated: Record<string, unknown> = { ...rest };
  if (typeof credits === 'number') {
    migrated.credit = { value: credits, system: creditSystem ?? 'ECTS' };
  }
  if (Array.isArray(outcomes)) {
    migrated.learningOutcomes = outcomes.map((statement, index) => ({ id: `lo-${index + 1}`, statement }));
  }
  return migrated;
}
