import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the SDK from its source, so one copy of its classes is loaded whoever imports it
  // (the built package is tested as a packed tarball in test/sdk/package.test.ts).
  resolve: { alias: { '@bananastand/sdk': fileURLToPath(new URL('./packages/sdk/src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
