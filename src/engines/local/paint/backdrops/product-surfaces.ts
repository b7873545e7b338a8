// What a product shot's product stands on (docs/local-engine-modes.md, "Product surfaces"): a
// tabletop band (or a plinth) in its material — veined marble, a black mirror with the product's
// faded reflection, a wet sheen with droplets, wood grain, sunlit grass under the sky, sand,
// concrete, draped silk — behind it the studio wall, or the sky outdoors.
import { fmt, type Canvas } from '../canvas.js';
import { luma, mixHex, parseHex, shade } from '../color.js';
import type { Rng } from '../prng.js';
import type { Rect } from '../stage.js';
import type { ProductSurface } from '../../plan/product-surface.js';
import { brushed, caustics, dusting, galleryWall, glassEdge } from './surface-extras.js';

/** Where the product stands: its base's centre and width (the plinth is sized to it). */
export interface Footing {
  x: number;
  bottom: number;
  w: number;
}

const BASE: Record<ProductSurface['material'], string> = {
  marble: '#eeebe5', glossy: '#dfe2e7', wood: '#9a6a43', grass: '#5c9a36', sand: '#e2c99a', concrete: '#a9a8a4', fabric: '#ead9c6', plain: '#e4e4e6',
  glass: '#cfe4ef', metal: '#b7bbc1', gallery: '#b3b1ac',
};

/** The surface's own colour: the one named, else its material's (black for dark words). */
export function surfaceColor(s: ProductSurface): string {
  // A gallery's named colour is its walls'; its floor is concrete.
  if (s.material === 'gallery') return s.dark ? '#4f5054' : BASE.gallery;
  if (s.color && !(s.material === 'grass' && s.color === '#3aa845')) return s.material === 'grass' ? mixHex(s.color, BASE.grass, 0.4) : s.color;
  if (s.dark) return s.material === 'concrete' ? '#4f5054' : s.material === 'wood' ? '#3b2617' : '#111216';
  return BASE[s.material];
}

const OUTDOOR = new Set<ProductSurface['material']>(['grass', 'sand']);

/**
 * The wall (or sky) and the surface, up to where the product's shadow goes; returns the surface's
 * top. `room`: the named room was painted behind already ("on a marble countertop in a kitchen").
 */
export function paintSurface(c: Canvas, s: ProductSurface, paper: string, at: Footing, rng: Rng, room = false): number {
  const { width: W, height: H } = c;
  const base = surfaceColor(s);
  const dark = luma(parseHex(base)) < 0.3;
  const top = s.plinth ? H * 0.8 : Math.min(at.bottom - H * 0.16, H * 0.7);
  const wall = dark && luma(parseHex(paper)) > 0.5 ? mixHex(paper, '#17181c', 0.82) : paper;
  if (room) c.rect(0, top - H * 0.01, W, H * 0.01, '#000000', { bare: true, opacity: 0.15 });
  else if (OUTDOOR.has(s.material)) paintSky(c, top, s.material === 'sand');
  else if (s.material === 'gallery') galleryWall(c, s.color ?? (s.dark ? '#2c2d31' : '#efece6'), top);
  else {
    c.rect(0, 0, W, H, c.linear([[0, mixHex(wall, '#000000', 0.12)], [0.6, wall], [1, mixHex(wall, '#000000', 0.08)]]), { bare: true });
    c.ellipse(W / 2, top * 0.7, W * 0.6, top * 0.7, c.radial([[0, '#ffffff', dark ? 0.12 : 0.45], [1, '#ffffff', 0]]), { bare: true });
  }
  if (s.plinth) {
    // The floor in the wall's tone, then the plinth: a block with a lit top, its face in the material.
    c.rect(0, top, W, H - top, c.linear([[0, mixHex(wall, '#000000', 0.08)], [1, mixHex(wall, '#000000', 0.18)]]), { bare: true });
    const pw = Math.min(W * 0.8, at.w * 1.7), faceTop = at.bottom + H * 0.02;
    const face: Rect = { x: at.x - pw / 2, y: faceTop, w: pw, h: H * 0.96 - faceTop };
    c.ellipse(at.x, H * 0.965, pw * 0.62, H * 0.02, c.radial([[0, '#000000', 0.3], [1, '#000000', 0]]), { bare: true });
    textured(c, s, face, base, rng, 0);
    // Shade the block's sides so it reads round against the wall, and light its top slab.
    c.rect(face.x, face.y, pw, face.h, c.linear([[0, '#000000', 0.22], [0.35, '#000000', 0], [0.7, '#000000', 0], [1, '#000000', 0.3]], [0, 0, 1, 0]), { bare: true });
    c.rect(face.x - pw * 0.02, at.bottom - H * 0.03, pw * 1.04, H * 0.05, c.linear([[0, shade(base, 0.25)], [1, shade(base, -0.05)]]), { bare: true });
    c.rect(face.x - pw * 0.02, at.bottom + H * 0.018, pw * 1.04, Math.max(1, H * 0.004), shade(base, -0.35), { bare: true, opacity: 0.6 });
    return at.bottom - H * 0.03;
  }
  const band: Rect = { x: 0, y: top, w: W, h: H - top };
  // Outdoors the ground runs to the frame's foot; a tabletop shows its front edge.
  const edge = OUTDOOR.has(s.material) || s.material === 'fabric' || s.material === 'gallery' ? 0 : H * 0.05;
  textured(c, s, band, base, rng, edge);
  return top;
}

