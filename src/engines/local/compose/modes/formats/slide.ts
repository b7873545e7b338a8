// A presentation slide or a slide deck (docs/local-engine-modes.md, "Formats"): a 16:9 slide on a
// soft desk backdrop with its title (the quoted words, else what the slide is about), an accent
// rule, bullet lines on the left and a rising bar chart (results, data, growth) or the topic's
// picture on the right. A deck is six small slides in a grid: a title slide, then content slides.
// Swiss grid style: white slides, black type, a red accent block and faint column lines.
import { drawBarChart } from '../../../paint/screens/charts.js';
import type { Rect } from '../../../paint/stage.js';
import type { Composition } from '../../composition.js';
import { accentOf, card, drawPanel, pictureOf, setText, textAt, type InnerScene } from './format-kit.js';

interface Look {
  paper: string;
  ink: string;
  accent: string;
  grey: string;
  swiss: boolean;
}

type SlideKind = 'title' | 'bullets-chart' | 'bullets-picture' | 'chart' | 'bullets' | 'closing';

export function composeSlide(composition: Composition, inner: InnerScene): string {
  const { c, plan } = composition;
  const mode = plan.mode!;
  const f = mode.format!;
  const { W, H } = composition.stage;
  const swiss = f.swiss === true;
  const accent = swiss ? '#e30613' : accentOf(plan, plan.prompt.length);
  const look: Look = { paper: mode.dark ? '#151a24' : '#ffffff', ink: mode.dark ? '#eef1f6' : swiss ? '#111111' : '#1d2433', accent, grey: mode.dark ? '#4a5366' : '#cfd5df', swiss };
  c.rect(0, 0, W, H, c.linear([[0, mode.dark ? '#0b0e14' : '#eceef2'], [1, mode.dark ? '#1a1f2b' : '#d5d9e0']], [0, 0, 1, 1]), { bare: true });
  const title = plan.texts[0]?.text ?? f.title ?? 'Presentation';
  const picture = pictureOf(plan, { looseLast: true });
  const side = f.chart ? 'chart' : 'picture';
  if (!f.deck) {
    const w = Math.min(W * 0.9, H * 0.86 * (16 / 9)), h = (w * 9) / 16;
    const r: Rect = { x: (W - w) / 2, y: (H - h) / 2, w, h };
    const shows = drawSlide(composition, inner, r, look, f.chart ? 'bullets-chart' : 'bullets-picture', title, picture, 1);
    return `${f.label}: a 16:9 slide titled "${title}" with an accent rule, bullet lines as grey bars on the left and ${shows} on the right${swiss ? ', in a Swiss grid (black type, a red accent block, faint column lines)' : ''}`;
  }
  // A deck: six slides, three by two (two by three on a tall picture).
  const cols = W >= H ? 3 : 2, rows = 6 / cols;
  const gap = Math.min(W, H) * 0.04;
  const sw = Math.min((W - gap * (cols + 1)) / cols, ((H - gap * (rows + 1)) / rows) * (16 / 9)), sh = (sw * 9) / 16;
  const x0 = (W - (sw * cols + gap * (cols - 1))) / 2, y0 = (H - (sh * rows + gap * (rows - 1))) / 2;
  const kinds: SlideKind[] = ['title', f.chart ? 'bullets-chart' : 'bullets-picture', 'bullets', f.chart ? 'chart' : 'bullets-picture', side === 'chart' ? 'bullets-picture' : 'bullets-chart', 'closing'];
  let shows = '';
  kinds.forEach((kind, i) => {
    const r: Rect = { x: x0 + (i % cols) * (sw + gap), y: y0 + Math.floor(i / cols) * (sh + gap), w: sw, h: sh };
    const s = drawSlide(composition, inner, r, look, kind, title, picture, i + 1);
    if (i === 1) shows = s;
  });
  return `${f.label}: six 16:9 slides in a ${cols} by ${rows} grid, a title slide reading "${title}", content slides with bullet lines, ${shows} and a bar chart, and a closing slide reading "Thank you"${swiss ? ', in a Swiss grid (black type, a red accent block, faint column lines)' : ''}`;
}

