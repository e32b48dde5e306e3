import { Writable } from 'node:stream';
import type { Specification } from '@shared/spec/model';
import { type AtomicFileHandle, type AtomicFs, writeFileAtomically } from '../storage/atomic-write';
import { renderSpecificationPdf } from './spec-pdf';

const BATCH_BYTES = 256 * 1024;

/** pdfkit emits thousands of tiny chunks; writing each on its own would cost a system call apiece. */
function writableOf(file: AtomicFileHandle): Writable {
  let pending: Buffer[] = [];
  let size = 0;
  const flush = (done: (error?: Error | null) => void) => {
    const batch = Buffer.concat(pending);
    pending = [];
    size = 0;
    file.write(batch).then(() => done(), done);
  };
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= BATCH_BYTES) flush(done);
      else done();
    },
    final: flush,
  });
}

/**
 * Writes the programme specification to `target` atomically: the file appears complete or not at all.
 * Throws an AtomicWriteError naming the file and the reason when it cannot.
 */
export async function exportSpecificationPdf(
  spec: Specification,
  target: string,
  fs?: AtomicFs,
): Promise<{ pages: number }> {
  let pages = 0;
  await writeFileAtomically(
    target,
    async (file) => {
      pages = await renderSpecificationPdf(spec, writableOf(file));
    },
    { fs },
  );
  return { pages };
}
