// A render thread frees a large picture's native memory (resvg's pixmap and the pixels sharp
// encoded) after the picture, instead of holding it until V8 happens to collect.
import { describe, expect, it } from 'vitest';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';
import { releaseAfter } from '../../../../src/engines/local/threads/release-memory.js';

const SIZE = 4096;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}"><rect width="${SIZE}" height="${SIZE}" fill="#369"/></svg>`;
const MiB = 2 ** 20;

describe('releaseAfter', () => {
  it('leaves pictures under 2K alone', async () => {
    expect(await releaseAfter(1024, 1024)).toBe(false);
    expect(await releaseAfter(1584, 672)).toBe(false);
  });

  it('frees what the last 4K pictures held', async () => {
    const before = process.memoryUsage.rss();
    // Each leaves ~128 MiB behind (pixmap and pixels); without a collection all of it stays
    // held (measured: ~200 MiB for two, none of it freed after seconds of idling).
    for (let i = 0; i < 3; i++) await rasterize(SVG, { width: SIZE, height: SIZE, pixelate: false });
    const held = process.memoryUsage.rss();
    expect((held - before) / MiB, 'the pictures left memory behind to free').toBeGreaterThan(150);
    expect(await releaseAfter(SIZE, SIZE)).toBe(true);
    let now = process.memoryUsage.rss();
    for (let i = 0; i < 40 && held - now < 150 * MiB; i++) {
      await new Promise((r) => setTimeout(r, 50));
      now = process.memoryUsage.rss();
    }
    expect((held - now) / MiB, `freed (held ${Math.round((held - before) / MiB)} MiB)`).toBeGreaterThan(150);
  });
});
