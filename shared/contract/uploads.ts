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

const TOO_LARGE = `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB`;
// One character class, no group: a group repeated over megabytes would overflow the regex engine's stack.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (text: string) => text.length % 4 === 0 && BASE64.test(text);

/** A file's own name, as a browser's file input gives it: never a path, never a way out of a folder. */
export const UploadName = z
  .string()
  .min(1, 'File name is required')
  .max(255, 'File name is too long')
  .refine((name) => !/[/\\\0]/.test(name), 'File name must not contain a slash or a NUL character')
  .refine((name) => name !== '.' && name !== '..', 'File name must be a file’s name');

/** One file the browser read for main: its name and its bytes in base64, at most MAX_UPLOAD_BYTES. */
export const UploadedFile = z
  .object({
    name: UploadName,
    base64: z
      .string()
      .max(base64Length(MAX_UPLOAD_BYTES), { error: TOO_LARGE, abort: true })
      .refine(isBase64, 'The file’s content is not base64')
      .refine((base64) => decodedLength(base64) <= MAX_UPLOAD_BYTES, TOO_LARGE),
  })
  .strict();
export type UploadedFile = z.output<typeof UploadedFile>;

/** Several files read together (badge files to verify): distinct names, at most MAX_UPLOAD_FILES. */
export const UploadedFiles = z
  .array(UploadedFile)
  .min(1, 'Choose at least one file')
  .max(MAX_UPLOAD_FILES, `Choose at most ${MAX_UPLOAD_FILES} files`)
  .refine((files) => new Set(files.map((f) => f.name)).size === files.length, 'Two files have the same name');

/** What a native picker is chosen for; the browser host has none and the renderer shows a file input. */
export const pickPurposes = [
  'open-workspace',
  'open-package',
  'verify-file',
  'verify-folder',
  'badge-folder',
] as const;
export type PickPurpose = (typeof pickPurposes)[number];
