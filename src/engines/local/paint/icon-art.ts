// The emoji art as SVG markup, aliases and flips resolved, from the icon set that read/icon-names.ts
// loads; with the few repairs some pictures need, and where each picture's ink really ends.
import { Resvg } from '@resvg/resvg-js';
import { getIconData, iconToSVG } from '@iconify/utils';
import { iconSet } from '../read/icon-names.js';

export interface IconArt {
  /** Inner SVG markup in the icon's own coordinates (0..width, 0..height). */
  body: string;
  width: number;
  height: number;
}

/** The painted part of an icon's box, as fractions of its width and height (0..1, from the top left). */
export interface Ink {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// Shapes laid under an icon's own ones. The standing cats have a V-shaped notch between the back
// of the head and the back, through which whatever stands behind showed as a wedge across the
// cat's back: the fur colour fills it, under the stripes.
const UNDERLAYS: Record<string, string> = {
  cat: '<path fill="#f3ad61" d="M12.9 10.6L20.2 11.05V14.5H12.9Z"/>',
  'black-cat': '<path fill="#635994" d="M12.9 10.6L20.2 11.05V14.5H12.9Z"/>',
};

const artCache = new Map<string, IconArt | null>();
const inkCache = new Map<string, Ink>();

/** The icon's markup, aliases and flips resolved; null for an unknown name. */
export function iconArt(name: string): IconArt | null {
  const cached = artCache.get(name);
  if (cached !== undefined) return cached;
  const data = getIconData(iconSet(), name);
  let art: IconArt | null = null;
  if (data) {
    const built = iconToSVG(data);
    const under = UNDERLAYS[name];
    const body = under ? `${under}${built.body}` : built.body;
    art = { body, width: built.viewBox[2], height: built.viewBox[3] };
  }
  artCache.set(name, art);
  return art;
}

/**
 * Where the icon's opaque pixels are in its box, rendered once at 64 px. Most emoji leave a margin
 * under their feet or wheels: a thing standing on a deck, a road or a floor is lowered by it.
 */
export function iconInk(name: string): Ink {
  const cached = inkCache.get(name);
  if (cached) return cached;
  const art = iconArt(name);
  let ink: Ink = { left: 0, top: 0, right: 1, bottom: 1 };
  if (art) {
    const S = 64;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${art.width} ${art.height}" preserveAspectRatio="none">${art.body}</svg>`;
    const px = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    let [x0, y0, x1, y1] = [S, S, -1, -1];
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        if (px[(y * S + x) * 4 + 3] < 96) continue;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
    if (x1 >= 0) ink = { left: x0 / S, top: y0 / S, right: (x1 + 1) / S, bottom: (y1 + 1) / S };
  }
  inkCache.set(name, ink);
  return ink;
}
