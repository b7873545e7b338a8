// What a screen shows when the prompt names the kind of app: a fitness app's activity rings and
// step count, a banking app's card and balance, a code editor's coloured lines, notifications,
// a chat, a music player, a map with a route, a social feed, a forecast, a food menu. Each fills
// a page box, wide (browser, laptop) or tall (phone).
import { fmt, type Canvas } from '../canvas.js';
import { mixHex } from '../color.js';
import type { Rng } from '../prng.js';
import { escapeXml } from '../signs.js';
import type { Rect } from '../stage.js';
import type { AppKind } from '../../plan/modes/app-kinds.js';
import { drawBarChart, drawCard, screenText, textBars } from './charts.js';
import { drawOnboarding } from './onboarding-page.js';

/** What each app page shows, as `text` names it. */
export const APP_PARTS: Record<AppKind, string> = {
  login: 'a login screen with its title, two input fields (username and password) and a log-in button',
  onboarding: 'an onboarding screen with a large illustration, a headline, page dots and a "Get started" button',
  fitness: 'a fitness app with activity rings, a step count and a weekly bar chart',
  banking: 'a banking app with a bank card, the balance and a list of transactions',
  code: 'a code editor with coloured lines of code',
  notifications: 'a list of notifications with red alert badges',
  chat: 'a chat with message bubbles',
  music: 'a music player with album art, a progress bar and play controls',
  stars: 'a star map with constellations and a search bar',
  map: 'a map with a route and a location pin',
  social: 'a social feed with photo posts, likes and comments',
  weather: 'a weather forecast with a sun and temperatures',
  food: 'a food menu with dishes and prices',
};

const FONT = 'DejaVu Sans';

function arc(c: Canvas, cx: number, cy: number, r: number, frac: number, color: string, width: number): void {
  c.circle(cx, cy, r, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint(mixHex(color, '#000000', 0.55), 'fg')}" stroke-opacity="0.35" stroke-width="${fmt(width)}"` });
  const a = Math.PI * 2 * frac;
  const x = cx + r * Math.sin(a), y = cy - r * Math.cos(a);
  c.path(`M${fmt(cx)} ${fmt(cy - r)}A${fmt(r)} ${fmt(r)} 0 ${frac > 0.5 ? 1 : 0} 1 ${fmt(x)} ${fmt(y)}`, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint(color, 'fg')}" stroke-width="${fmt(width)}" stroke-linecap="round"` });
}

/** The page's two parts: a main panel and a side list (side by side when wide, stacked when tall). */
function split(r: Rect, share = 0.5): [Rect, Rect] {
  const pad = Math.min(r.w, r.h) * 0.06;
  if (r.w > r.h * 1.1) {
    const w1 = (r.w - pad * 3) * share;
    return [{ x: r.x + pad, y: r.y + pad, w: w1, h: r.h - pad * 2 }, { x: r.x + pad * 2 + w1, y: r.y + pad, w: r.w - pad * 3 - w1, h: r.h - pad * 2 }];
  }
  const h1 = (r.h - pad * 3) * share;
  return [{ x: r.x + pad, y: r.y + pad, w: r.w - pad * 2, h: h1 }, { x: r.x + pad, y: r.y + pad * 2 + h1, w: r.w - pad * 2, h: r.h - pad * 3 - h1 }];
}

function rows(c: Canvas, r: Rect, n: number, dark: boolean, each: (row: Rect, i: number) => void): void {
  const gap = r.h * 0.04, h = (r.h - gap * (n - 1)) / n;
  for (let i = 0; i < n; i++) {
    const row = { x: r.x, y: r.y + i * (h + gap), w: r.w, h };
    drawCard(c, row, dark);
    each(row, i);
  }
}

