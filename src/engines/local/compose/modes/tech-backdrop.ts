// An abstract tech background (docs/local-engine-modes.md, "Abstract tech backgrounds"): "abstract
// digital landscape of interconnected nodes and flowing data streams, dark navy, glowing teal
// lines". No subject: a dark field in the asked colour, and drawn over it in the asked line colour
// with a glow (a wide faint stroke under each thin bright one) the kinds the prompt names: a mesh
// of linked nodes, flowing streams of lines with data dots, circuit traces ending in pads, glowing
// particles, and for a landscape a receding wireframe terrain.
import { fmt } from '../../paint/canvas.js';
import { mixHex } from '../../paint/color.js';
import { colorName } from '../../read/lexicon-scene.js';
import type { Composition } from '../composition.js';
import type { ModeResult } from './mode-kit.js';

export type TechKind = 'nodes' | 'streams' | 'circuits' | 'particles' | 'terrain';

const KIND_WORDS: [TechKind, RegExp][] = [
  ['nodes', /\b(nodes?|networks?|interconnected|connections?|connected|plexus|mesh|constellations?|neural|web of)\b/],
  ['streams', /\b(streams?|flowing|flows?|waves?|currents?|ribbons?|data flow)\b/],
  ['circuits', /\b(circuits?|circuitry|traces?|pcb|motherboard|microchips?|chips?)\b/],
  ['particles', /\b(particles?|dots|sparks?|bokeh|dust|points of light|stars)\b/],
  ['terrain', /\b(landscapes?|terrain|grid|horizon|wireframe)\b/],
];
const NAMES: Record<TechKind, string> = {
  nodes: 'a mesh of glowing nodes joined by lines', streams: 'flowing streams of lines with data dots', circuits: 'circuit traces ending in round pads',
  particles: 'glowing particles', terrain: 'a wireframe terrain receding to the horizon',
};

/** The kinds asked for, in the order the table lists them; nodes and particles when none is named. */
export function techKinds(lower: string): TechKind[] {
  const named = KIND_WORDS.filter(([, re]) => re.test(lower)).map(([k]) => k);
  return named.length ? named : ['nodes', 'particles'];
}

const lum = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return (0.3 * (n >> 16) + 0.59 * ((n >> 8) & 255) + 0.11 * (n & 255)) / 255;
};

