// Icons that are the picture (docs/local-engine-modes.md, "Icons and icon sets"): one icon is its
// subject large on a soft disc on plain paper; a set is its icons in a grid of equal cells, each
// on the same disc, so they read as one family. Line, outline, glyph and monochrome icons are
// drawn in one dark ink.
import { mixHex } from '../../paint/color.js';
import { gradientColors } from '../../paint/screens/mode-backdrops.js';
import type { Subject } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { list, withArticle } from '../describe.js';
import { drawSubject, figureOf } from './hero.js';
import type { ModeResult } from './mode-kit.js';

const ONE_INK = /\b(line|outline|outlined|glyph|monochrome|mono|silhouette|stroke|black and white|single colou?r)\b/;

export function composeIcons(composition: Composition): ModeResult {
  const { c, plan } = composition;
  const mode = plan.mode!;
  const { W, H } = composition.stage;
  const lower = plan.prompt.toLowerCase();
  const dark = /\b(?:dark|black) (?:background|backdrop|mode|theme)\b/.test(lower);
  const paper = dark ? '#15171d' : plan.backdrop && !mode.colors.includes(plan.backdrop) ? plan.backdrop : '#f6f7fb';
  c.add(`<rect x="0" y="0" width="${W}" height="${H}" fill="${paper}"/>`);
  const g = gradientColors({ colors: mode.colors, dark: false, bold: mode.bold });
  const accent = mode.colors[0] ?? g.from;
  const disc = mixHex(accent, dark ? '#000000' : '#ffffff', dark ? 0.55 : 0.78);
  const ink = ONE_INK.test(lower) ? (dark ? '#f2f4f8' : mixHex(accent, '#0b1020', 0.7)) : undefined;
  const subjects = plan.subjects.filter((s) => !s.thing.loose || plan.subjects.length === 1);
  const set = mode.label === 'icon set';
  const items = set ? subjects : subjects.slice(0, 1);
  const n = Math.max(1, items.length);
  // Columns for the picture's shape: the grid's cells as near square as they can be.
  let cols = 1;
  for (let k = 1; k <= n; k++) if (Math.abs(W / k / (H / Math.ceil(n / k)) - 1) < Math.abs(W / cols / (H / Math.ceil(n / cols)) - 1)) cols = k;
  const rows = Math.ceil(n / cols);
  const m = Math.min(W, H) * (set ? 0.06 : 0.14);
  const cw = (W - m * 2) / cols, ch = (H - m * 2) / rows;
  const drawn: string[] = [];
  items.forEach((s, i) => {
    const col = i % cols, row = Math.floor(i / cols);
    // The last row's icons are centred under the others.
    const inRow = row === rows - 1 ? n - row * cols : cols;
    const cx = m + (W - m * 2 - inRow * cw) / 2 + col * cw + cw / 2, cy = m + row * ch + ch / 2;
    const r = Math.min(cw, ch) * 0.42;
    if (set) c.rect(cx - r * 1.08, cy - r * 1.08, r * 2.16, r * 2.16, dark ? '#1f222b' : '#ffffff', { rx: r * 0.3, layer: 'fg' });
    c.circle(cx, cy, r * 0.88, disc, { layer: 'fg', bare: true });
    drawn.push(drawIcon(composition, s, cx, cy, r * 1.2, ink));
  });
  composition.mainRect = { x: m, y: m, w: W - m * 2, h: H - m * 2 };
  const how = `${ink ? `in one ${dark ? 'light' : 'dark'} ink ` : ''}on a pale disc`;
  const hero = set ? `${n} icons in a grid of ${cols} by ${rows}: ${list(drawn.map(withArticle))}, each ${how}` : `${withArticle(drawn[0] ?? 'star')} drawn as a flat icon ${how}`;
  return { hero, wore: [], held: [], around: [], heroPlace: set ? 'evenly spaced' : 'centred', accent, backdrop: `a plain ${dark ? 'dark' : 'light'} backdrop` };
}

function drawIcon(composition: Composition, s: Subject, cx: number, cy: number, size: number, ink: string | undefined): string {
  const fig = figureOf(composition, s);
  const h = Math.min(size, size / fig.spec.aspect);
  const w = h * fig.spec.aspect;
  // A dressed subject ("a dog wearing a hat") keeps what it wears and holds.
  if (!ink && (s.wearing.length || s.holding.length)) {
    const { wore, held } = drawSubject(composition, s, fig, cx, cy + h / 2, h, `icon${Math.round(cx)}`);
    return `${s.label}${wore.length ? ` wearing ${list(wore.map(withArticle))}` : ''}${held.length ? ` holding ${list(held.map(withArticle))}` : ''}`;
  }
  composition.drawThing(s.thing, { x: cx, bottom: cy + h / 2, w, h, flip: false }, ink ?? s.color?.hex);
  return s.color && !ink ? `${s.color.name} ${s.label}` : s.label;
}
