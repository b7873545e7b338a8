// A render thread starts a major collection after a large picture, so resvg's pixmap and the pixels
// sharp encoded (native memory V8 does not count) are freed before the next large picture instead
// of whenever V8 happens to collect (after every 4K picture, every third 2K one). What it frees is
// measured in bench/memory.ts (50 × 4K peak);
// here: that the collection really runs, and only after large pictures.
import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { releaseAfter } from '../../../../src/engines/local/threads/release-memory.js';

/** Major collections seen while `fn` runs (and shortly after). */
async function majorCollectionsDuring(fn: () => Promise<unknown>): Promise<number> {
  let majors = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    await fn();
    await new Promise((r) => setTimeout(r, 100));
  } finally {
    observer.disconnect();
  }
  return majors;
}

describe('releaseAfter', () => {
  it('leaves pictures under 2K alone: no collection', async () => {
    let result: boolean | undefined;
    const majors = await majorCollectionsDuring(async () => {
      result = (await releaseAfter(1024, 1024)) || (await releaseAfter(1584, 672));
    });
    expect(result).toBe(false);
    expect(majors).toBe(0);
  });

  it('runs a major collection after every 4K picture, and after every third 2K one', async () => {
    const results: boolean[] = [];
    const majors = await majorCollectionsDuring(async () => {
      for (let i = 0; i < 3; i++) results.push(await releaseAfter(2048, 2048));
    });
    expect(results).toEqual([false, false, true]);
    expect(majors).toBeGreaterThanOrEqual(1);
  });

  it('runs a major collection after a 4K picture', async () => {
    let result: boolean | undefined;
    const majors = await majorCollectionsDuring(async () => {
      result = await releaseAfter(4096, 4096);
    });
    expect(result).toBe(true);
    expect(majors).toBeGreaterThanOrEqual(1);
  });
});
