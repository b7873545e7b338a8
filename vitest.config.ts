import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the SDK from its source, so one copy of its classes is loaded whoever imports it
  // (the built package is tested as a packed tarball in test/sdk/package.test.ts).
  resolve: { alias: { '@bananastand/sdk': fileURLToPath(new URL('./packages/sdk/src/index.ts', import.meta.url)) } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      // The local engine's tests are pure functions over static word lists and art: they share one
      // process per worker (no isolation), so compromise, emojilib and the art tables load once per
      // worker instead of once per file (about 170 s of the suite's import time).
      { extends: true, test: { name: 'local-engine', include: ['test/engines/local/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'service', include: ['test/**/*.test.ts'], exclude: ['test/engines/local/**'] } },
    ],
  },
});
