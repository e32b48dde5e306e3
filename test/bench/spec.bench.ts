import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSpecification } from '@shared/spec/build';
import { bench, describe } from 'vitest';
import { exportSpecificationPdf } from '../../electron/main/export/export-spec';
import { largePathwayWorkspace } from '../fixtures/spec/large-pathway';

const workspace = largePathwayWorkspace(100, 4);
const dir = mkdtempSync(join(tmpdir(), 'stackwise-bench-'));

describe('the programme specification of a 100-module pathway', () => {
  bench('build the model', () => {
    const built = buildSpecification(workspace, 'pw-large', { generatedAt: '2026-11-23T10:00:00.000Z' });
    if (!built.ok) throw new Error(built.code);
  });

  bench(
    'build, render and write the PDF atomically',
    async () => {
      const built = buildSpecification(workspace, 'pw-large', { generatedAt: '2026-11-23T10:00:00.000Z' });
      if (!built.ok) throw new Error(built.code);
      await exportSpecificationPdf(built.specification, join(dir, 'spec.pdf'));
    },
    { iterations: 10 },
  );
});
