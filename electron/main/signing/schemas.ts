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

/** "/credentialSubject/type: must contain at least 1 valid item(s)": where, and what the schema wants. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string[] {
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // oneOf/anyOf report every failed branch; the branch errors below them say more than "must match".
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    seen.add(
      `${e.instancePath || '(root)'}: ${e.message ?? e.keyword}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`,
    );
  }
  if (seen.size === 0 && errors && errors.length > 0) {
    for (const e of errors) seen.add(`${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`);
  }
  return [...seen];
}