function paintSky(c: Canvas, horizon: number, sea: boolean): void {
  const { width: W } = c;
  c.rect(0, 0, W, horizon + 2, c.linear([[0, '#79b8e8'], [0.7, '#bfe0f5'], [1, '#f3f8fb']]), { bare: true });
  c.circle(W * 0.18, horizon * 0.22, Math.max(W, horizon) * 0.5, c.radial([[0, '#fff6d8', 0.95], [0.3, '#fff2c4', 0.35], [1, '#fff2c4', 0]]), { bare: true });
  if (sea) {
    c.rect(0, horizon - horizon * 0.12, W, horizon * 0.12 + 2, c.linear([[0, '#3f8fc4'], [1, '#7cc0e0']]), { bare: true });
    return;
  }
  // Trees far off, out of focus: soft blobs along the horizon.
  for (let i = 0; i < 9; i++) {
    const x = (W * (i + 0.5)) / 9, r = horizon * (0.14 + (i % 3) * 0.05);
    c.circle(x, horizon - r * 0.35, r, c.radial([[0, i % 2 ? '#6fa35a' : '#86b86c', 0.55], [1, '#86b86c', 0]]), { bare: true });
  }
}

/** The material over `r`, lit at the back, with its front edge (`edge` tall) shaded. */
function textured(c: Canvas, s: ProductSurface, r: Rect, base: string, rng: Rng, edge: number): void {
  const top = r.y, H = r.y + r.h;
  const far = s.material === 'grass' ? mixHex(base, '#d8e8a0', 0.35) : shade(base, 0.12);
  c.rect(r.x, r.y, r.w, r.h, c.linear([[0, far], [1, shade(base, -0.12)]]), { bare: true });
  // Only a plinth's face needs its texture clipped (a group clip costs a layer as big as the picture).
  const clipped = r.x > 0;
  if (clipped) {
    const clip = c.id('srf');
    c.def(`<clipPath id="${clip}"><rect x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.w)}" height="${fmt(r.h)}"/></clipPath>`);
    c.group(`clip-path="url(#${clip})"`);
  }
  const m = Math.min(c.width, c.height);
  switch (s.material) {
    case 'marble': veins(c, r, base, rng); break;
    case 'wood': {
      let grain = '';
      for (let i = 0; i < 26; i++) {
        const y = top + r.h * rng.range(0.02, 0.98), x = r.x + rng.range(-0.1, 0.8) * r.w;
        grain += `M${fmt(x)} ${fmt(y)}q${fmt(r.w * 0.12)} ${fmt(m * rng.range(-0.012, 0.012))} ${fmt(r.w * rng.range(0.2, 0.4))} 0`;
      }
      c.line(grain, shade(base, -0.3), Math.max(0.8, m * 0.003), { bare: true, opacity: 0.55 });
      let seams = '';
      for (const f of [0.3, 0.62]) seams += `M${fmt(r.x)} ${fmt(top + r.h * f)}h${fmt(r.w)}`;
      c.line(seams, shade(base, -0.45), Math.max(1, m * 0.004), { bare: true, opacity: 0.6 });
      break;
    }
    case 'grass': {
      let blades = '';
      for (let i = 0; i < 300; i++) {
        const y = top + r.h * Math.sqrt(rng.next()), x = r.x + rng.next() * r.w, len = m * (0.012 + ((y - top) / r.h) * 0.035);
        blades += `M${fmt(x)} ${fmt(y)}l${fmt(rng.range(-0.35, 0.35) * len)} ${fmt(-len)}`;
      }
      c.line(blades, shade(base, -0.28), Math.max(0.8, m * 0.003), { bare: true, opacity: 0.8 });
      c.line(blades.split('M').slice(0, 110).join('M'), mixHex(base, '#d9f08a', 0.45), Math.max(0.6, m * 0.002), { bare: true, opacity: 0.7, transform: `translate(${fmt(m * 0.004)} 0)` });
      break;
    }
    case 'sand': {
      let ripples = '';
      for (let i = 0; i < 14; i++) {
        const y = top + r.h * ((i + rng.range(0.2, 0.8)) / 14);
        ripples += `M${fmt(r.x)} ${fmt(y)}q${fmt(r.w * 0.12)} ${fmt(-m * 0.01)} ${fmt(r.w * 0.25)} 0t${fmt(r.w * 0.25)} 0t${fmt(r.w * 0.25)} 0t${fmt(r.w * 0.25)} 0`;
      }
      c.line(ripples, shade(base, -0.15), Math.max(0.8, m * 0.004), { bare: true, opacity: 0.5 });
      specks(c, r, shade(base, -0.3), rng, 160);
      break;
    }
    case 'glass': if (s.caustics) caustics(c, r, base, rng); break;
    case 'metal': brushed(c, r, base, rng); break;
    case 'concrete':
    case 'gallery':
      for (let i = 0; i < 7; i++) c.ellipse(r.x + rng.next() * r.w, top + r.h * rng.range(0.1, 0.9), m * rng.range(0.05, 0.14), m * rng.range(0.015, 0.04), shade(base, rng.range(-0.12, 0.1)), { bare: true, opacity: 0.45 });
      specks(c, r, shade(base, -0.35), rng, 240);
      break;
    case 'fabric': {
      // Folds: broad soft bands swept across, light crests and shaded troughs.
      for (let i = 0; i < 6; i++) {
        const y = top + r.h * ((i + 0.7) / 6.5) + rng.range(0, r.h * 0.04), dy = r.h * rng.range(-0.1, 0.1);
        c.path(`M${fmt(r.x - 10)} ${fmt(y)}C${fmt(r.x + r.w * 0.3)} ${fmt(y + dy - r.h * 0.08)} ${fmt(r.x + r.w * 0.6)} ${fmt(y - dy + r.h * 0.1)} ${fmt(r.x + r.w + 10)} ${fmt(y + dy)}L${fmt(r.x + r.w + 10)} ${fmt(y + dy + r.h * 0.09)}C${fmt(r.x + r.w * 0.6)} ${fmt(y - dy + r.h * 0.2)} ${fmt(r.x + r.w * 0.3)} ${fmt(y + dy + r.h * 0.02)} ${fmt(r.x - 10)} ${fmt(y + r.h * 0.09)}Z`,
          i % 2 ? shade(base, -0.14) : shade(base, 0.22), { bare: true, opacity: 0.55 });
      }
      break;
    }
    default: break;
  }
  if (s.dust) dusting(c, r, s.dust, rng);
  if (clipped) c.end();
  // A glossy or wet top catches a streak of the light from above.
  if (s.reflective || s.wet || s.material === 'glossy' || s.material === 'fabric') {
    c.ellipse(r.x + r.w * 0.5, top + r.h * 0.18, r.w * 0.45, r.h * 0.12, c.radial([[0, '#ffffff', s.dark ? 0.16 : 0.35], [1, '#ffffff', 0]]), { bare: true });
  }
  if (edge > 0) {
    // The tabletop's back edge against the wall, and its front edge below.
    c.rect(r.x, top, r.w, Math.max(1, m * 0.003), shade(base, luma(parseHex(base)) < 0.3 ? 0.5 : 0.25), { bare: true, opacity: 0.8 });
    c.rect(r.x, H - edge, r.w, edge, c.linear([[0, shade(base, -0.25)], [1, shade(base, -0.4)]]), { bare: true });
    c.rect(r.x, H - edge, r.w, Math.max(1, m * 0.004), shade(base, 0.3), { bare: true, opacity: 0.7 });
    if (s.material === 'glass') glassEdge(c, r, base, edge);
  }
}

