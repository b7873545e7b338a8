// The neon style: near-black fills and glowing tubes. Every outlined shape gets a second, wide
// and faint copy of its outline under it (the glow), so lines read as lit tubes on a dark ground;
// stacked strokes rather than a blur filter, which costs resvg nothing extra at 4K.
import { hsl, mix, parseHex, rgbToHsl, type Rgb } from '../color.js';

/** The glowing tube colour for a fill: same hue, full saturation, bright. */
export function neonOf(hex: string): string {
  const [h, s] = rgbToHsl(parseHex(hex));
  // Greys become cyan tubes, which read as neon rather than white.
  return s < 0.15 ? '#5ff4ff' : hsl(h, 1, 0.62);
}

const NIGHT: Rgb = parseHex('#07040f');

/** Backgrounds almost black, subjects dark, so that only the tubes are bright. */
export function neonGrade(c: Rgb, layer: 'bg' | 'fg'): Rgb {
  return mix(c, NIGHT, layer === 'bg' ? 0.84 : 0.62);
}

export function neonEdge(hex: string, width: number): string {
  return ` stroke="${neonOf(hex)}" stroke-width="${width.toFixed(1)}" stroke-linejoin="round"`;
}

/** The glow under a shape: the same element, unfilled, with a wide faint stroke of its tube. */
export function neonGlow(tag: string, hex: string, width: number): string {
  const bare = tag.replace(/ (fill|fill-opacity|stroke|stroke-width|stroke-opacity|stroke-linejoin)="[^"]*"/g, '');
  return bare.replace(/\/>$/, ` fill="none" stroke="${neonOf(hex)}" stroke-opacity=".3" stroke-width="${(width * 4).toFixed(1)}" stroke-linejoin="round"/>`);
}

/** An emoji's body in neon: dark fills, tube outlines, and a glow copy of the outlines under it. */
export function neonIconBody(body: string): string {
  const glow = body
    .replace(/ id="[^"]*"/g, '')
    .replace(/<(path|circle|ellipse|rect|polygon)\b([^>]*?)\/>/g, (_m, el: string, attrs: string) => {
      const tube = /stroke="(#[0-9a-fA-F]{3,6})"/.exec(attrs)?.[1];
      if (!tube) return '';
      const geometry = attrs.replace(/ (fill|fill-opacity|stroke|stroke-width|stroke-opacity|style|opacity)="[^"]*"/g, '');
      return `<${el}${geometry} fill="none" stroke="${tube}" stroke-opacity=".3" stroke-width="1.8"/>`;
    });
  return `<g>${glow}</g>${body}`;
}
