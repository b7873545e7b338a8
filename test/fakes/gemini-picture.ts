import { createHash } from 'node:crypto';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';

export interface FakePictureSpec {
  width: number;
  height: number;
  /** The prompt; its first words are drawn on the picture. */
  prompt: string;
  /** A second line, e.g. `16:9 · 2K · 2752x1536`. */
  caption: string;
  format: 'jpeg' | 'png' | 'webp';
  /** A thought (draft) image: greyer, and says so. */
  draft?: boolean;
}

/** Labels wider than this are drawn at this width: text rendering cost grows with area. */
const MAX_LABEL_WIDTH = 2400;
const cache = new Map<string, Buffer>();
const CACHE_LIMIT = 16;

/**
 * An obviously fake picture at an exact size: a two-way gradient whose colours come from the
 * prompt, with "FAKE GEMINI" and the prompt's first words on it, so a developer can see the wiring
 * worked. The gradient is a 2x2 image enlarged by sharp; the text is an SVG rendered with resvg
 * (much faster than sharp's librsvg at large sizes; notes/stack-facts.md).
 */
export async function renderFakePicture(spec: FakePictureSpec): Promise<Buffer> {
  const key = JSON.stringify(spec);
  const hit = cache.get(key);
  if (hit) return hit;

  const hue = createHash('sha256').update(spec.prompt).digest()[0] * (360 / 256);
  const sat = spec.draft ? 0.15 : 0.65;
  const corners = [hue, hue + 50, hue + 170, hue + 220].flatMap((h) => hslToRgb(h % 360, sat, spec.draft ? 0.55 : 0.5));
  const gradient = sharp(Buffer.from(corners), { raw: { width: 2, height: 2, channels: 3 } }).resize(spec.width, spec.height, {
    kernel: 'linear',
    fit: 'fill',
  });

  const label = await renderLabel(spec);
  let image = gradient.composite([{ input: label, gravity: 'center' }]);
  image =
    spec.format === 'jpeg'
      ? image.jpeg({ quality: 80 })
      : spec.format === 'png'
        ? image.png({ compressionLevel: 1 })
        : image.webp({ quality: 80 });
  const bytes = await image.toBuffer();

  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, bytes);
  return bytes;
}

async function renderLabel(spec: FakePictureSpec): Promise<Buffer> {
  const width = Math.max(16, Math.min(MAX_LABEL_WIDTH, Math.round(spec.width * 0.9)));
  const words = spec.prompt.split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
  const title = spec.draft ? 'DRAFT (thought)' : 'FAKE GEMINI';
  const lines = [title, words.length > 40 ? `${words.slice(0, 39)}…` : words, spec.caption];
  const longest = Math.max(...lines.map((l) => l.length), 1);
  // Three lines need about 4.6 font sizes of height; a character is about 0.62 font sizes wide.
  const font = Math.max(4, Math.min((spec.height * 0.6) / 4.6, (width * 0.92) / (longest * 0.62)));
  const height = Math.ceil(font * 4.6);
  const text = lines
    .map(
      (line, i) =>
        `<text x="50%" y="${(height / 2 + (i - 1) * font * 1.25).toFixed(1)}" font-size="${(i === 0 ? font * 1.1 : font).toFixed(1)}" ` +
        `font-weight="${i === 0 ? 'bold' : 'normal'}" text-anchor="middle" dominant-baseline="middle">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" rx="${Math.round(height / 10)}" fill="black" fill-opacity="0.35"/>` +
    `<g font-family="DejaVu Sans" fill="white">${text}</g></svg>`;
  const rendered = await renderAsync(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } });
  return rendered.asPng();
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}
