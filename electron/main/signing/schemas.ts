import { readFileSync } from 'node:fs';
import Ajv2019, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { resourcePath } from '../resources';

const SCHEMA_BASE = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/';
const files = {
  achievementCredential: 'ob_v3p0_achievementcredential_schema.json',
  endorsementCredential: 'ob_v3p0_endorsementcredential_schema.json',
  profile: 'ob_v3p0_profile_schema.json',
} as const;

export interface ObValidators {
  achievement: ValidateFunction;
  endorsementCredential: ValidateFunction;
  profile: ValidateFunction;
}

let validators: ObValidators | undefined;

/** The official 1EdTech OB 3.0 schemas (draft 2019-09) from resources/schemas/, compiled once. */
export function obValidators(): ObValidators {
  if (validators) return validators;
  // strict: false because the official schemas use tuple `items` and `$comment` the way draft 2019-09 allows.
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of Object.values(files)) {
    ajv.addSchema(JSON.parse(readFileSync(resourcePath('schemas', file), 'utf8')));
  }
  const byId = (file: string, pointer = '') => {
    const validate = ajv.getSchema(`${SCHEMA_BASE}${file}${pointer}`);
    if (!validate) throw new Error(`The bundled schema ${file}${pointer} is missing from resources/schemas`);
    return validate;
  };
  validators = {
    achievement: byId(files.achievementCredential, '#/$defs/Achievement'),
    endorsementCredential: byId(files.endorsementCredential),
    profile: byId(files.profile),
  };
  return validators;
}

/**
 * Where a document breaks the schema and what the schema wants there ("/credentialSubject/type", "must
 * contain at least 1 valid item(s)"): the JSON pointer (empty for the document itself) and ajv's words.
 */
export function schemaViolations(
  errors: ErrorObject[] | null | undefined,
): { path: string; detail: string }[] {
  const seen = new Map<string, { path: string; detail: string }>();
  const add = (e: ErrorObject) => {
    const values = e.params && 'allowedValues' in e.params ? (e.params.allowedValues as unknown[]) : [];
    const detail = `${e.message ?? e.keyword}${values.length > 0 ? ` (${values.join(', ')})` : ''}`;
    seen.set(`${e.instancePath}\0${detail}`, { path: e.instancePath, detail });
  };
  for (const e of errors ?? []) {
    // oneOf/anyOf report every failed branch; the branch errors below them say more than "must match".
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    add(e);
  }
  if (seen.size === 0) for (const e of errors ?? []) add(e);
  return [...seen.values()];
}