/** `art` draws a picture the prompt names in the page's picture spot (album art, a dish, a post's photo, the rings' centre). */
export function drawAppPage(c: Canvas, r: Rect, kind: AppKind, accent: string, rng: Rng, dark = false, title?: string, art?: (box: Rect) => void): void {
  if (kind === 'login') return drawLogin(c, r, accent, dark, title ?? 'Welcome');
  if (kind === 'onboarding') return drawOnboarding(c, r, accent, dark, art);
  const bg = kind === 'code' ? '#1e1f29' : dark ? '#121726' : '#f4f6fa';
  c.rect(r.x, r.y, r.w, r.h, bg, { layer: 'fg', bare: true });
  const ink = dark || kind === 'code' ? '#e8ecf3' : '#1f2636';
  const [a, b] = split(r, kind === 'code' || kind === 'map' || kind === 'stars' ? 1 : 0.5);
  const s = Math.min(a.w, a.h);
  switch (kind) {
    case 'fitness': {
      const cx = a.x + a.w / 2, cy = a.y + a.h * 0.42, rad = s * 0.34, w = s * 0.09;
      [['#ff2d55', 0.78], ['#a3e635', 0.62], ['#22d3ee', 0.88]].forEach(([col, f], i) => arc(c, cx, cy, rad - i * w * 1.15, f as number, col as string, w));
      art?.({ x: cx - rad * 0.45, y: cy - rad * 0.45, w: rad * 0.9, h: rad * 0.9 });
      screenText(c, '8,432 steps', cx, a.y + a.h * 0.95, s * 0.12, ink, 'middle');
      drawCard(c, b, dark);
      drawBarChart(c, { x: b.x + b.w * 0.1, y: b.y + b.h * 0.15, w: b.w * 0.8, h: b.h * 0.7 }, '#22c55e', rng.fork('week'));
      return;
    }
    case 'banking': {
      const cw = Math.min(a.w, a.h * 1.58), ch = cw / 1.58;
      const card = { x: a.x + (a.w - cw) / 2, y: a.y, w: cw, h: ch };
      c.rect(card.x, card.y, card.w, card.h, c.linear([[0, accent], [1, mixHex(accent, '#000000', 0.45)]], [0, 0, 1, 1]), { rx: ch * 0.08, layer: 'fg' });
      c.rect(card.x + cw * 0.08, card.y + ch * 0.3, cw * 0.14, ch * 0.2, '#f5c542', { rx: ch * 0.03, layer: 'fg', bare: true });
      textBars(c, card.x + cw * 0.08, card.y + ch * 0.66, cw * 0.6, ch * 0.07, [1], '#ffffff');
      c.circle(card.x + cw * 0.8, card.y + ch * 0.78, ch * 0.1, '#ff5f57', { layer: 'fg', bare: true, opacity: 0.9 });
      c.circle(card.x + cw * 0.88, card.y + ch * 0.78, ch * 0.1, '#febc2e', { layer: 'fg', bare: true, opacity: 0.9 });
      screenText(c, '$12,480.50', a.x + a.w / 2, Math.min(a.y + a.h * 0.95, card.y + ch + s * 0.2), s * 0.13, ink, 'middle');
      rows(c, b, 4, dark, (row, i) => {
        c.circle(row.x + row.h * 0.5, row.y + row.h / 2, row.h * 0.28, mixHex(accent, '#ffffff', 0.5), { layer: 'fg', bare: true });
        textBars(c, row.x + row.h, row.y + row.h * 0.4, row.w * 0.4, row.h * 0.18, [1]);
        c.rect(row.x + row.w * 0.74, row.y + row.h * 0.38, row.w * 0.18, row.h * 0.22, i % 2 ? '#ef4444' : '#22c55e', { rx: row.h * 0.1, layer: 'fg', bare: true });
      });
      return;
    }
    case 'code': {
      const side = a.w * 0.16;
      c.rect(a.x, a.y, side, a.h, '#16171f', { layer: 'fg', bare: true });
      textBars(c, a.x + side * 0.15, a.y + a.h * 0.06, side * 0.7, a.h * 0.018, [1, 0.7, 0.8, 0.6, 0.9, 0.7], '#4b5063');
      const colors = ['#ff79c6', '#8be9fd', '#50fa7b', '#f1fa8c', '#bd93f9', '#ffb86c', '#6272a4'];
      const n = 16, lh = a.h / (n * 1.25);
      for (let i = 0; i < n; i++) {
        const y = a.y + lh * 0.8 + i * lh * 1.25;
        c.rect(a.x + side + a.w * 0.02, y, a.w * 0.025, lh * 0.5, '#4b5063', { layer: 'fg', bare: true });
        let x = a.x + side + a.w * 0.07 + (rng.next() < 0.5 ? 0 : a.w * 0.04) + (i % 5 === 0 ? 0 : a.w * 0.03);
        const parts = 1 + Math.floor(rng.next() * 3);
        for (let p = 0; p < parts && x < a.x + a.w * 0.92; p++) {
          const w = a.w * rng.range(0.05, 0.18);
          c.rect(x, y, w, lh * 0.5, colors[Math.floor(rng.next() * colors.length)]!, { rx: lh * 0.2, layer: 'fg', bare: true });
          x += w + a.w * 0.015;
        }
      }
      return;
    }
    case 'notifications': {
      const all = { x: a.x, y: a.y, w: r.w > r.h * 1.1 ? b.x + b.w - a.x : a.w, h: r.w > r.h * 1.1 ? a.h : b.y + b.h - a.y };
      rows(c, all, 5, dark, (row, i) => {
        const red = i < 3;
        c.circle(row.x + row.h * 0.5, row.y + row.h / 2, row.h * 0.3, red ? '#ef4444' : accent, { layer: 'fg', bare: true });
        screenText(c, '!', row.x + row.h * 0.5, row.y + row.h * 0.66, row.h * 0.42, '#ffffff', 'middle');
        textBars(c, row.x + row.h, row.y + row.h * 0.28, row.w * 0.55, row.h * 0.14, [1, 0.7]);
        if (red) c.circle(row.x + row.w - row.h * 0.4, row.y + row.h * 0.3, row.h * 0.14, '#ef4444', { layer: 'fg', bare: true });
      });
      return;
    }
    case 'chat': {
      const all = { x: r.x + r.w * 0.06, y: r.y + r.h * 0.06, w: r.w * 0.88, h: r.h * 0.88 };
      const n = 5, h = all.h / (n * 1.3);
      // The one the prompt names (a robot assistant) is the other side's avatar.
      const avatar = art ? Math.min(h, all.w * 0.16) : 0;
      for (let i = 0; i < n; i++) {
        const mine = i % 2 === 1, w = Math.min(all.w * (0.45 + rng.range(0, 0.2)), all.w - avatar * 1.2);
        const x = mine ? all.x + all.w - w : all.x + avatar * 1.2, y = all.y + i * h * 1.3;
        if (art && !mine) art({ x: all.x, y: y + (h - avatar) / 2, w: avatar, h: avatar });
        c.rect(x, y, w, h, mine ? accent : dark ? '#273047' : '#ffffff', { rx: h * 0.4, layer: 'fg' });
        textBars(c, x + h * 0.4, y + h * 0.35, w - h * 0.8, h * 0.14, [1, 0.6], mine ? '#ffffff' : '#c9d0db');
      }
      return;
    }
    case 'music': {
      const size = Math.min(a.w, a.h * 0.9);
      const ax = a.x + (a.w - size) / 2;
      const cover = { x: ax, y: a.y, w: size, h: size };
      if (art) art(cover);
      else {
        c.rect(ax, a.y, size, size, c.linear([[0, accent], [1, mixHex(accent, '#ff3d7f', 0.6)]], [0, 0, 1, 1]), { rx: size * 0.06, layer: 'fg' });
        c.circle(ax + size / 2, a.y + size / 2, size * 0.25, '#ffffff', { layer: 'fg', bare: true, opacity: 0.3 });
      }
      const y = b.y + b.h * 0.2;
      c.rect(b.x, y, b.w, b.h * 0.04, '#c9d0db', { rx: b.h * 0.02, layer: 'fg', bare: true });
      c.rect(b.x, y, b.w * 0.4, b.h * 0.04, accent, { rx: b.h * 0.02, layer: 'fg', bare: true });
      c.circle(b.x + b.w * 0.4, y + b.h * 0.02, b.h * 0.05, accent, { layer: 'fg', bare: true });
      const cy = b.y + b.h * 0.6, cs = Math.min(b.w * 0.12, b.h * 0.22);
      c.circle(b.x + b.w / 2, cy, cs, accent, { layer: 'fg' });
      c.polygon([b.x + b.w / 2 - cs * 0.3, cy - cs * 0.45, b.x + b.w / 2 - cs * 0.3, cy + cs * 0.45, b.x + b.w / 2 + cs * 0.5, cy], '#ffffff', { layer: 'fg', bare: true });
      for (const d of [-1, 1]) {
        const x = b.x + b.w / 2 + d * cs * 2.6;
        c.polygon([x - d * cs * 0.4, cy - cs * 0.4, x - d * cs * 0.4, cy + cs * 0.4, x + d * cs * 0.3, cy], ink, { layer: 'fg', bare: true });
      }
      return;
    }
    case 'map': {
      c.rect(a.x, a.y, a.w, a.h, '#e3ecd9', { rx: s * 0.03, layer: 'fg', bare: true });
      c.path(`M${fmt(a.x + a.w * 0.6)} ${fmt(a.y)}C${fmt(a.x + a.w * 0.5)} ${fmt(a.y + a.h * 0.4)} ${fmt(a.x + a.w * 0.8)} ${fmt(a.y + a.h * 0.6)} ${fmt(a.x + a.w * 0.7)} ${fmt(a.y + a.h)}L${fmt(a.x + a.w)} ${fmt(a.y + a.h)}L${fmt(a.x + a.w)} ${fmt(a.y)}Z`, '#a8d4f0', { layer: 'fg', bare: true });
      for (let i = 1; i < 5; i++) {
        c.rect(a.x, a.y + (a.h * i) / 5, a.w, s * 0.02, '#ffffff', { layer: 'fg', bare: true });
        c.rect(a.x + (a.w * i) / 5, a.y, s * 0.02, a.h, '#ffffff', { layer: 'fg', bare: true });
      }
      const route = `M${fmt(a.x + a.w * 0.15)} ${fmt(a.y + a.h * 0.85)}L${fmt(a.x + a.w * 0.4)} ${fmt(a.y + a.h * 0.6)}L${fmt(a.x + a.w * 0.4)} ${fmt(a.y + a.h * 0.4)}L${fmt(a.x + a.w * 0.62)} ${fmt(a.y + a.h * 0.25)}`;
      c.line(route, accent, s * 0.035, { layer: 'fg', bare: true });
      const px = a.x + a.w * 0.62, py = a.y + a.h * 0.25, pr = s * 0.07;
      c.path(`M${fmt(px)} ${fmt(py)}C${fmt(px - pr)} ${fmt(py - pr * 1.2)} ${fmt(px - pr)} ${fmt(py - pr * 2.6)} ${fmt(px)} ${fmt(py - pr * 2.6)}C${fmt(px + pr)} ${fmt(py - pr * 2.6)} ${fmt(px + pr)} ${fmt(py - pr * 1.2)} ${fmt(px)} ${fmt(py)}Z`, '#ef4444', { layer: 'fg' });
      c.circle(px, py - pr * 1.85, pr * 0.35, '#ffffff', { layer: 'fg', bare: true });
      c.circle(a.x + a.w * 0.15, a.y + a.h * 0.85, s * 0.03, '#2563eb', { layer: 'fg' });
      return;
    }
    case 'stars': {
      drawStarMap(c, a, s, accent, rng.fork('stars'));
      return;
    }
    case 'social': {
      const all = { x: a.x, y: a.y, w: r.w > r.h * 1.1 ? b.x + b.w - a.x : a.w, h: r.w > r.h * 1.1 ? a.h : b.y + b.h - a.y };
      const n = r.w > r.h * 1.1 ? 3 : 2;
      const gap = Math.min(all.w, all.h) * 0.05;
      const across = r.w > r.h * 1.1;
      for (let i = 0; i < n; i++) {
        const p = across
          ? { x: all.x + i * ((all.w - gap * (n - 1)) / n + gap), y: all.y, w: (all.w - gap * (n - 1)) / n, h: all.h }
          : { x: all.x, y: all.y + i * ((all.h - gap) / 2 + gap), w: all.w, h: (all.h - gap) / 2 };
        drawCard(c, p, dark);
        const u = Math.min(p.w, p.h);
        c.circle(p.x + u * 0.1, p.y + u * 0.1, u * 0.05, mixHex(accent, '#ffffff', 0.3), { layer: 'fg', bare: true });
        textBars(c, p.x + u * 0.2, p.y + u * 0.08, p.w * 0.4, u * 0.04, [1]);
        const photo = { x: p.x + p.w * 0.05, y: p.y + u * 0.2, w: p.w * 0.9, h: p.h * 0.62 - u * 0.1 };
        if (art && i === 0) art(photo);
        else c.rect(photo.x, photo.y, photo.w, photo.h, mixHex(accent, '#ffffff', 0.55 + i * 0.1), { rx: u * 0.03, layer: 'fg', bare: true });
        const hy = p.y + p.h * 0.9, hr = u * 0.045, hx = p.x + p.w * 0.1;
        c.path(`M${fmt(hx)} ${fmt(hy + hr)}C${fmt(hx - hr * 2)} ${fmt(hy - hr * 0.2)} ${fmt(hx - hr)} ${fmt(hy - hr * 1.6)} ${fmt(hx)} ${fmt(hy - hr * 0.6)}C${fmt(hx + hr)} ${fmt(hy - hr * 1.6)} ${fmt(hx + hr * 2)} ${fmt(hy - hr * 0.2)} ${fmt(hx)} ${fmt(hy + hr)}Z`, '#ef4444', { layer: 'fg', bare: true });
        textBars(c, p.x + p.w * 0.2, hy - hr * 0.6, p.w * 0.3, hr, [1]);
      }
      return;
    }
    case 'weather': {
      const cx = a.x + a.w / 2, cy = a.y + a.h * 0.35;
      c.circle(cx, cy, s * 0.2, '#fbbf24', { layer: 'fg' });
      // (A quoted temperature is the forecast's own: "Sunny 24°".)
      screenText(c, title ?? '24°', cx, a.y + a.h * 0.9, s * 0.22, ink, 'middle');
      rows(c, b, 4, dark, (row) => {
        c.circle(row.x + row.h * 0.5, row.y + row.h / 2, row.h * 0.25, '#fbbf24', { layer: 'fg', bare: true });
        textBars(c, row.x + row.h, row.y + row.h * 0.42, row.w * 0.35, row.h * 0.16, [1]);
      });
      return;
    }
    case 'food': {
      // The dish the prompt names is the page's large picture, over the menu.
      const list = { x: r.x + r.w * 0.06, y: r.y + r.h * 0.06, w: r.w * 0.88, h: r.h * 0.88 };
      if (art) {
        const hero = { ...list, h: Math.min(list.h * 0.42, list.w * 0.75) };
        drawCard(c, hero, dark);
        art(hero);
        list.y += hero.h + r.h * 0.03;
        list.h -= hero.h + r.h * 0.03;
      }
      rows(c, list, art ? 3 : 4, dark, (row, i) => {
        c.circle(row.x + row.h * 0.55, row.y + row.h / 2, row.h * 0.36, ['#f59e0b', '#84cc16', '#ef4444', '#a16207'][i]!, { layer: 'fg' });
        textBars(c, row.x + row.h * 1.1, row.y + row.h * 0.3, row.w * 0.45, row.h * 0.14, [1, 0.6]);
        c.rect(row.x + row.w * 0.78, row.y + row.h * 0.36, row.w * 0.14, row.h * 0.26, accent, { rx: row.h * 0.13, layer: 'fg', bare: true });
      });
      return;
    }
  }
}

