// The small pictures a described screen shows inside it (docs/local-engine-modes.md, "What a
// screen shows"): landscape thumbnails (hills under a sky, a sunset, mountains, a beach, a city,
// a forest, a night sky), a "</>" code card, and a tab bar's icons.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex } from '../color.js';
import type { Rect } from '../stage.js';
import type { SceneThumb } from '../../plan/modes/screen-content.js';
import { escapeXml, fitText } from '../signs.js';

const SKIES: Record<SceneThumb, [string, string]> = {
  landscape: ['#6ec6ff', '#d8f1ff'], sunset: ['#ff7a59', '#ffd27a'], mountains: ['#7fb4ff', '#e3efff'], beach: ['#4fc3f7', '#e0f7ff'],
  city: ['#8e9cff', '#ffd6e8'], forest: ['#9be7c4', '#f0fff4'], night: ['#0b1030', '#2a2f6a'],
};

/** A landscape in a rounded box; `shift` turns its colours so a grid of them is not all alike. */
export function drawSceneThumb(c: Canvas, r: Rect, kind: SceneThumb, shift = 0): void {
  const [top, low] = SKIES[kind];
  const tint = (hex: string) => (shift ? mixHex(hex, ['#ff7ab8', '#7a5cff', '#ffb347', '#3ecf8e'][shift % 4]!, 0.35) : hex);
  const rx = Math.min(r.w, r.h) * 0.08;
  c.rect(r.x, r.y, r.w, r.h, c.linear([[0, tint(top)], [1, tint(low)]]), { rx, layer: 'fg', bare: true });
  const p = (fx: number, fy: number) => `${fmt(r.x + r.w * fx)} ${fmt(r.y + r.h * fy)}`;
  const sun = kind === 'night' ? '#f5f3ce' : kind === 'sunset' ? '#fff1a8' : '#ffd23f';
  c.circle(r.x + r.w * (kind === 'sunset' ? 0.5 : 0.74), r.y + r.h * (kind === 'sunset' ? 0.58 : 0.3), Math.min(r.w, r.h) * (kind === 'sunset' ? 0.2 : 0.12), sun, { layer: 'fg', bare: true });
  if (kind === 'night') for (let i = 0; i < 9; i++) c.circle(r.x + r.w * ((i * 0.37 + 0.1) % 0.95), r.y + r.h * (0.1 + ((i * 0.23) % 0.4)), Math.min(r.w, r.h) * 0.012, '#ffffff', { layer: 'fg', bare: true });
  const clip = `M${p(0, 1)}`;
  if (kind === 'beach') {
    c.path(`${clip}L${p(0, 0.62)}L${p(1, 0.62)}L${p(1, 1)}Z`, tint('#1e88e5'), { layer: 'fg', bare: true });
    c.path(`${clip}L${p(0, 0.84)}Q${p(0.5, 0.72)} ${p(1, 0.8)}L${p(1, 1)}Z`, '#f4d58d', { layer: 'fg', bare: true });
  } else if (kind === 'city') {
    [[0.04, 0.5], [0.2, 0.35], [0.36, 0.55], [0.52, 0.28], [0.7, 0.45], [0.84, 0.38]].forEach(([x, y]) =>
      c.rect(r.x + r.w * x!, r.y + r.h * y!, r.w * 0.14, r.h * (1 - y!), tint('#4b4f7a'), { layer: 'fg', bare: true }));
  } else if (kind === 'mountains' || kind === 'night') {
    c.path(`${clip}L${p(0, 0.7)}L${p(0.3, 0.32)}L${p(0.52, 0.62)}L${p(0.7, 0.42)}L${p(1, 0.75)}L${p(1, 1)}Z`, tint(kind === 'night' ? '#23264a' : '#6b7aa6'), { layer: 'fg', bare: true });
    if (kind === 'mountains') c.path(`M${p(0.3, 0.32)}L${p(0.22, 0.42)}L${p(0.38, 0.42)}Z`, '#ffffff', { layer: 'fg', bare: true });
  } else {
    c.path(`${clip}L${p(0, 0.66)}Q${p(0.3, 0.5)} ${p(0.6, 0.68)}T${p(1, 0.6)}L${p(1, 1)}Z`, tint(kind === 'sunset' ? '#b4507a' : '#7cc96a'), { layer: 'fg', bare: true });
    c.path(`${clip}L${p(0, 0.82)}Q${p(0.4, 0.7)} ${p(1, 0.86)}L${p(1, 1)}Z`, tint(kind === 'sunset' ? '#6d2f5e' : '#3f9b4f'), { layer: 'fg', bare: true });
    if (kind === 'forest') [0.15, 0.3, 0.62, 0.8].forEach((x) => c.polygon([r.x + r.w * x, r.y + r.h * 0.5, r.x + r.w * (x - 0.07), r.y + r.h * 0.8, r.x + r.w * (x + 0.07), r.y + r.h * 0.8], '#2e7d32', { layer: 'fg', bare: true }));
  }
}

