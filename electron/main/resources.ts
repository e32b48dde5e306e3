import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of files Stackwise ships (fonts, JSON-LD contexts, schemas, samples). Found by walking up
 * from this module, because the same code runs from source (tests), from out/main and from its chunks.
 * STACKWISE_RESOURCES overrides it (a packaged app points it at its resources folder).
 */
export function resourcesDir(): string {
  if (process.env.STACKWISE_RESOURCES) return process.env.STACKWISE_RESOURCES;
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'resources', 'README.md'))) {
      cached = join(dir, 'resources');
      return cached;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Stackwise cannot find its resources folder');
    dir = parent;
  }
}

export function resourcePath(...parts: string[]): string {
  return join(resourcesDir(), ...parts);
}
