// A render thread frees a large picture's native memory (resvg's pixmap and its pixels) after the
// picture, instead of holding it until V8 happens to collect.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { releaseAfter } from '../../../../src/engines/local/threads/release-memory.js';

const SIZE = 4096;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}"><rect width="${SIZE}" height="${SIZE}" fill="#369"/></svg>`;

/** Draws a 4K picture and drops it: 64 MiB of pixmap and 64 MiB of pixels left for the collector. */
function drawAndDrop(): number {
  return new Resvg(SVG).render().pixels.length;
}

describe('releaseAfter', () => {
  it('leaves pictures under 2K alone', async () => {
    expect(await releaseAfter(1024, 1024)).toBe(false);
    expect(await releaseAfter(1584, 672)).toBe(false);
  });

  it('frees what a dropped 4K picture held', async () => {
    for (let i = 0; i < 2; i++) expect(drawAndDrop()).toBe(SIZE * SIZE * 4);
    const held = process.memoryUsage.rss();
    expect(await releaseAfter(SIZE, SIZE)).toBe(true);
    // The wrappers' finalizers free the native memory just after the collection.
    let now = process.memoryUsage.rss();
    for (let i = 0; i < 40 && held - now < 100 * 2 ** 20; i++) {
      await new Promise((r) => setTimeout(r, 50));
      now = process.memoryUsage.rss();
    }
    expect(held - now).toBeGreaterThan(100 * 2 ** 20);
  });
});
