import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { burstBench } from '../../bench/burst.js';

// The burst benchmark at a small N, so it keeps working (docs/benchmarks.md, "Burst"). It runs the
// built server (`npm test` builds first). No timing is asserted: timings never gate CI.
describe('burst benchmark', () => {
  it('runs 5 tasks through the gemini engine against its stand-in upstream and writes its JSON', async () => {
    const { result, file } = await burstBench({ n: 5, latencyMs: '300-600', resultName: 'burst-ci' });
    expect(result.completed).toBe(5);
    expect(result.wrongSize).toBe(0);
    expect(result.get.polls).toBeGreaterThan(0);
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(written.result.n).toBe(5);
    expect(written.machine.nproc).toBeGreaterThan(0);
    expect(Object.keys(written.goals)).toContain('all COMPLETED');
  }, 120_000);
});
