// An onboarding or welcome screen (docs/local-engine-modes.md, "What a screen shows"): a large
// illustration on a soft disc (the app's subject, drawn by `art`), a headline and a line under
// it, page dots with the first one long, and a wide "Get started" button.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex } from '../color.js';
import type { Rect } from '../stage.js';
import { textBars } from './charts.js';

export function drawOnboarding(c: Canvas, r: Rect, accent: string, dark: boolean, art?: (box: Rect) => void): void {
  c.rect(r.x, r.y, r.w, r.h, dark ? '#121726' : '#f7f5ff', { layer: 'fg', bare: true });
  const cx = r.x + r.w / 2, u = r.w;
  c.circle(cx, r.y + r.h * 0.3, u * 0.36, mixHex(accent, dark ? '#000000' : '#ffffff', dark ? 0.5 : 0.75), { layer: 'fg', bare: true });
  const s = u * 0.5;
  if (art) art({ x: cx - s / 2, y: r.y + r.h * 0.3 - s / 2, w: s, h: s });
  const ink = dark ? '#eef2f8' : '#1f2636';
  c.rect(r.x + u * 0.18, r.y + r.h * 0.57, u * 0.64, r.h * 0.035, ink, { rx: r.h * 0.017, layer: 'fg', bare: true });
  textBars(c, r.x + u * 0.14, r.y + r.h * 0.64, u * 0.72, r.h * 0.014, [1, 0.8], dark ? '#5b6478' : '#9aa3b2');
  [0, 1, 2].forEach((i) => {
    const w = i === 0 ? u * 0.08 : u * 0.03, x = cx - u * 0.1 + (i === 0 ? 0 : u * 0.06 + i * u * 0.05);
    c.rect(x, r.y + r.h * 0.74, w, u * 0.03, i === 0 ? accent : mixHex(accent, '#ffffff', 0.6), { rx: u * 0.015, layer: 'fg', bare: true });
  });
  const bh = r.h * 0.075, by = r.y + r.h * 0.84;
  c.rect(r.x + u * 0.1, by, u * 0.8, bh, accent, { rx: bh / 2, layer: 'fg' });
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(bh * 0.4)}" text-anchor="middle" x="${fmt(cx)}" y="${fmt(by + bh * 0.64)}" fill="#ffffff">Get started</text>`);
}
