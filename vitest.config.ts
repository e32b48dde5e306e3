import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'shared'),
      '@locales': resolve(import.meta.dirname, 'resources/locales'),
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/main/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
