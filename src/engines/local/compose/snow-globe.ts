// A scene inside a snow globe ("a snow globe with a tiny castle"): the scene is composed on its own
// square canvas and set, clipped to a circle, into a glass sphere on a wooden base over a soft
// backdrop, with snow flecks in the glass (docs/local-engine.md, "Snow globes").
import type { Canvas } from '../paint/canvas.js';
import type { Rng } from '../paint/prng.js';

export interface GlobeLayout {
  /** The sphere: centre and radius. */
  cx: number;
  cy: number;
  r: number;
  /** The inner scene's square: top-left and side. Its ground sits just above the base. */
  x: number;
  y: number;
  d: number;
}

/** Where the sphere goes: as large as fits with its base below it. */
export function globeLayout(W: number, H: number): GlobeLayout {
  const r = Math.min(W * 0.4, H * 0.36);
  const cx = W / 2, cy = H * 0.06 + r + (H * 0.72 - 2 * r) * 0.5;
  const d = Math.round(2 * r * 1.04);
  return { cx, cy, r, x: Math.round(cx - d / 2), y: Math.round(cy + r * 0.94 - d), d };
}

/** The backdrop behind the globe: a soft studio gradient, or a dark blue at night. */
export function drawGlobeBackdrop(c: Canvas, night: boolean): void {
  const [a, b] = night ? ['#26305a', '#0c1226'] : ['#f3f1f6', '#c6cbd9'];
  c.rect(0, 0, c.width, c.height, c.radial([[0, a], [1, b]], [0.5, 0.42, 0.75]));
}

/** The inner scene's SVG, its ids renamed so they cannot clash with the outer picture's. */
export function embedScene(c: Canvas, innerSvg: string, g: GlobeLayout): void {
  const body = innerSvg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '')
    .replace(/id="/g, 'id="gl-').replace(/url\(#/g, 'url(#gl-').replace(/href="#/g, 'href="#gl-');
  const clip = c.id('globe');
  c.def(`<clipPath id="${clip}"><circle cx="${g.cx.toFixed(1)}" cy="${g.cy.toFixed(1)}" r="${g.r.toFixed(1)}"/></clipPath>`);
  c.add(`<g clip-path="url(#${clip})"><svg x="${g.x}" y="${g.y}" width="${g.d}" height="${g.d}" viewBox="0 0 ${g.d} ${g.d}">${body}</svg></g>`);
}

/** The glass (rim, shine, snow flecks) over the scene and the wooden base under the sphere. */
export function drawGlass(c: Canvas, g: GlobeLayout, rng: Rng): void {
  const { r, cx, cy } = g;
  for (let i = 0; i < 36; i++) {
    const a = rng.next() * Math.PI * 2, d = Math.sqrt(rng.next()) * r * 0.92;
    c.circle(cx + Math.cos(a) * d, cy + Math.sin(a) * d, r * (0.008 + rng.next() * 0.012), '#ffffff', { layer: 'fg', opacity: 0.85, bare: true });
  }
  c.circle(cx, cy, r, '#ffffff', { layer: 'fg', opacity: 0.07, bare: true, extra: `stroke="${c.paint('#ffffff', 'fg')}" stroke-opacity=".75" stroke-width="${(r * 0.025).toFixed(1)}"` });
  c.path(`M${cx - r * 0.72} ${cy - r * 0.2} A${r * 0.76} ${r * 0.76} 0 0 1 ${cx - r * 0.1} ${cy - r * 0.74}`, 'none', {
    layer: 'fg', extra: `stroke="${c.paint('#ffffff', 'fg')}" stroke-opacity=".55" stroke-width="${(r * 0.06).toFixed(1)}" stroke-linecap="round"`,
  });
  const top = cy + r * 0.9, h = r * 0.4;
  c.ellipse(cx, top + h + r * 0.04, r * 1.0, r * 0.08, '#000000', { layer: 'fg', opacity: 0.18, bare: true });
  c.polygon([cx - r * 0.78, top, cx + r * 0.78, top, cx + r * 0.95, top + h, cx - r * 0.95, top + h], c.linear([[0, '#8a5a33'], [1, '#5b3a20']]), { layer: 'fg' });
  c.rect(cx - r * 0.84, top + h * 0.3, r * 1.68, h * 0.16, '#d4a017', { layer: 'fg', opacity: 0.9 });
}
