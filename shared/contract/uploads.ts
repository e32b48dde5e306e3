import { z } from 'zod';

/**
 * The largest file the browser host accepts as an upload, in bytes. Its base64 stays below the host's
 * 32 MiB request cap; a programme package or workspace of thousands of modules is far smaller.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Badge files verified in one go: a 200-module pathway exports a few hundred. */
export const MAX_UPLOAD_FILES = 2_000;

/** How many base64 characters `bytes` bytes become (with padding). */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** The bytes a base64 text decodes to, without decoding it. */
export function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

const TOO_LARGE = 'upload-too-large';
// One character class, no group: a group repeated over megabytes would overflow the regex engine's stack.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (text: string) => text.length % 4 === 0 && BASE64.test(text);

/** A file's own name, as a browser's file input gives it: never a path, never a way out of a folder. */
export const UploadName = z
  .string()
  .min(1, 'upload-name-required')
  .max(255, 'upload-name-too-long')
  .refine((name) => !/[/\\\0]/.test(name), 'upload-name-has-separator')
  .refine((name) => name !== '.' && name !== '..', 'upload-name-not-a-name');

/** One file the browser read for main: its name and its bytes in base64, at most MAX_UPLOAD_BYTES. */
export const UploadedFile = z
  .object({
    name: UploadName,
    base64: z
      .string()
      .max(base64Length(MAX_UPLOAD_BYTES), { error: TOO_LARGE, abort: true })
      .refine(isBase64, 'upload-not-base64')
      .refine((base64) => decodedLength(base64) <= MAX_UPLOAD_BYTES, TOO_LARGE),
  })
  .strict();
export type UploadedFile = z.output<typeof UploadedFile>;

/** Several files read together (badge files to verify): distinct names, at most MAX_UPLOAD_FILES. */
export const UploadedFiles = z
  .array(UploadedFile)
  .min(1, 'uploads-none')
  .max(MAX_UPLOAD_FILES, 'uploads-too-many')
  .refine((files) => new Set(files.map((f) => f.name)).size === files.length, 'uploads-same-name');

/** What a native picker is chosen for; the browser host has none and the renderer shows a file input. */
export const pickPurposes = [
  'open-workspace',
  'open-package',
  'verify-file',
  'verify-folder',
  'badge-folder',
] as const;
export type PickPurpose = (typeof pickPurposes)[number];
