// An abstract render (docs/local-engine-modes.md, "Abstract renders"): "a 3D abstract render of
// floating geometric shapes and planes", "abstract composition of spheres and cubes". No subject:
// solid shapes shaded as if lit from the upper left (spheres, cubes, flat planes, cylinders, a
// ring), floating over a soft gradient with their shadows below, in the prompt's palette.
import { fmt } from '../../paint/canvas.js';
import { mixHex, shade } from '../../paint/color.js';
import type { Composition } from '../composition.js';
import type { ModeResult } from './mode-kit.js';
import { paintManner } from './art-manners.js';
import { MANNER_LABELS } from '../../plan/modes/art-manner.js';

export type ShapeKind = 'sphere' | 'cube' | 'plane' | 'cylinder' | 'ring';

/** Muted tones for a prompt that names no colour. */
const DEFAULT_TONES = ['#e8ddd0', '#b8c4cc', '#d9a68c', '#7f96a8', '#efe8dc'];
/** Which shapes a prompt names, by word. */
const SHAPE_WORDS: [ShapeKind, RegExp][] = [
  ['sphere', /\b(spheres?|balls?|orbs?|circles?|bubbles?)\b/],
  ['cube', /\b(cubes?|boxes|blocks?|cuboids?)\b/],
  ['plane', /\b(planes?|panels?|slabs?|sheets?|tiles?|squares?)\b/],
  ['cylinder', /\b(cylinders?|pillars?|columns?|tubes?)\b/],
  ['ring', /\b(rings?|torus|tori|donuts?|arcs?)\b/],
];
const NAMES: Record<ShapeKind, string> = { sphere: 'spheres', cube: 'cubes', plane: 'flat planes', cylinder: 'cylinders', ring: 'rings' };

/** The shapes asked for, in the order named; every kind when the prompt names none. */
export function shapesAsked(lower: string): ShapeKind[] {
  const named = SHAPE_WORDS.filter(([, re]) => re.test(lower)).map(([k]) => k);
  return named.length ? named : ['sphere', 'cube', 'plane', 'cylinder', 'ring'];
}

export function composeAbstract(composition: Composition): ModeResult {
  const { c, plan, rng } = composition;
  const { W, H } = composition.stage;
  // "In the style of Mondrian": that painter's manner fills the picture (art-manners.ts).
  if (plan.manner) {
    paintManner(c, plan.manner, W, H, rng.fork('manner'));
    return { hero: MANNER_LABELS[plan.manner], wore: [], held: [], around: [], heroPlace: 'filling the picture', accent: '#1f47a8', fills: true };
  }
  const mode = plan.mode!;
  const named = [...mode.colors, ...(plan.palette ?? []).map((p) => p.hex)];
  const tones = named.length ? [...new Set(named)] : DEFAULT_TONES;
  const base = mixHex(tones[0]!, '#ffffff', mode.dark ? 0 : 0.55);
  const back = mode.dark ? '#1d2026' : base;
  c.rect(0, 0, W, H, c.linear([[0, mixHex(back, '#ffffff', mode.dark ? 0.08 : 0.35)], [1, shade(back, -0.08)]]), { bare: true });
  const kinds = shapesAsked(plan.prompt.toLowerCase());
  const count = Math.max(5, Math.min(8, kinds.length * 2));
  const u = Math.min(W, H);
  // Spread over a loose grid so no two shapes sit on top of each other.
  const cols = W > H ? 4 : 3, rows = Math.ceil(count / cols);
  const grid = Array.from({ length: cols * rows }, (_, i) => i);
  for (let i = grid.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [grid[i], grid[j]] = [grid[j]!, grid[i]!];
  }
  const cells = grid.slice(0, count);
  const floorY = H * 0.9;
  cells.forEach((cell, i) => {
    const kind = kinds[i % kinds.length]!;
    const tone = tones[(i + 1) % tones.length]!;
    const s = u * rng.range(0.18, 0.27);
    const cx = (W / cols) * ((cell % cols) + 0.5) + rng.range(-0.15, 0.15) * (W / cols);
    const cy = H * 0.12 + ((H * 0.62) / rows) * (Math.floor(cell / cols) + 0.5) + rng.range(-0.1, 0.1) * H;
    // The shadow on the floor below, fainter the higher the shape floats.
    const lift = (floorY - cy) / H;
    c.ellipse(cx, floorY, s * 0.6, s * 0.09, '#000000', { bare: true, opacity: Math.max(0.05, 0.22 - lift * 0.2) });
    drawShape(composition, kind, cx, cy, s, tone, rng.range(-25, 25));
  });
  const said = [...new Set(cells.map((_, i) => kinds[i % kinds.length]!))].map((k) => NAMES[k]);
  return { hero: `floating geometric shapes (${said.join(', ')})`, wore: [], held: [], around: [], heroPlace: 'filling the picture', accent: tones[0]!, fills: true };
}