/** A dark card showing "</>" over a few coloured lines of code. */
export function drawCodeCard(c: Canvas, r: Rect, accent: string): void {
  c.rect(r.x, r.y, r.w, r.h, '#1e1f29', { rx: Math.min(r.w, r.h) * 0.08, layer: 'fg', bare: true });
  const { size } = fitText('</>', r.w * 0.6, r.h * 0.4, 1);
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" x="${fmt(r.x + r.w / 2)}" y="${fmt(r.y + r.h * 0.45 + size * 0.36)}" fill="${c.paint(mixHex(accent, '#ffffff', 0.3), 'fg')}">${escapeXml('</>')}</text>`);
  ['#ff79c6', '#8be9fd', '#50fa7b'].forEach((col, i) => c.rect(r.x + r.w * 0.18, r.y + r.h * (0.7 + i * 0.08), r.w * (0.6 - i * 0.12), r.h * 0.04, col, { rx: r.h * 0.02, layer: 'fg', bare: true }));
}

/** A tab bar's icon, drawn in a square box: a house, a grid of squares, an up arrow, a magnifier, a person, a gear ring. */
export function drawTabIcon(c: Canvas, name: string, r: Rect, color: string): void {
  const s = Math.min(r.w, r.h), cx = r.x + r.w / 2, cy = r.y + r.h / 2;
  const o = { layer: 'fg' as const, bare: true };
  const stroke = (w: number) => `stroke="${c.paint(color, 'fg')}" stroke-width="${fmt(w)}" stroke-linecap="round" stroke-linejoin="round"`;
  if (/home|house/.test(name)) {
    c.polygon([cx, cy - s * 0.42, cx - s * 0.42, cy, cx + s * 0.42, cy], color, o);
    c.rect(cx - s * 0.3, cy - s * 0.02, s * 0.6, s * 0.4, color, o);
  } else if (/galler|photo|grid|album|librar|style/.test(name)) {
    for (let i = 0; i < 4; i++) c.rect(cx - s * 0.4 + (i % 2) * s * 0.44, cy - s * 0.4 + Math.floor(i / 2) * s * 0.44, s * 0.36, s * 0.36, color, { ...o, rx: s * 0.06 });
  } else if (/upload|share|add|create|new/.test(name)) {
    c.path(`M${fmt(cx)} ${fmt(cy + s * 0.3)}V${fmt(cy - s * 0.35)}M${fmt(cx - s * 0.28)} ${fmt(cy - s * 0.08)}L${fmt(cx)} ${fmt(cy - s * 0.38)}L${fmt(cx + s * 0.28)} ${fmt(cy - s * 0.08)}M${fmt(cx - s * 0.4)} ${fmt(cy + s * 0.42)}H${fmt(cx + s * 0.4)}`, 'none', { ...o, extra: stroke(s * 0.1) });
  } else if (/search|explore|find/.test(name)) {
    c.circle(cx - s * 0.08, cy - s * 0.08, s * 0.26, 'none', { ...o, extra: stroke(s * 0.1) });
    c.path(`M${fmt(cx + s * 0.12)} ${fmt(cy + s * 0.12)}L${fmt(cx + s * 0.38)} ${fmt(cy + s * 0.38)}`, 'none', { ...o, extra: stroke(s * 0.12) });
  } else if (/profile|account|user|me\b|person/.test(name)) {
    c.circle(cx, cy - s * 0.16, s * 0.18, color, o);
    c.path(`M${fmt(cx - s * 0.36)} ${fmt(cy + s * 0.4)}Q${fmt(cx)} ${fmt(cy - s * 0.08)} ${fmt(cx + s * 0.36)} ${fmt(cy + s * 0.4)}Z`, color, o);
  } else {
    c.circle(cx, cy, s * 0.3, 'none', { ...o, extra: stroke(s * 0.12) });
    c.circle(cx, cy, s * 0.08, color, o);
  }
}
