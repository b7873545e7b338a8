import { describe, expect, it } from 'vitest';
import { fuzzDrill } from '../../scripts/drill-fuzz.js';

// Drill: generated and mutated requests. No 5xx, no crash, every 4xx in the documented shape.
// The long version (50,000 requests) is `npm run drill -- fuzz`.

describe('drill: bad input', () => {
  it('5,000 generated requests and malformed raw HTTP: no 5xx, no crash, every 4xx has the documented shape', async () => {
    const seed = Number(process.env.DRILL_SEED ?? Date.now() % 100_000);
    const report = await fuzzDrill({ runs: 5000, rawRuns: 45, seed });
    const context = `seed ${seed} (rerun with DRILL_SEED=${seed})`;
    expect(report.problems, context).toEqual([]);
    expect(report.crashes, context).toEqual([]);
    expect(report.raw.problems, context).toEqual([]);
    // The drill really reached the server, with a spread of outcomes (a generator gone wrong would not).
    expect(report.requests, context).toBeGreaterThanOrEqual(4900);
    for (const status of ['200', '400', '401', '404', '413', '415']) expect(report.byStatus[status], `${context}: ${status}`).toBeGreaterThan(0);
  }, 60_000);
});