function veins(c: Canvas, r: Rect, base: string, rng: Rng): void {
  const dark = luma(parseHex(base)) < 0.35;
  const ink = dark ? '#e8e2d2' : '#8d8f99';
  const m = Math.min(c.width, c.height);
  for (let i = 0; i < 6; i++) {
    // A vein wanders across the stone on a diagonal, in short jittered reaches.
    let x = r.x - 5 + rng.range(-0.3, 0.5) * r.w, y = r.y + rng.next() * r.h;
    const slope = rng.range(-0.35, 0.35) * (r.h / r.w) * 2;
    let d = `M${fmt(x)} ${fmt(y)}`;
    for (let k = 0; k < 7; k++) {
      const dx = r.w * rng.range(0.08, 0.16);
      // A vein about to leave the stone turns back into it.
      const lo = r.y + r.h * 0.03, hi = r.y + r.h * 0.97;
      let ny = y + dx * slope + rng.range(-0.06, 0.06) * r.h;
      if (ny < lo || ny > hi) ny = Math.min(hi, Math.max(lo, 2 * y - ny));
      const nx = x + dx;
      d += `Q${fmt(x + dx * 0.5)} ${fmt((y + ny) / 2)} ${fmt(nx)} ${fmt(ny)}`;
      x = nx;
      y = ny;
    }
    c.line(d, ink, m * rng.range(0.002, 0.005), { bare: true, opacity: rng.range(0.4, 0.65) });
    const bx = r.x + r.w * rng.next(), by = r.y + r.h * rng.next();
    c.line(`M${fmt(bx)} ${fmt(by)}q${fmt(m * rng.range(0.05, 0.12))} ${fmt(m * rng.range(-0.03, 0.03))} ${fmt(m * rng.range(0.1, 0.2))} ${fmt(m * rng.range(-0.04, 0.04))}`, ink, m * 0.0012, { bare: true, opacity: 0.35 });
  }
  // Soft clouding in the stone.
  for (let i = 0; i < 5; i++) c.ellipse(r.x + rng.next() * r.w, r.y + r.h * rng.range(0.15, 0.9), r.w * 0.18, r.h * 0.12, c.radial([[0, dark ? '#3a3a44' : '#d4d2d0', 0.4], [1, '#d4d2d0', 0]]), { bare: true });
}