/** The night sky: scattered stars, three constellations joined by lines, a search bar over them. */
function drawStarMap(c: Canvas, a: Rect, s: number, accent: string, rng: Rng): void {
  c.rect(a.x, a.y, a.w, a.h, c.linear([[0, '#0b1030'], [1, '#1c1f4a']]), { rx: s * 0.03, layer: 'fg', bare: true });
  for (let i = 0; i < 70; i++) {
    c.circle(a.x + rng.range(0.02, 0.98) * a.w, a.y + rng.range(0.14, 0.98) * a.h, s * rng.range(0.003, 0.009), '#e8ecff', { layer: 'fg', bare: true, opacity: rng.range(0.4, 1) });
  }
  const link = mixHex(accent, '#ffffff', 0.35);
  for (const [cx, cy] of [[0.3, 0.35], [0.7, 0.55], [0.35, 0.8]] as const) {
    const pts = Array.from({ length: 5 }, (_, k) => [a.x + (cx + rng.range(-0.16, 0.16) + (k - 2) * 0.03) * a.w, a.y + (cy + rng.range(-0.1, 0.1)) * a.h] as const);
    c.line(pts.map(([x, y], k) => `${k ? 'L' : 'M'}${fmt(x)} ${fmt(y)}`).join(''), link, s * 0.008, { layer: 'fg', bare: true });
    for (const [x, y] of pts) c.circle(x, y, s * 0.016, '#fff7d6', { layer: 'fg', bare: true });
  }
  // The search bar: a pill with a magnifying glass.
  const bh = Math.min(a.h * 0.07, s * 0.12), bx = a.x + a.w * 0.06, by = a.y + a.h * 0.03;
  c.rect(bx, by, a.w * 0.88, bh, '#ffffff', { rx: bh / 2, layer: 'fg', bare: true, opacity: 0.92 });
  c.circle(bx + bh * 0.55, by + bh * 0.46, bh * 0.2, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint('#4b5563', 'fg')}" stroke-width="${fmt(bh * 0.08)}"` });
  c.line(`M${fmt(bx + bh * 0.69)} ${fmt(by + bh * 0.6)}L${fmt(bx + bh * 0.82)} ${fmt(by + bh * 0.74)}`, '#4b5563', bh * 0.08, { layer: 'fg', bare: true });
  textBars(c, bx + bh * 1.1, by + bh * 0.4, a.w * 0.4, bh * 0.2, [1], '#9ca3af');
}

