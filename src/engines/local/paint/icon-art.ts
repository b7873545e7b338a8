// The emoji art as SVG markup, aliases and flips resolved, from the icon set that read/icon-names.ts
// loads.
import { getIconData, iconToSVG } from '@iconify/utils';
import { iconSet } from '../read/icon-names.js';

export interface IconArt {
  /** Inner SVG markup in the icon's own coordinates (0..width, 0..height). */
  body: string;
  width: number;
  height: number;
}

const artCache = new Map<string, IconArt | null>();

/** The icon's markup, aliases and flips resolved; null for an unknown name. */
export function iconArt(name: string): IconArt | null {
  const cached = artCache.get(name);
  if (cached !== undefined) return cached;
  const data = getIconData(iconSet(), name);
  let art: IconArt | null = null;
  if (data) {
    const built = iconToSVG(data);
    art = { body: built.body, width: built.viewBox[2], height: built.viewBox[3] };
  }
  artCache.set(name, art);
  return art;
}
