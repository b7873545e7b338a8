// The root package's `bananastand` and `bananastand/sdk` entry points: the client now lives in its own
// package, @bananastand/sdk (packages/sdk), which installs without the server. This re-export keeps
// `import { Bananastand } from 'bananastand/sdk'` working for code written before the split.
export * from '@bananastand/sdk';
