// Reference images steer the colours: a small palette from each, computed on a 64 × 64 thumbnail.
import sharp from 'sharp';
import { EngineError, type ReferenceImage } from '../../engine.js';
import { distance, type Rgb } from '../paint/color.js';
import type { ReferencePalette } from '../paint/grade.js';

const PALETTE_SIZE = 5;
/** Words in a reference's `text` that ask for its colours or look, so they steer harder. */
const STYLE_HINT = /\b(style|palette|colou?rs?|tones?|mood|look|vibe|aesthetic|scheme)\b/i;
export const BASE_STRENGTH = 0.4;
export const HINTED_STRENGTH = 0.65;

/** Dominant colours of one image: 4-bit-per-channel histogram, most common distinct bins first. */
export async function imagePalette(bytes: Buffer): Promise<{ colors: Rgb[]; mean: Rgb; weight: number }> {
  const { data } = await sharp(bytes).resize(64, 64, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const bins = new Map<number, { n: number; sum: Rgb }>();
  const mean: Rgb = [0, 0, 0];
  const pixels = data.length / 3;
  for (let i = 0; i < data.length; i += 3) {
    const r = data[i], g = data[i + 1], b = data[i + 2];
    mean[0] += r;
    mean[1] += g;
    mean[2] += b;
    const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    const bin = bins.get(key) ?? { n: 0, sum: [0, 0, 0] as Rgb };
    bin.n++;
    bin.sum[0] += r;
    bin.sum[1] += g;
    bin.sum[2] += b;
    bins.set(key, bin);
  }
  const sorted = [...bins.entries()].sort((a, b) => b[1].n - a[1].n || a[0] - b[0]);
  const colors: Rgb[] = [];
  for (const [, bin] of sorted) {
    const c: Rgb = [bin.sum[0] / bin.n, bin.sum[1] / bin.n, bin.sum[2] / bin.n];
    if (colors.every((p) => distance(p, c) > 90)) colors.push(c);
    if (colors.length === PALETTE_SIZE) break;
  }
  return { colors, mean: [mean[0] / pixels, mean[1] / pixels, mean[2] / pixels], weight: 1 };
}

/** The combined palette of all references with bytes; undefined when there are none. */
export async function referencePalette(references: readonly ReferenceImage[]): Promise<ReferencePalette | undefined> {
  const usable = references.filter((r) => r.bytes && r.bytes.length > 0);
  if (!usable.length) return undefined;
  const parts = await Promise.all(
    usable.map(async (r) => {
      try {
        return await imagePalette(r.bytes!);
      } catch {
        throw new EngineError('invalid_reference_image', `Reference image ${r.index + 1} could not be decoded as ${r.mimeType}.`);
      }
    }),
  );
  const colors: Rgb[] = [];
  // Interleave so every reference contributes its strongest colours.
  for (let k = 0; k < PALETTE_SIZE; k++) for (const p of parts) if (p.colors[k] && colors.length < PALETTE_SIZE + 3) colors.push(p.colors[k]);
  const mean: Rgb = [0, 0, 0];
  for (const p of parts) for (let ch = 0; ch < 3; ch++) mean[ch] += p.mean[ch] / parts.length;
  const hinted = usable.some((r) => r.text !== undefined && STYLE_HINT.test(r.text));
  return { colors, mean, strength: hinted ? HINTED_STRENGTH : BASE_STRENGTH };
}
