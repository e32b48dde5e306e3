import { z } from 'zod';
import { moduleName, moduleTarget } from '../design';
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

/** Why the institution asks it (a policy clause), added to every message so the designer sees it. */
const reason = z.string().trim().max(300, 'Reason must be at most 300 characters').default('');

const because = (text: string) => (text === '' ? '' : ` (${text})`);

const label = (path: ModuleFieldPath) => moduleFields[path].label;

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
  title: 'A field the institution requires is filled in',
  source,
  defaultSeverity: 'error',
  params: z.strictObject({
    field: fieldOf(['text', 'number', 'choice', 'boolean', 'list']),
    reason,
  }),
  *check({ module, pathway }, params) {
    if (!isEmptyValue(fieldValue(module, params.field))) return;
    yield {
      target: moduleTarget(module, params.field, pathway),
      message: `${moduleName(module)}: ${label(params.field)} is empty, and this institution requires it${because(params.reason)}. Fill in ${label(params.field)}.`,
    };
  },
});

export const numberRange = moduleRule({
  id: 'institution.number-range',
  characteristic: 'institutional',
  title: 'A number (or the count of a list) lies within the institution’s bounds',
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
  *check({ module, pathway }, params) {
    const value = fieldValue(module, params.field);
    const isList = Array.isArray(value);
    const amount = isList ? value.length : typeof value === 'number' ? value : undefined;
    if (amount === undefined) return;
    const what = isList
      ? `has ${amount} item${amount === 1 ? '' : 's'} under ${label(params.field)}`
      : `${label(params.field)} is ${amount}`;
    let problem: string | undefined;
    if (params.min !== undefined && amount < params.min) problem = `at least ${params.min}`;
    else if (params.max !== undefined && amount > params.max) problem = `at most ${params.max}`;
    if (problem === undefined) return;
    yield {
      target: moduleTarget(module, params.field, pathway),
      message: `${moduleName(module)}: ${what}, and this institution asks for ${problem}${because(params.reason)}. ${isList ? `List ${problem} under ${label(params.field)}` : `Change ${label(params.field)} to ${problem}`}.`,
    };
  },
});

export const allowedValues = moduleRule({
  id: 'institution.allowed-values',
  characteristic: 'institutional',
  title: 'A field takes one of the values the institution allows',
  source,
  defaultSeverity: 'error',
  params: z.strictObject({
    field: fieldOf(['choice', 'text', 'number']),
    values: z
      .array(z.union([z.string(), z.number()]), { error: 'Values must be a list' })
      .min(1, 'List at least one allowed value'),
    reason,
  }),
  *check({ module, pathway }, params) {
    const value = fieldValue(module, params.field);
    if (isEmptyValue(value)) return;
    if (params.values.some((allowed) => String(allowed) === String(value))) return;
    yield {
      target: moduleTarget(module, params.field, pathway),
      message: `${moduleName(module)}: ${label(params.field)} is ${String(value)}, which this institution does not allow${because(params.reason)}. Choose one of: ${params.values.join(', ')}.`,
    };
  },
});

export const matchesPattern = moduleRule({
  id: 'institution.pattern',
  characteristic: 'institutional',
  title: 'A text field follows the institution’s pattern',
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
    /** What the pattern means in words ("two to five capitals, a dash, three digits"), for the message. */
    describe: z.string().trim().max(200).default(''),
    reason,
  }),
  *check({ module, pathway }, params) {
    const value = fieldValue(module, params.field);
    if (typeof value !== 'string' || isEmptyValue(value)) return;
    if (new RegExp(params.pattern, 'u').test(value)) return;
    const expected = params.describe === '' ? `the pattern ${params.pattern}` : params.describe;
    yield {
      target: moduleTarget(module, params.field, pathway),
      message: `${moduleName(module)}: ${label(params.field)} “${value}” does not follow ${expected}${because(params.reason)}. Change ${label(params.field)} to match it.`,
    };
  },
});

export const textLength = moduleRule({
  id: 'institution.text-length',
  characteristic: 'institutional',
  title: 'A text field is as long as the institution asks',
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
  *check({ module, pathway }, params) {
    const value = fieldValue(module, params.field);
    if (typeof value !== 'string' || isEmptyValue(value)) return;
    const length = value.trim().length;
    let limit: string | undefined;
    let fix = '';
    if (params.min !== undefined && length < params.min) {
      limit = `at least ${params.min}`;
      fix = 'Expand';
    } else if (params.max !== undefined && length > params.max) {
      limit = `at most ${params.max}`;
      fix = 'Shorten';
    }
    if (limit === undefined) return;
    yield {
      target: moduleTarget(module, params.field, pathway),
      message: `${moduleName(module)}: ${label(params.field)} has ${length} characters, and this institution asks for ${limit}${because(params.reason)}. ${fix} it to ${limit} characters.`,
    };
  },
});

export const institutionalRules = [fieldRequired, numberRange, allowedValues, matchesPattern, textLength];
