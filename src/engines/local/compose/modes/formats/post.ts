// A social media post (docs/local-engine-modes.md, "Formats"): a white post card on a soft
// backdrop with an avatar circle (the author's initial), the name and handle, the post's words
// (the quoted text, else a line from the prompt), a picture (large for Instagram, smaller for a
// tweet when the prompt names something to show) and a row of reply, repost, like and share icons.
import { fmt, type Canvas } from '../../../paint/canvas.js';
import { mixHex } from '../../../paint/color.js';
import type { Rect } from '../../../paint/stage.js';
import type { Composition } from '../../composition.js';
import { accentOf, card, drawPanel, pictureOf, setText, textAt, type InnerScene } from './format-kit.js';

export function composePost(composition: Composition, inner: InnerScene): string {
  const { c, plan } = composition;
  const mode = plan.mode!;
  const f = mode.format!;
  const { W, H } = composition.stage;
  const accent = accentOf(plan, plan.prompt.length);
  const dark = mode.dark;
  const [from, to] = mode.colors.length >= 2 ? mode.colors : dark ? ['#10131c', '#1e2433'] : [mixHex(accent, '#ffffff', 0.78), mixHex(accent, '#ffffff', 0.55)];
  c.rect(0, 0, W, H, c.linear([[0, from!], [1, to!]], [0, 0, 1, 1]), { bare: true });
  const text = plan.texts.map((t) => t.text).join(' ') || f.postText;
  const picture = pictureOf(plan, { looseLast: true });
  const large = f.picture === 'large';
  const withPicture = large || picture !== undefined;
  // The card's height in units of its width: header, words, picture, icons.
  const textH = text ? (large ? 0.12 : 0.26) : 0.1;
  const picH = withPicture ? (large ? 0.8 : 0.5) : 0;
  const units = 0.2 + textH + picH + 0.16 + (withPicture && text ? 0.03 : 0);
  const w = Math.min(W * 0.86, (H * 0.9) / units), h = w * units;
  const r: Rect = { x: (W - w) / 2, y: (H - h) / 2, w, h };
  const paper = dark ? '#16181f' : '#ffffff', ink = dark ? '#eef1f6' : '#0f1419', grey = dark ? '#8b95a6' : '#6b7683';
  card(c, r, paper, w * 0.035);
  if (dark) c.rect(r.x, r.y, r.w, r.h, 'none', { rx: w * 0.035, bare: true, extra: `stroke="${c.paint('#3a4152')}" stroke-width="${fmt(Math.max(1, w * 0.003))}"` });
  const pad = w * 0.055;
  // Header: avatar, name, handle.
  const av = w * 0.065;
  const ay = r.y + w * 0.1;
  c.circle(r.x + pad + av, ay, av, c.linear([[0, mixHex(accent, '#ffffff', 0.25)], [1, accent]], [0, 0, 1, 1]), { bare: true, layer: 'fg' });
  const name = f.author;
  const initial = name ? name.charAt(0).toUpperCase() : undefined;
  if (initial) setText(c, initial, { x: r.x + pad + av * 0.4, y: ay - av * 0.6, w: av * 1.2, h: av * 1.2 }, '#ffffff', { maxLines: 1 });
  else personGlyph(c, r.x + pad + av, ay, av);
  const nx = r.x + pad + av * 2.5;
  const handle = name ? `@${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}` : undefined;
  if (name) {
    textAt(c, name, nx, ay - av * 0.1, w * 0.045, ink, { weight: 'bold' });
    textAt(c, `${handle} · 2h`, nx, ay + av * 0.75, w * 0.036, grey);
  } else {
    c.rect(nx, ay - av * 0.55, w * 0.3, w * 0.03, ink, { rx: w * 0.015, bare: true, layer: 'fg', opacity: 0.85 });
    c.rect(nx, ay + av * 0.25, w * 0.2, w * 0.024, grey, { rx: w * 0.012, bare: true, layer: 'fg', opacity: 0.7 });
  }
  platformMark(c, f.label, r.x + w - pad - w * 0.03, ay, w * 0.03, accent);
  let y = r.y + w * 0.2;
  if (text) {
    setText(c, text, { x: r.x + pad, y, w: w - 2 * pad, h: w * textH * 0.86 }, ink, { anchor: 'start', weight: 'normal', maxLines: large ? 2 : 3, maxSize: w * 0.06 });
    y += w * textH + (withPicture ? w * 0.03 : 0);
  } else {
    // No words to set: the post's words as grey lines.
    for (const [i, f] of [0.9, 0.6].entries()) c.rect(r.x + pad, y + w * (0.015 + i * 0.04), (w - 2 * pad) * f, w * 0.022, grey, { rx: w * 0.011, bare: true, layer: 'fg', opacity: 0.45 });
    y += w * (textH + 0.01);
  }
  let shows: string | undefined;
  if (withPicture) {
    const pr: Rect = large ? { x: r.x, y, w, h: w * picH } : { x: r.x + pad, y, w: w - 2 * pad, h: w * picH };
    shows = drawPanel(composition, inner, picture, pr, accent, large ? 0 : w * 0.025);
    y += w * picH;
  }
  const icons = iconRow(c, { x: r.x + pad, y: y + w * 0.03, w: w - 2 * pad, h: w * 0.1 }, grey, f.label);
  const who = name ? `an avatar with the initial "${initial}", the name "${name}" and the handle "${handle}"` : 'an avatar and the name and handle as placeholder lines';
  const parts = [`${f.label}: a post card with ${who}`];
  parts.push(text ? `the post reading "${text}"` : "the post's words as grey placeholder lines");
  if (shows) parts.push(shows.startsWith('a placeholder') ? shows : `${large ? 'a large square picture' : 'a picture'} of ${shows}`);
  parts.push(`and a row of ${icons} icons`);
  return parts.join(', ');
}