export function composeTech(composition: Composition): ModeResult {
  const { c, plan, rng } = composition;
  const { W, H } = composition.stage;
  const u = Math.min(W, H);
  const lower = plan.prompt.toLowerCase();
  const named = [...new Set([...plan.mode!.colors, ...(plan.palette ?? []).map((p) => p.hex)])];
  // The field is the darkest colour named (a light one is deepened), the lines the brightest other.
  const sorted = [...named].sort((a, b) => lum(a) - lum(b));
  const light = /\b(?:white|light|pale)\s+(?:background|backdrop)\b/.test(lower);
  const field = light ? '#f4f7fb' : sorted[0] ? (lum(sorted[0]) > 0.3 ? mixHex(sorted[0], '#05070f', 0.75) : sorted[0]) : '#070b1e';
  const line = sorted.length > 1 ? sorted.at(-1)! : sorted[0] && lum(sorted[0]) > 0.3 ? sorted[0] : light ? '#1f6fd1' : '#3de0e6';
  const second = sorted.length > 2 ? sorted[sorted.length - 2]! : mixHex(line, '#ffffff', 0.35);
  c.rect(0, 0, W, H, c.radial([[0, mixHex(field, line, light ? 0.05 : 0.18)], [1, field]], [0.5, 0.45, 0.8]), { bare: true });
  const glowing = (d: string, hex: string, w: number, o = 1) => {
    c.line(d, hex, w * 5, { bare: true, layer: 'fg', opacity: 0.16 * o });
    c.line(d, hex, w * 2.2, { bare: true, layer: 'fg', opacity: 0.25 * o });
    c.line(d, mixHex(hex, '#ffffff', 0.25), w, { bare: true, layer: 'fg', opacity: 0.95 * o });
  };
  const dot = (x: number, y: number, r: number, hex: string, o = 1) => {
    c.circle(x, y, r * 3.2, hex, { bare: true, layer: 'fg', opacity: 0.12 * o });
    c.circle(x, y, r * 1.8, hex, { bare: true, layer: 'fg', opacity: 0.3 * o });
    c.circle(x, y, r, mixHex(hex, '#ffffff', 0.45), { bare: true, layer: 'fg', opacity: o });
  };
  const kinds = techKinds(lower);
  const lw = u * 0.005;
  for (const kind of kinds) {
    if (kind === 'terrain') {
      // Rows of a rippling grid, closer together towards the horizon.
      const top = H * 0.55;
      for (let i = 0; i < 11; i++) {
        const t = i / 10, y = top + (H - top) * t * t;
        const pts = Array.from({ length: 25 }, (_, k) => `${fmt((W * k) / 24)} ${fmt(y - Math.sin(k * 0.7 + i) * u * 0.02 * t)}`);
        glowing(`M${pts.join('L')}`, second, lw * (0.5 + t), 0.35 + 0.5 * t);
      }
      for (let k = -8; k <= 8; k++) glowing(`M${fmt(W / 2 + k * W * 0.02)} ${fmt(top)}L${fmt(W / 2 + k * W * 0.16)} ${fmt(H)}`, second, lw * 0.6, 0.45);
    } else if (kind === 'streams') {
      // Bundles of parallel curves sweeping across, with data dots riding them.
      for (let b = 0; b < 2; b++) {
        const y0 = H * (0.3 + b * 0.35), amp = H * rng.range(0.08, 0.14), ph = rng.range(0, 3);
        for (let j = 0; j < 7; j++) {
          const off = (j - 3) * u * 0.018;
          const y = (x: number) => y0 + off + Math.sin((x / W) * 5 + ph + j * 0.08) * amp;
          const pts = Array.from({ length: 33 }, (_, k) => `${fmt((W * k) / 32)} ${fmt(y((W * k) / 32))}`);
          glowing(`M${pts.join('L')}`, j % 3 === 1 ? second : line, lw * 0.7, 0.55);
          for (let k = 0; k < 4; k++) {
            const x = W * rng.range(0, 1);
            dot(x, y(x), u * 0.004, line);
          }
        }
      }
    } else if (kind === 'circuits') {
      // Traces run straight, bend by 45 degrees and end in round pads.
      for (let i = 0; i < 16; i++) {
        let x = W * rng.range(0.02, 0.98), y = H * rng.range(0.05, 0.95);
        const pts = [`${fmt(x)} ${fmt(y)}`];
        const horizontal = rng.next() < 0.5;
        for (let s = 0; s < 3; s++) {
          const len = u * rng.range(0.08, 0.22), dir = rng.next() < 0.5 ? -1 : 1;
          if ((s % 2 === 0) === horizontal) x += len * dir;
          else y += len * dir;
          pts.push(`${fmt(x)} ${fmt(y)}`);
          const diag = u * 0.04 * dir;
          x += diag;
          y += diag;
          pts.push(`${fmt(x)} ${fmt(y)}`);
        }
        glowing(`M${pts.join('L')}`, i % 4 === 0 ? second : line, lw * 0.8, 0.75);
        dot(x, y, u * 0.007, line);
        c.circle(x, y, u * 0.004, mixHex(field, '#000000', 0.2), { bare: true, layer: 'fg' });
      }
    } else if (kind === 'nodes') {
      // Points scattered over the frame, each joined to its nearest neighbours.
      const pts = Array.from({ length: 26 }, () => [W * rng.range(0.03, 0.97), H * rng.range(0.05, kinds.includes('terrain') ? 0.6 : 0.95)] as const);
      const reach = u * 0.36;
      for (let i = 0; i < pts.length; i++) {
        const near = pts.map((p, j) => ({ j, d: Math.hypot(p[0] - pts[i]![0], p[1] - pts[i]![1]) })).filter((n) => n.j > i && n.d < reach).sort((a, b) => a.d - b.d).slice(0, 3);
        for (const n of near) glowing(`M${fmt(pts[i]![0])} ${fmt(pts[i]![1])}L${fmt(pts[n.j]![0])} ${fmt(pts[n.j]![1])}`, line, lw * 0.6, 0.35 + 0.5 * (1 - n.d / reach));
      }
      pts.forEach(([x, y], i) => dot(x, y, u * (i % 5 === 0 ? 0.011 : 0.006), i % 3 === 0 ? second : line));
    } else {
      for (let i = 0; i < 70; i++) dot(W * rng.next(), H * rng.next(), u * rng.range(0.002, 0.007), i % 3 === 0 ? second : line, rng.range(0.35, 1));
    }
  }
  const on = [colorName(field) && `on a dark ${colorName(field)} field`, colorName(line) && `in glowing ${colorName(line)}`].filter(Boolean).join(' ');
  const hero = `an abstract tech background: ${kinds.map((k) => NAMES[k]).join(', ')}${on ? ` ${on}` : ''}`;
  return { hero, wore: [], held: [], around: [], heroPlace: 'filling the picture', accent: line, fills: true };
}