/** One slide in `r`; returns what its right side shows. */
function drawSlide(composition: Composition, inner: InnerScene, r: Rect, look: Look, kind: SlideKind, title: string, picture: ReturnType<typeof pictureOf>, n: number): string {
  const { c } = composition;
  card(c, r, look.paper, r.w * 0.012);
  const pad = r.w * 0.06;
  if (look.swiss) for (let i = 1; i < 12; i++) c.rect(r.x + (r.w * i) / 12, r.y, Math.max(1, r.w * 0.0015), r.h, '#e33', { bare: true, layer: 'fg', opacity: 0.08 });
  if (kind === 'title' || kind === 'closing') {
    const words = kind === 'title' ? title : 'Thank you';
    if (look.swiss) c.rect(r.x, r.y, r.w * 0.12, r.h, look.accent, { bare: true, layer: 'fg' });
    else c.rect(r.x, r.y + r.h * 0.78, r.w, r.h * 0.22, look.accent, { bare: true, layer: 'fg', opacity: 0.9 });
    const tx = look.swiss ? r.x + r.w * 0.18 : r.x + pad;
    setText(c, words, { x: tx, y: r.y + r.h * 0.22, w: r.x + r.w - pad - tx, h: r.h * 0.36 }, look.ink, { anchor: 'start', maxLines: 2 });
    c.rect(tx, r.y + r.h * 0.64, r.w * 0.3, r.h * 0.035, look.grey, { rx: r.h * 0.017, bare: true, layer: 'fg' });
    return '';
  }
  // Title, then an accent rule under it.
  const th = r.h * 0.15;
  setText(c, title, { x: r.x + pad, y: r.y + r.h * 0.07, w: r.w * 0.8, h: th }, look.ink, { anchor: 'start', maxLines: 1 });
  c.rect(r.x + pad, r.y + r.h * 0.07 + th + r.h * 0.03, look.swiss ? r.w * 0.08 : r.w * 0.12, r.h * 0.025, look.accent, { bare: true, layer: 'fg' });
  const body: Rect = { x: r.x + pad, y: r.y + r.h * 0.34, w: r.w - 2 * pad, h: r.h * 0.56 };
  const left = kind === 'chart' ? { ...body, w: 0 } : kind === 'bullets' ? body : { ...body, w: body.w * 0.44 };
  if (left.w) bullets(composition, left, look, kind === 'bullets' ? 5 : 4);
  const right: Rect = kind === 'chart' ? body : { x: body.x + body.w * 0.5, y: body.y, w: body.w * 0.5, h: body.h };
  let shows = '';
  if (kind === 'bullets-chart' || kind === 'chart') {
    c.rect(right.x, right.y + right.h, right.w, Math.max(1, r.h * 0.006), look.ink, { bare: true, layer: 'fg', opacity: 0.5 });
    drawBarChart(c, { x: right.x, y: right.y, w: right.w, h: right.h }, look.swiss ? '#111111' : look.accent, composition.rng.fork(`bars${n}`));
    if (look.swiss) c.rect(right.x + right.w * 0.86, right.y, right.w * 0.1, right.h * 0.1, look.accent, { bare: true, layer: 'fg' });
    shows = 'a rising bar chart';
  } else if (kind === 'bullets-picture') {
    const drawn = drawPanel(composition, inner, picture, right, look.accent, r.w * 0.01);
    shows = drawn.startsWith('a placeholder') ? drawn : `a picture of ${drawn}`;
  }
  textAt(c, String(n), r.x + r.w - pad * 0.6, r.y + r.h - pad * 0.4, r.h * 0.045, look.ink, { anchor: 'end' });
  return shows;
}

/** Bullet points as accent squares or dots with grey bars of varying lengths. */
function bullets(composition: Composition, r: Rect, look: Look, n: number): void {
  const { c } = composition;
  const rowH = r.h / n;
  const bar = Math.min(rowH * 0.22, r.w * 0.05);
  for (let i = 0; i < n; i++) {
    const y = r.y + rowH * (i + 0.35);
    if (look.swiss) c.rect(r.x, y - bar * 0.5, bar, bar, look.accent, { bare: true, layer: 'fg' });
    else c.circle(r.x + bar * 0.5, y, bar * 0.5, look.accent, { bare: true, layer: 'fg' });
    const w = (r.w - bar * 2) * [0.92, 0.74, 0.84, 0.6, 0.78][i % 5]!;
    c.rect(r.x + bar * 2, y - bar * 0.4, w, bar * 0.8, look.swiss ? '#2b2b2b' : look.grey, { rx: look.swiss ? 0 : bar * 0.4, bare: true, layer: 'fg', opacity: look.swiss ? 0.85 : 1 });
    c.rect(r.x + bar * 2, y + bar * 0.85, w * 0.6, bar * 0.5, look.grey, { rx: bar * 0.25, bare: true, layer: 'fg', opacity: 0.6 });
  }
}
