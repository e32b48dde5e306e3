import { resolve } from 'node:path';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { PackageError } from './errors';

/** What a reader accepts before it calls an archive a zip bomb; a real package is far below each. */
export interface ArchiveLimits {
  maxEntries: number;
  /** Inflated bytes of one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of every entry together. */
  maxTotalBytes: number;
}

/**
 * A 200-module pathway packs about 420 entries; its specification PDF, the largest entry, is a few
 * megabytes. The caps leave room for far larger designs and still keep a hostile archive in memory bounds.
 */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024 ? `${bytes} bytes` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** yauzl's own refusals of entry names (absolute, "..", backslash): the entry name follows the colon. */
const YAUZL_UNSAFE_NAME = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/s;

/** Names Stackwise never writes and that mean something else to some file system: refused outright. */
function nameProblem(name: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'has control characters in its name';
  if (name.includes(':')) return 'has a colon in its name (a drive letter or an alternate data stream)';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '' || s === '.')) return 'has an empty or "." segment in its path';
  return undefined;
}

function unsafe(file: string, name: string, problem: string): PackageError {
  return new PackageError(
    'package.unsafe-entry',
    file,
    `${file} is refused: the entry "${name}" ${problem}; a Stackwise package has only plain files with relative paths`,
  );
}

function translate(file: string, error: unknown): PackageError {
  if (error instanceof PackageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const name = YAUZL_UNSAFE_NAME.exec(message);
  if (name) {
    return unsafe(
      file,
      name[2] ?? '',
      'has a path that could escape the folder it is read into (absolute, "..", a drive letter or a backslash)',
    );
  }
  if (message.startsWith('too many bytes in the stream')) {
    return new PackageError(
      'package.too-large',
      file,
      `${file} is refused: an entry inflates to more bytes than its header states (${message}), the mark of a zip bomb or a damaged archive`,
    );
  }
  return new PackageError(
    'package.not-zip',
    file,
    `${file} is not a readable zip archive: it is truncated, damaged or not a zip file (${message})`,
    { cause: error },
  );
}

async function inflate(
  zip: ZipFile,
  entry: Entry,
  file: string,
  limits: ArchiveLimits,
  totalSoFar: number,
): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    // The header's size is the archive's claim; the bytes counted here are what it really inflates to.
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limits.maxEntryBytes) {
        throw new PackageError(
          'package.too-large',
          file,
          `${file} is refused: the entry "${entry.fileName}" inflates to more than ${sizeOf(limits.maxEntryBytes)} (its header says ${entry.uncompressedSize} bytes), the mark of a zip bomb`,
        );
      }
      if (totalSoFar + bytes > limits.maxTotalBytes) {
        throw new PackageError(
          'package.too-large',
          file,
          `${file} is refused: its entries inflate to more than ${sizeOf(limits.maxTotalBytes)} in all (reached at "${entry.fileName}"), the mark of a zip bomb`,
        );
      }
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, bytes);
}

/**
 * Every file of a zip archive, by its path, read into memory within the limits; nothing is written to
 * disk. Refuses (PackageError) a file that is not a zip, is truncated, has an entry whose path could
 * escape a folder, a link, an encrypted entry, a name twice (also differing only in case), or more
 * entries or inflated bytes than the limits allow.
 */
export async function readArchive(
  zipFile: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<Map<string, Buffer>> {
  const file = resolve(zipFile);
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, {
      autoClose: false,
      strictFileNames: true,
      validateEntrySizes: true,
      decodeStrings: true,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new PackageError(
        'package.not-zip',
        file,
        code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read: ${(e as Error).message}`,
      );
    }
    throw translate(file, e);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new PackageError(
        'package.too-large',
        file,
        `${file} is refused: it has ${zip.entryCount} entries, more than the ${limits.maxEntries} a package may hold`,
      );
    }
    const files = new Map<string, Buffer>();
    const folded = new Map<string, string>();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      const problem = nameProblem(name);
      if (problem) throw unsafe(file, name, problem);
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
        throw unsafe(file, name, 'is a symbolic link');
      }
      if (entry.isEncrypted()) throw unsafe(file, name, 'is encrypted');
      const key = name.normalize('NFC').toLowerCase();
      const earlier = folded.get(key);
      if (earlier !== undefined) {
        throw unsafe(
          file,
          name,
          earlier === name ? 'appears twice' : `has the same name as "${earlier}" but for letter case`,
        );
      }
      folded.set(key, name);
      if (name.endsWith('/')) continue;
      if (
        entry.uncompressedSize > limits.maxEntryBytes ||
        total + entry.uncompressedSize > limits.maxTotalBytes
      ) {
        throw new PackageError(
          'package.too-large',
          file,
          `${file} is refused: the entry "${name}" would inflate to ${sizeOf(entry.uncompressedSize)}, beyond the ${sizeOf(limits.maxEntryBytes)} per entry and ${sizeOf(limits.maxTotalBytes)} in all a package may hold`,
        );
      }
      const bytes = await inflate(zip, entry, file, limits, total);
      total += bytes.length;
      files.set(name, bytes);
    }
    return files;
  } catch (e) {
    throw translate(file, e);
  } finally {
    zip.close();
  }
}
