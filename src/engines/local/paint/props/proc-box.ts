// The box a procedural picture is drawn into, and what every painter is given.
import type { Canvas } from '../canvas.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';

export interface ProcOptions {
  color?: string;
  layer?: Layer;
  rng: Rng;
  /** For seating: only the parts behind a sitter, or only those in front. */
  part?: 'back' | 'front';
  /** Lit lamps and windows glow at night. */
  lit?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  w: number;
  h: number;
}

export function boxOf(cx: number, bottom: number, w: number, h: number): Box {
  return { x0: cx - w / 2, y0: bottom - h, w, h };
}

export type Painter = (c: Canvas, b: Box, o: ProcOptions) => void;

export const WOOD = '#8a5a36';
export const DARK_WOOD = '#5b3a22';

/** Fractions of the box → pixels. */
export const at = (b: Box) => ({ X: (f: number) => b.x0 + f * b.w, Y: (f: number) => b.y0 + f * b.h });
