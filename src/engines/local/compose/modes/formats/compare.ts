// A side-by-side comparison (docs/local-engine-modes.md, "Formats"): the frame split by a divider,
// each half its own scene (planned from the words for that side, left then right as written), a
// label pill at the top of each half, a "VS" badge on the divider for "X vs Y". A before-and-after
// shows the same scene twice: the left faded, grey and dusty, the right bright with sparkles.
import { fmt, type Canvas } from '../../../paint/canvas.js';
import type { Rng } from '../../../paint/prng.js';
import type { Rect } from '../../../paint/stage.js';
import type { Composition } from '../../composition.js';
import { embed, panelScene, setText, type InnerScene } from './format-kit.js';
import { textWidth } from '../../../paint/signs.js';

export function composeCompare(composition: Composition, inner: InnerScene): string {
  const { c, plan } = composition;
  const mode = plan.mode!;
  const f = mode.format!;
  const { W, H } = composition.stage;
  const panels = mode.panels ?? [];
  const sides = f.sides ?? [];
  const gap = Math.max(2, Math.round(W * 0.008));
  const half = Math.floor((W - gap) / 2);
  c.rect(0, 0, W, H, '#ffffff', { bare: true });
  const shown: string[] = [];
  sides.forEach((side, i) => {
    const r: Rect = { x: i === 0 ? 0 : W - half, y: 0, w: half, h: H };
    const panel = panels[i];
    if (!panel) return;
    const faded = f.beforeAfter && i === 0;
    // The before half is painted grey (the black-and-white grade: no filter to pay for), then dulled and dusted.
    const scene = panelScene(inner, faded ? { ...panel, lighting: [...panel.lighting.filter((l) => l !== 'mono'), 'mono'] } : panel, r);
    embed(c, scene.svg, r);
    if (faded) c.rect(r.x, r.y, r.w, r.h, '#8a7558', { bare: true, layer: 'fg', opacity: 0.22 });
    if (faded) dust(c, r, composition.rng.fork('dust'));
    if (f.beforeAfter && i === 1) sparkles(c, r, composition.rng.fork('sparkle'));
    pill(c, r, side.label, i === 0 ? '#1d2330' : f.beforeAfter ? '#1f8a5b' : '#1d2330');
    shown.push(`the ${i === 0 ? 'left' : 'right'} half labelled "${side.label}" showing ${scene.shows}${faded ? ' (faded, grey and dusty)' : f.beforeAfter && i === 1 ? ' (bright and clean, with sparkles)' : ''}`);
  });
  // The divider: a white bar with a round handle, or a "VS" badge.
  const cx = W / 2;
  c.rect(cx - gap / 2, 0, gap, H, '#ffffff', { bare: true, layer: 'fg' });
  const u = Math.min(W, H);
  if (f.versus) {
    const rr = u * 0.075;
    c.circle(cx, H / 2, rr * 1.12, '#ffffff', { bare: true, layer: 'fg' });
    c.circle(cx, H / 2, rr, '#e0383e', { bare: true, layer: 'fg' });
    setText(c, 'VS', { x: cx - rr * 0.7, y: H / 2 - rr * 0.45, w: rr * 1.4, h: rr * 0.9 }, '#ffffff', { maxLines: 1 });
  } else {
    const rr = u * 0.04;
    c.circle(cx, H / 2, rr, '#ffffff', { bare: true, layer: 'fg' });
    for (const d of [-1, 1]) c.polygon([cx + d * rr * 0.25, H / 2 - rr * 0.35, cx + d * rr * 0.65, H / 2, cx + d * rr * 0.25, H / 2 + rr * 0.35], '#1d2330', { bare: true, layer: 'fg' });
  }
  const divider = f.versus ? 'a red "VS" badge on the divider' : 'a white divider with a round handle';
  return `${f.label}: the frame split in two halves by ${divider}; ${shown.join('; ')}`;
}

/** A label in a dark pill at the top of a half. */
function pill(c: Canvas, r: Rect, label: string, fill: string): void {
  const u = Math.min(c.width, c.height);
  const size = Math.min(u * 0.05, (r.w * 0.8) / Math.max(1, textWidth(label) * 1.15 + 0.8));
  const w = size * (textWidth(label) * 1.15 + 1.2), h = size * 1.7;
  const x = r.x + r.w / 2 - w / 2, y = r.y + u * 0.04;
  c.rect(x, y, w, h, fill, { rx: h / 2, bare: true, layer: 'fg', opacity: 0.92 });
  setText(c, label, { x: x + size * 0.5, y: y + h * 0.18, w: w - size, h: h * 0.64 }, '#ffffff', { maxLines: 1, spacing: 0.1 });
}

/** Specks and a few scratches over a faded half. */
function dust(c: Canvas, r: Rect, rng: Rng): void {
  for (let i = 0; i < 60; i++) c.circle(r.x + rng.next() * r.w, r.y + rng.next() * r.h, c.u * (0.12 + rng.next() * 0.3), '#5a4a32', { bare: true, layer: 'fg', opacity: 0.35 });
  for (let i = 0; i < 5; i++) {
    const x = r.x + rng.next() * r.w, y = r.y + rng.next() * r.h;
    c.line(`M${fmt(x)} ${fmt(y)}l${fmt(rng.range(-8, 8) * c.u)} ${fmt(rng.range(4, 12) * c.u)}`, '#4a3d2a', c.u * 0.15, { layer: 'fg', opacity: 0.4, bare: true });
  }
}

/** Four-pointed white sparkles over a bright half. */
function sparkles(c: Canvas, r: Rect, rng: Rng): void {
  for (let i = 0; i < 7; i++) {
    const x = r.x + r.w * (0.12 + rng.next() * 0.76), y = r.y + r.h * (0.18 + rng.next() * 0.6), s = c.u * (1.4 + rng.next() * 1.8);
    c.path(`M${fmt(x)} ${fmt(y - s)}Q${fmt(x)} ${fmt(y)} ${fmt(x + s)} ${fmt(y)}Q${fmt(x)} ${fmt(y)} ${fmt(x)} ${fmt(y + s)}Q${fmt(x)} ${fmt(y)} ${fmt(x - s)} ${fmt(y)}Q${fmt(x)} ${fmt(y)} ${fmt(x)} ${fmt(y - s)}Z`, '#ffffff', { bare: true, layer: 'fg', opacity: 0.95 });
  }
}
