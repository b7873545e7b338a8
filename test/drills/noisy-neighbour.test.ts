import { describe, expect, it } from 'vitest';
import { noisyNeighbourDrill } from '../../scripts/drill-noisy.js';

// The short noisy-neighbour drill (the long one: `npm run drill -- noisy`); figures in docs/benchmarks.md.
describe('noisy neighbour', () => {
  it("key B's flood leaves key A's tasks within 2× their solo time (plus one task), its webhooks within 1 s, and loses nothing", async () => {
    const r = await noisyNeighbourDrill({
      aTasks: 3,
      floodTasks: 200,
      hangingReferenceTasks: 12,
      pixelBombs: 4,
      stalledUploads: 50,
      eventStreams: 50,
      resolution: '512',
      log: (line) => console.log(`  ${line}`),
    });
    expect(r.verdict).toEqual([]);
    expect(r.bLost).toBe(0);
    expect(r.bStatuses['FAILED invalid_reference_image']).toBe(12 + 4);
  }, 120_000);
});