/** A login form: the app's title, two rounded input fields with an icon each, and a filled button. */
function drawLogin(c: Canvas, r: Rect, accent: string, dark: boolean, title: string): void {
  c.rect(r.x, r.y, r.w, r.h, dark ? '#07080d' : '#f4f6fa', { layer: 'fg', bare: true });
  const ink = dark ? '#eef2f8' : '#1f2636';
  const pad = r.w * 0.1, w = r.w - pad * 2, u = Math.min(r.w, r.h * 0.6);
  // A logo mark over the title.
  c.circle(r.x + r.w / 2, r.y + r.h * 0.16, u * 0.11, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint(accent, 'fg')}" stroke-width="${fmt(u * 0.025)}"` });
  c.circle(r.x + r.w / 2, r.y + r.h * 0.16, u * 0.04, accent, { layer: 'fg', bare: true });
  const size = Math.min(u * 0.15, (w * 1.6) / Math.max(4, title.length));
  // The title in the accent as given (a neon grade would dim it past reading).
  c.add(`<text font-family="${FONT}" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" x="${fmt(r.x + r.w / 2)}" y="${fmt(r.y + r.h * 0.33)}" fill="${dark ? accent : c.paint(accent, 'fg')}">${escapeXml(title)}</text>`);
  textBars(c, r.x + r.w * 0.3, r.y + r.h * 0.37, r.w * 0.4, r.h * 0.012, [1], dark ? '#5b6478' : '#9aa3b2');
  const fh = Math.min(r.h * 0.075, w * 0.22);
  for (let i = 0; i < 2; i++) {
    const y = r.y + r.h * (0.45 + i * 0.12);
    c.rect(r.x + pad, y, w, fh, dark ? '#11141f' : '#ffffff', { rx: fh * 0.3, layer: 'fg', bare: true, extra: `stroke="${c.paint(dark ? mixHex(accent, '#000000', 0.35) : '#c9d0db', 'fg')}" stroke-width="${fmt(fh * 0.05)}"` });
    c.circle(r.x + pad + fh * 0.5, y + fh / 2, fh * 0.17, dark ? mixHex(accent, '#ffffff', 0.2) : '#9aa3b2', { layer: 'fg', bare: true });
    // The password field shows its dots; the username a placeholder.
    if (i === 1) for (let d = 0; d < 6; d++) c.circle(r.x + pad + fh * (1.05 + d * 0.32), y + fh / 2, fh * 0.08, ink, { layer: 'fg', bare: true, opacity: 0.7 });
    else textBars(c, r.x + pad + fh * 0.95, y + fh * 0.43, w * 0.4, fh * 0.14, [1], dark ? '#5b6478' : '#b8c0cc');
  }
  const by = r.y + r.h * 0.71;
  c.rect(r.x + pad, by, w, fh, accent, { rx: fh * 0.3, layer: 'fg' });
  screenText(c, 'LOG IN', r.x + r.w / 2, by + fh * 0.66, fh * 0.42, dark ? '#05060a' : '#ffffff', 'middle');
  textBars(c, r.x + r.w * 0.32, by + fh * 1.6, r.w * 0.36, r.h * 0.01, [1], dark ? '#5b6478' : '#9aa3b2');
}
