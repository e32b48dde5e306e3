import { z } from 'zod';
import { moduleParams, moduleTarget } from '../design';
import {
  type FieldKind,
  fieldValue,
  isEmptyValue,
  isModuleFieldPath,
  type ModuleFieldPath,
  moduleFields,
} from '../module-fields';
import { moduleRule } from '../rule';

/*
 * A profile's problems are named by code (`errors.problem.<code>`), with the data their words need as the
 * issue's params: the module field `path` named, the `kind` of value it holds, the kinds the rule
 * `accepts` (joined by underscores, a case an ICU select can name: 'number_list'), the `known` paths to
 * choose from, a broken `pattern`.
 */

/** A module field path whose kind is one of `kinds`, checked when the profile is loaded. */
function fieldOf(kinds: readonly FieldKind[]) {
  return z
    .string({ error: 'rule-field-required' })
    .superRefine((path, ctx) => {
      if (!isModuleFieldPath(path)) {
        ctx.addIssue({
          code: 'custom',
          message: 'rule-field-unknown',
          params: { path, known: Object.keys(moduleFields) },
        });
      } else if (!kinds.includes(moduleFields[path].kind)) {
        ctx.addIssue({
          code: 'custom',
          message: 'rule-field-kind',
          params: { path, kind: moduleFields[path].kind, accepts: kinds.join('_') },
        });
      }
    })
    .transform((path) => path as ModuleFieldPath);
}

/** Why the institution asks it (a policy clause), quoted in every finding so the designer sees it. */
const reason = z.string().trim().max(300, 'reason-too-long').default('');

const bounds = <T extends { min?: number | undefined; max?: number | undefined }>(schema: z.ZodType<T>) =>
  schema
    .refine((p) => p.min !== undefined || p.max !== undefined, { message: 'bounds-none', path: ['min'] })
    .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
      message: 'min-above-max',
      path: ['max'],
    });

export const fieldRequired = moduleRule({
  id: 'institution.field-required',
  characteristic: 'institutional',
  source: 'profile',
  defaultSeverity: 'error',
  params: z.strictObject({
    field: fieldOf(['text', 'number', 'choice', 'boolean', 'list']),
    reason,
  }),
  codes: ['institution.field-required.empty'],
  *check({ module, pathway }, params) {
    if (!isEmptyValue(fieldValue(module, params.field))) return;
    yield {
      target: moduleTarget(module, params.field, pathway),
      code: 'institution.field-required.empty',
      params: { ...moduleParams(module), field: params.field, reason: params.reason },
    };
  },
});

export const numberRange = moduleRule({
  id: 'institution.number-range',
  characteristic: 'institutional',
  source: 'profile',
  defaultSeverity: 'error',
  params: bounds(
    z.strictObject({
      field: fieldOf(['number', 'list']),
      min: z.number().optional(),
      max: z.number().optional(),
      reason,
    }),
  ),
  codes: [
    'institution.number-range.too-small',
    'institution.number-range.too-big',
    'institution.number-range.too-few',
    'institution.number-range.too-many',
  ],
  *check({ module, pathway }, params) {
    const value = fieldValue(module, params.field);
    const isList = Array.isArray(value);
    const amount = isList ? value.length : typeof value === 'number' ? value : undefined;
    if (amount === undefined) return;
    const found = { ...moduleParams(module), field: params.field, amount, reason: params.reason };
    const target = moduleTarget(module, params.field, pathway);
    if (params.min !== undefined && amount < params.min) {
      yield {
        target,
        code: isList ? 'institution.number-range.too-few' : 'institution.number-range.too-small',
        params: { ...found, minimum: params.min },
      };
    } else if (params.max !== undefined && amount > params.max) {
      yield {
        target,
        code: isList ? 'institution.number-range.too-many' : 'institution.number-range.too-big',
        params: { ...found, maximum: params.max },
      };
    }
  },
});

export const allowedValues = moduleRule({
  id: 'institution.allowed-values',
  characteristic: 'institutional',
  source: 'profile',
  defaultSeverity: 'error',
  params: z.strictObject({
    field: fieldOf(['choice', 'text', 'number']),
    values: z.array(z.union([z.string(), z.number()]), { error: 'values-not-list' }).min(1, 'values-none'),
    reason,
  }),
  codes: ['institution.allowed-values.not-allowed'],
  *check({ module, pathway }, params) {
    const value = fieldValue(module, params.field);
    if (isEmptyValue(value)) return;
    if (params.values.some((allowed) => String(allowed) === String(value))) return;
    yield {
      target: moduleTarget(module, params.field, pathway),
      code: 'institution.allowed-values.not-allowed',
      params: {
        ...moduleParams(module),
        field: params.field,
        value: String(value),
        allowed: params.values.map(String),
        reason: params.reason,
      },
    };
  },
});

export const matchesPattern = moduleRule({
  id: 'institution.pattern',
  characteristic: 'institutional',
  source: 'profile',
  defaultSeverity: 'error',
  params: z.strictObject({
    field: fieldOf(['text']),
    pattern: z
      .string({ error: 'pattern-required' })
      .max(200, 'pattern-too-long')
      // A quantified group that is itself quantified, like (a+)+, can take exponential time on a long text.
      .refine((pattern) => !/\([^)]*[+*}][^)]*\)\s*[+*{]/.test(pattern), { error: 'pattern-nested-repeat' })
      .superRefine((pattern, ctx) => {
        try {
          new RegExp(pattern, 'u');
        } catch {
          ctx.addIssue({ code: 'custom', message: 'pattern-invalid', params: { pattern } });
        }
      }),
    /** What the pattern means in words ("two to five capitals, a dash, three digits"), for the finding. */
    describe: z.string().trim().max(200).default(''),
    reason,
  }),
  codes: ['institution.pattern.mismatch', 'institution.pattern.mismatch-described'],
  *check({ module, pathway }, params) {
    const value = fieldValue(module, params.field);
    if (typeof value !== 'string' || isEmptyValue(value)) return;
    if (new RegExp(params.pattern, 'u').test(value)) return;
    yield {
      target: moduleTarget(module, params.field, pathway),
      // A pattern the profile describes in words is named by them, else by itself.
      code:
        params.describe === '' ? 'institution.pattern.mismatch' : 'institution.pattern.mismatch-described',
      params: {
        ...moduleParams(module),
        field: params.field,
        value,
        pattern: params.pattern,
        described: params.describe,
        reason: params.reason,
      },
    };
  },
});

export const textLength = moduleRule({
  id: 'institution.text-length',
  characteristic: 'institutional',
  source: 'profile',
  defaultSeverity: 'error',
  params: bounds(
    z.strictObject({
      field: fieldOf(['text']),
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(1).optional(),
      reason,
    }),
  ),
  codes: ['institution.text-length.too-short', 'institution.text-length.too-long'],
  *check({ module, pathway }, params) {
    const value = fieldValue(module, params.field);
    if (typeof value !== 'string' || isEmptyValue(value)) return;
    const length = value.trim().length;
    const found = {
      ...moduleParams(module),
      field: params.field,
      characterCount: length,
      reason: params.reason,
    };
    const target = moduleTarget(module, params.field, pathway);
    if (params.min !== undefined && length < params.min) {
      yield { target, code: 'institution.text-length.too-short', params: { ...found, minimum: params.min } };
    } else if (params.max !== undefined && length > params.max) {
      yield { target, code: 'institution.text-length.too-long', params: { ...found, maximum: params.max } };
    }
  },
});

export const institutionalRules = [fieldRequired, numberRange, allowedValues, matchesPattern, textLength];
