import { describe, expect, it } from 'vitest';
import { noisyNeighbourDrill } from '../../scripts/drill-noisy.js';

// The short noisy-neighbour drill (the long one: `npm run drill -- noisy`); figures in docs/benchmarks.md.
// Its bound is tight (2× a ~60–120 ms solo time): on a shared 2-core machine one scheduling hiccup in
// the engine thread or an fsync can pass it, so a miss is run again up to twice; every try asserts
// the whole bound, and fairness (no waiting behind key B's queue) is the same on every try.
describe('noisy neighbour', () => {
  it("key B's flood leaves key A's tasks within 2× their solo time (plus one task), its webhooks within 1 s, and loses nothing", { timeout: 120_000, retry: 2 }, async () => {
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
  });
});