/** A person's head and shoulders in white, for an avatar with no name. */
function personGlyph(c: Canvas, cx: number, cy: number, r: number): void {
  c.circle(cx, cy - r * 0.2, r * 0.34, '#ffffff', { bare: true, layer: 'fg' });
  c.path(`M${fmt(cx - r * 0.62)} ${fmt(cy + r * 0.68)}Q${fmt(cx)} ${fmt(cy - r * 0.05)} ${fmt(cx + r * 0.62)} ${fmt(cy + r * 0.68)}Z`, '#ffffff', { bare: true, layer: 'fg' });
}

/** A small mark in the card's corner: a bird for a tweet, a camera for Instagram, "in" for LinkedIn. */
function platformMark(c: Canvas, label: string, cx: number, cy: number, s: number, accent: string): void {
  if (label === 'Instagram post') {
    c.rect(cx - s, cy - s, s * 2, s * 2, 'none', { rx: s * 0.55, bare: true, layer: 'fg', extra: `stroke="${c.paint('#d62976', 'fg')}" stroke-width="${fmt(s * 0.22)}"` });
    c.circle(cx, cy, s * 0.45, 'none', { bare: true, layer: 'fg', extra: `stroke="${c.paint('#d62976', 'fg')}" stroke-width="${fmt(s * 0.22)}"` });
  } else if (label === 'LinkedIn post') {
    c.rect(cx - s, cy - s, s * 2, s * 2, '#0a66c2', { rx: s * 0.3, bare: true, layer: 'fg' });
    setText(c, 'in', { x: cx - s * 0.8, y: cy - s * 0.75, w: s * 1.6, h: s * 1.5 }, '#ffffff', { maxLines: 1 });
  } else {
    c.circle(cx, cy, s, accent, { bare: true, layer: 'fg', opacity: 0.9 });
    c.circle(cx, cy, s * 0.4, '#ffffff', { bare: true, layer: 'fg' });
  }
}

/** Reply, repost, like and share (comment, like, send and save on Instagram), with small counts. */
function iconRow(c: Canvas, r: Rect, grey: string, label: string): string {
  const s = r.h * 0.3;
  const y = r.y + r.h / 2;
  const stroke = (k = 1) => `stroke="${c.paint(grey, 'fg')}" stroke-width="${fmt(s * 0.16 * k)}" stroke-linejoin="round" stroke-linecap="round"`;
  const insta = label === 'Instagram post';
  const kinds = insta ? ['like', 'reply', 'share'] : ['reply', 'repost', 'like', 'share'];
  const step = insta ? s * 3.4 : r.w / 4;
  const counts = ['24', '118', '1.2K', ''];
  kinds.forEach((k, i) => {
    const x = r.x + s + step * i;
    if (k === 'reply') c.path(`M${fmt(x - s)} ${fmt(y - s * 0.7)}h${fmt(s * 2)}v${fmt(s * 1.2)}h${fmt(-s * 1.1)}l${fmt(-s * 0.6)} ${fmt(s * 0.5)}v${fmt(-s * 0.5)}h${fmt(-s * 0.3)}Z`, 'none', { bare: true, layer: 'fg', extra: stroke() });
    if (k === 'repost') {
      c.path(`M${fmt(x - s)} ${fmt(y + s * 0.2)}v${fmt(-s * 0.7)}h${fmt(s * 1.6)}m${fmt(-s * 0.4)} ${fmt(-s * 0.35)}l${fmt(s * 0.4)} ${fmt(s * 0.35)}l${fmt(-s * 0.4)} ${fmt(s * 0.35)}`, 'none', { bare: true, layer: 'fg', extra: stroke() });
      c.path(`M${fmt(x + s)} ${fmt(y - s * 0.2)}v${fmt(s * 0.7)}h${fmt(-s * 1.6)}m${fmt(s * 0.4)} ${fmt(-s * 0.35)}l${fmt(-s * 0.4)} ${fmt(s * 0.35)}l${fmt(s * 0.4)} ${fmt(s * 0.35)}`, 'none', { bare: true, layer: 'fg', extra: stroke() });
    }
    if (k === 'like') c.path(`M${fmt(x)} ${fmt(y + s * 0.85)}C${fmt(x - s * 1.5)} ${fmt(y - s * 0.1)} ${fmt(x - s * 0.7)} ${fmt(y - s * 1.1)} ${fmt(x)} ${fmt(y - s * 0.4)}C${fmt(x + s * 0.7)} ${fmt(y - s * 1.1)} ${fmt(x + s * 1.5)} ${fmt(y - s * 0.1)} ${fmt(x)} ${fmt(y + s * 0.85)}Z`, '#f91880', { bare: true, layer: 'fg' });
    if (k === 'share') c.path(`M${fmt(x)} ${fmt(y + s * 0.4)}v${fmt(-s * 1.2)}m${fmt(-s * 0.5)} ${fmt(s * 0.5)}l${fmt(s * 0.5)} ${fmt(-s * 0.5)}l${fmt(s * 0.5)} ${fmt(s * 0.5)}M${fmt(x - s * 0.9)} ${fmt(y)}v${fmt(s * 0.8)}h${fmt(s * 1.8)}v${fmt(-s * 0.8)}`, 'none', { bare: true, layer: 'fg', extra: stroke() });
    const n = insta ? '' : counts[i];
    if (n) textAt(c, n, x + s * 1.5, y + s * 0.4, s * 1.1, grey);
  });
  return insta ? 'like, comment and share' : 'reply, repost, like and share';
}
