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

const source = "The institution's own rules, configured by its QA office in this profile";

const examples = 'summary, credit.value or assessment.type';

/** A module field path whose kind is one of `kinds`, checked when the profile is loaded. */
function fieldOf(kinds: readonly FieldKind[]) {
  return z
    .string({ error: 'Field is required: name a module field such as summary or credit.value' })
    .superRefine((path, ctx) => {
      if (!isModuleFieldPath(path)) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown module field "${path}": use a path such as ${examples} (one of: ${Object.keys(moduleFields).join(', ')})`,
        });
      } else if (!kinds.includes(moduleFields[path].kind)) {
        const kind = moduleFields[path].kind;
        ctx.addIssue({
          code: 'custom',
          message: `Field ${path} holds ${kind === 'list' ? 'a list' : `a ${kind}`}; this rule applies to ${kinds.join(' or ')} fields`,
        });
      }
    })
    .transform((path) => path as ModuleFieldPath);
}

/** Why the institution asks it (a policy clause), quoted in every finding so the designer sees it. */
const reason = z.string().trim().max(300, 'Reason must be at most 300 characters').default('');

const bounds = <T extends { min?: number | undefined; max?: number | undefined }>(schema: z.ZodType<T>) =>
  schema
    .refine((p) => p.min !== undefined || p.max !== undefined, {
      message: 'Give a min, a max or both',
      path: ['min'],
    })
    .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
      message: 'min must not be greater than max',
      path: ['max'],
    });

export const fieldRequired = moduleRule({
  id: 'institution.field-required',
  characteristic: 'institutional',
  source,
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
  source,
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
  source,
  defaultSeverity: 'error',
  params: z.strictObject({
    field: fieldOf(['choice', 'text', 'number']),
    values: z
      .array(z.union([z.string(), z.number()]), { error: 'Values must be a list' })
      .min(1, 'List at least one allowed value'),
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
  source,
  defaultSeverity: 'error',
  params: z.strictObject({
    field: fieldOf(['text']),
    pattern: z
      .string({ error: 'Pattern is required' })
      .max(200, 'Pattern must be at most 200 characters')
      // A quantified group that is itself quantified, like (a+)+, can take exponential time on a long text.
      .refine((pattern) => !/\([^)]*[+*}][^)]*\)\s*[+*{]/.test(pattern), {
        error: 'Pattern must not repeat a group that itself repeats, such as (a+)+: it could freeze the app',
      })
      .refine(
        (pattern) => {
          try {
            new RegExp(pattern, 'u');
            return true;
          } catch {
            return false;
          }
        },
        { error: (issue) => `Pattern ${String(issue.input)} is not a valid regular expression` },
      ),
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
  source,
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