function specks(c: Canvas, r: Rect, ink: string, rng: Rng, n: number): void {
  let d = '';
  const s = Math.max(0.6, Math.min(c.width, c.height) * 0.0025);
  for (let i = 0; i < n; i++) d += `M${fmt(r.x + rng.next() * r.w)} ${fmt(r.y + rng.next() * r.h)}h${fmt(s)}`;
  c.line(d, ink, s, { bare: true, opacity: 0.5 });
}

/**
 * The product mirrored in a polished (or wet) top, fading away from its base: `draw` paints the
 * product as usual and is run again inside a flipped, masked group.
 */
export function paintReflection(c: Canvas, s: ProductSurface, at: Footing, h: number, draw: () => void): void {
  if (!s.reflective && !s.wet) return;
  const grad = c.id('rfg'), mask = c.id('rfm');
  c.def(`<linearGradient id="${grad}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffffff" stop-opacity="1"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></linearGradient>`);
  c.def(`<mask id="${mask}" maskUnits="userSpaceOnUse" x="${fmt(at.x - at.w)}" y="${fmt(at.bottom)}" width="${fmt(at.w * 2)}" height="${fmt(h * 0.55)}"><rect x="0" y="${fmt(at.bottom)}" width="${c.width}" height="${fmt(h * 0.55)}" fill="url(#${grad})"/></mask>`);
  c.group(`mask="url(#${mask})" opacity="${s.reflective ? (s.dark ? 0.42 : 0.3) : 0.2}"`);
  c.group(`transform="translate(0 ${fmt(2 * at.bottom)}) scale(1 -1)"`);
  draw();
  c.end();
  c.end();
}

/** Droplets on a wet top, and grass blades over the product's base (drawn after the product). */
export function paintSurfaceFront(c: Canvas, s: ProductSurface, at: Footing, top: number, rng: Rng): void {
  const { width: W, height: H } = c;
  const m = Math.min(W, H);
  if (s.wet) {
    const base = surfaceColor(s);
    for (let i = 0; i < 46; i++) {
      const x = rng.next() * W, y = top + (H - top) * rng.range(0.05, 0.92);
      if (Math.abs(x - at.x) < at.w * 0.5 && y < at.bottom) continue;
      const r = m * rng.range(0.003, 0.011) * (0.6 + (y - top) / (H - top));
      c.ellipse(x, y, r, r * 0.75, shade(base, -0.25), { bare: true, opacity: 0.45 });
      c.ellipse(x, y - r * 0.1, r * 0.85, r * 0.6, mixHex(base, '#ffffff', 0.45), { bare: true, opacity: 0.55 });
      c.circle(x - r * 0.35, y - r * 0.3, r * 0.22, '#ffffff', { bare: true, opacity: 0.9 });
    }
  }
  if (s.material === 'grass') {
    let blades = '';
    for (let i = 0; i < 60; i++) {
      const x = at.x + rng.range(-0.6, 0.6) * at.w, y = at.bottom + m * rng.range(-0.005, 0.02), len = m * rng.range(0.015, 0.04);
      blades += `M${fmt(x)} ${fmt(y)}l${fmt(rng.range(-0.3, 0.3) * len)} ${fmt(-len)}`;
    }
    c.line(blades, shade(surfaceColor(s), -0.15), Math.max(0.8, m * 0.003), { bare: true, layer: 'fg' });
  }
}