function drawShape(composition: Composition, kind: ShapeKind, cx: number, cy: number, s: number, tone: string, tilt: number): void {
  const c = composition.c;
  const light = mixHex(tone, '#ffffff', 0.45), dark = shade(tone, -0.28);
  const p = (x: number, y: number) => `${fmt(cx + x * s)} ${fmt(cy + y * s)}`;
  switch (kind) {
    case 'sphere':
      c.circle(cx, cy, s * 0.5, c.radial([[0, light], [0.55, tone], [1, dark]], [0.35, 0.3, 0.75]), { layer: 'fg' });
      break;
    case 'cube': {
      // Three faces of a cube seen from above: top lit, left mid, right in shade.
      const t = `rotate(${fmt(tilt * 0.4)} ${fmt(cx)} ${fmt(cy)})`;
      c.path(`M${p(0, -0.5)}L${p(0.45, -0.25)}L${p(0, 0)}L${p(-0.45, -0.25)}Z`, light, { layer: 'fg', transform: t });
      c.path(`M${p(-0.45, -0.25)}L${p(0, 0)}L${p(0, 0.5)}L${p(-0.45, 0.25)}Z`, tone, { layer: 'fg', transform: t });
      c.path(`M${p(0, 0)}L${p(0.45, -0.25)}L${p(0.45, 0.25)}L${p(0, 0.5)}Z`, dark, { layer: 'fg', transform: t });
      break;
    }
    case 'plane': {
      // A thin slab seen at an angle: its face and a sliver of edge.
      const t = `rotate(${fmt(tilt)} ${fmt(cx)} ${fmt(cy)})`;
      c.path(`M${p(-0.6, -0.1)}L${p(0.2, -0.35)}L${p(0.6, 0.05)}L${p(-0.2, 0.3)}Z`, c.linear([[0, light], [1, tone]], [0, 0, 1, 1]), { layer: 'fg', transform: t });
      c.path(`M${p(-0.6, -0.1)}L${p(-0.2, 0.3)}L${p(-0.2, 0.36)}L${p(-0.6, -0.04)}Z`, dark, { layer: 'fg', transform: t });
      c.path(`M${p(-0.2, 0.3)}L${p(0.6, 0.05)}L${p(0.6, 0.11)}L${p(-0.2, 0.36)}Z`, shade(tone, -0.15), { layer: 'fg', transform: t });
      break;
    }
    case 'cylinder':
      c.ellipse(cx, cy + s * 0.4, s * 0.3, s * 0.1, dark, { layer: 'fg' });
      c.rect(cx - s * 0.3, cy - s * 0.4, s * 0.6, s * 0.8, c.linear([[0, light], [0.5, tone], [1, dark]], [0, 0, 1, 0]), { layer: 'fg' });
      c.ellipse(cx, cy - s * 0.4, s * 0.3, s * 0.1, light, { layer: 'fg' });
      break;
    case 'ring':
      c.circle(cx, cy, s * 0.4, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint(tone, 'fg')}" stroke-width="${fmt(s * 0.16)}"` });
      c.circle(cx, cy, s * 0.4, 'none', { layer: 'fg', bare: true, opacity: 0.6, extra: `stroke="${c.paint(light, 'fg')}" stroke-width="${fmt(s * 0.05)}" stroke-dasharray="${fmt(s * 0.6)} ${fmt(s * 2)}"` });
      break;
  }
}
