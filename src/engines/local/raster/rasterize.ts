// SVG → PNG at the exact output size: resvg rasterizes (on the libuv pool), the picture's last
// light layers are painted on its pixels (paint/light-layers.ts), sharp encodes.
import { renderAsync } from '@resvg/resvg-js';
import sharp, { type Sharp } from 'sharp';
import { applyLights, splitLights } from '../paint/light-layers.js';
import { fontsFor } from './fonts.js';

// sharp's operation cache can hold recent operations with their inputs (a 4K picture's 64 MiB of
// pixels); no picture is encoded twice, so it could only hold memory. The setting is process-wide.
sharp.cache(false);

/** Pixel art: blocks of this fraction of the short side. */
const PIXEL_BLOCKS = 96;
/** zlib level for the PNG: flat illustrations compress well even at low levels, and fast. */
export const PNG_COMPRESSION = 6;

export interface RenderOptions {
  width: number;
  height: number;
  /** Render small and enlarge with nearest-neighbour sampling (the pixel art style). */
  pixelate: boolean;
  signal?: AbortSignal;
  /** Filled with the milliseconds each step took (render, lights, encode), for the benchmark. */
  stages?: Record<string, number>;
}

export async function rasterize(svg: string, o: RenderOptions): Promise<Buffer> {
  const block = o.pixelate ? Math.max(2, Math.round(Math.min(o.width, o.height) / PIXEL_BLOCKS)) : 1;
  const lowW = Math.ceil(o.width / block);
  // resvg-js binds an AbortSignal to the first native call it is given and rejects it after that
  // (InvalidArg), so each render gets a fresh signal that follows the task's.
  const local = new AbortController();
  const follow = () => local.abort(o.signal?.reason);
  o.signal?.addEventListener('abort', follow, { once: true });
  // Drawn small, a light layer costs resvg little; at full size it is cheaper on the pixels.
  const lights = block > 1 ? null : splitLights(svg);
  let image;
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    if (o.stages) o.stages[stage] = now - t;
    t = now;
  };
  try {
    image = await renderAsync(
      lights?.svg ?? svg,
      {
        font: fontsFor(svg),
        fitTo: block > 1 ? { mode: 'width', value: lowW } : { mode: 'original' },
        shapeRendering: block > 1 ? 1 : 2,
        logLevel: 'off',
      },
      local.signal,
    );
  } finally {
    o.signal?.removeEventListener('abort', follow);
  }
  // Encoding a 4K picture takes ~200 ms that nobody waits for once the task is gone.
  o.signal?.throwIfAborted();
  lap('render');
  const raw = { width: image.width, height: image.height, channels: 4 as const };
  const pixels = image.pixels;
  if (lights) applyLights(pixels, image.width, image.height, lights.ops);
  lap('lights');
  let pipeline = sharp(pixels, { raw });
  if (block > 1) {
    const up = await pipeline.resize(image.width * block, image.height * block, { kernel: 'nearest' }).raw().toBuffer();
    pipeline = sharp(up, { raw: { width: image.width * block, height: image.height * block, channels: 4 } })
      .extract({ left: 0, top: 0, width: o.width, height: o.height });
  }
  const png = await encodePng(pipeline);
  lap('encode');
  return png;
}

/** The PNG the engine writes: RGB (resvg's alpha is opaque), zlib level 6, no row filtering. */
export function encodePng(pixels: Sharp): Promise<Buffer> {
  return pixels.removeAlpha().png({ compressionLevel: PNG_COMPRESSION, adaptiveFiltering: false }).toBuffer();
}
