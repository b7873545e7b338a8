// Screens drawn as shapes: a browser window, a laptop and a phone. Each draws its frame in a box
// and returns the box its page is painted in.
import { fmt, type Canvas } from '../canvas.js';
import type { Rect } from '../stage.js';

/** Width / height each device is drawn at. */
export const DEVICE_ASPECT = { browser: 1.55, laptop: 1.6, phone: 0.5 } as const;

function dropShadow(c: Canvas, r: Rect, rx: number): void {
  c.rect(r.x + r.w * 0.015, r.y + r.h * 0.04, r.w, r.h, '#0a1020', { rx, opacity: 0.22, bare: true, layer: 'fg' });
}

export function drawBrowser(c: Canvas, r: Rect): Rect {
  const rx = Math.min(r.w, r.h) * 0.035;
  dropShadow(c, r, rx);
  c.rect(r.x, r.y, r.w, r.h, '#ffffff', { rx, layer: 'fg' });
  const bar = Math.min(r.h * 0.085, r.w * 0.055);
  c.path(`M${fmt(r.x)} ${fmt(r.y + bar)}V${fmt(r.y + rx)}Q${fmt(r.x)} ${fmt(r.y)} ${fmt(r.x + rx)} ${fmt(r.y)}H${fmt(r.x + r.w - rx)}Q${fmt(r.x + r.w)} ${fmt(r.y)} ${fmt(r.x + r.w)} ${fmt(r.y + rx)}V${fmt(r.y + bar)}Z`, '#e6eaf0', { layer: 'fg', bare: true });
  ['#ff5f57', '#febc2e', '#28c840'].forEach((dot, i) => c.circle(r.x + bar * (0.6 + i * 0.55), r.y + bar / 2, bar * 0.17, dot, { layer: 'fg', bare: true }));
  c.rect(r.x + bar * 2.6, r.y + bar * 0.22, r.w * 0.55, bar * 0.56, '#ffffff', { rx: bar * 0.28, layer: 'fg', bare: true });
  c.rect(r.x + bar * 2.9, r.y + bar * 0.42, r.w * 0.16, bar * 0.16, '#b8c0cc', { rx: bar * 0.08, layer: 'fg', bare: true });
  return { x: r.x, y: r.y + bar, w: r.w, h: r.h - bar };
}

export function drawLaptop(c: Canvas, r: Rect): Rect {
  const lid = { x: r.x + r.w * 0.09, y: r.y, w: r.w * 0.82, h: r.h * 0.88 };
  const rx = lid.w * 0.025;
  dropShadow(c, lid, rx);
  c.rect(lid.x, lid.y, lid.w, lid.h, '#23262d', { rx, layer: 'fg' });
  const bezel = lid.w * 0.03;
  const screen = { x: lid.x + bezel, y: lid.y + bezel, w: lid.w - bezel * 2, h: lid.h - bezel * 2.2 };
  c.rect(screen.x, screen.y, screen.w, screen.h, '#ffffff', { layer: 'fg', bare: true });
  const baseY = r.y + r.h * 0.88;
  c.polygon([r.x, baseY + r.h * 0.02, r.x + r.w, baseY + r.h * 0.02, r.x + r.w * 0.97, r.y + r.h, r.x + r.w * 0.03, r.y + r.h], '#c3c8d0', { layer: 'fg' });
  c.rect(r.x, baseY, r.w, r.h * 0.035, '#dde1e7', { rx: r.h * 0.015, layer: 'fg' });
  c.rect(r.x + r.w * 0.43, baseY, r.w * 0.14, r.h * 0.02, '#a9afb8', { rx: r.h * 0.01, layer: 'fg', bare: true });
  return screen;
}

/** `glass` is the screen's colour around its page (dark for a dark page, so no white strip shows). */
export function drawPhone(c: Canvas, r: Rect, glass = '#ffffff'): Rect {
  const rx = r.w * 0.14;
  dropShadow(c, r, rx);
  c.rect(r.x, r.y, r.w, r.h, '#1d2026', { rx, layer: 'fg' });
  const inset = r.w * 0.05;
  const screen = { x: r.x + inset, y: r.y + inset, w: r.w - inset * 2, h: r.h - inset * 2 };
  c.rect(screen.x, screen.y, screen.w, screen.h, glass, { rx: rx * 0.75, layer: 'fg', bare: true });
  c.rect(r.x + r.w * 0.36, r.y + inset * 1.6, r.w * 0.28, inset * 1.1, '#1d2026', { rx: inset * 0.55, layer: 'fg', bare: true });
  return { x: screen.x, y: screen.y + inset * 3, w: screen.w, h: screen.h - inset * 4 };
}
