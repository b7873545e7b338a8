// An event's flyer, poster, invitation or menu (docs/local-engine-modes.md, "Formats"): a page on
// paper inside a ruled border, a title band with the event's name (or the quoted words), a picture
// panel showing the event's subject (its scene composed on its own), and lines of details: date,
// time and place as short words with grey lines, a menu's dishes with dotted leaders.
import { mixHex } from '../../../paint/color.js';
import { textWidth } from '../../../paint/signs.js';
import type { Rect } from '../../../paint/stage.js';
import type { Composition } from '../../composition.js';
import { list } from '../../describe.js';
import { accentOf, drawPanel, pictureOf, setText, textAt, type InnerScene } from './format-kit.js';

export function composeFlyer(composition: Composition, inner: InnerScene): string {
  const { c, plan } = composition;
  const mode = plan.mode!;
  const f = mode.format!;
  const { W, H } = composition.stage;
  const accent = accentOf(plan, plan.prompt.length);
  const dark = mode.dark;
  const paper = dark ? '#17151f' : f.label === 'menu' ? '#f7f1e3' : '#fbf7ef';
  const ink = dark ? '#f3efe6' : '#2a2622';
  c.rect(0, 0, W, H, paper, { bare: true });
  const u = Math.min(W, H);
  const m = u * 0.045;
  // The border: a bold rule and a fine one inside it.
  c.rect(m, m, W - 2 * m, H - 2 * m, 'none', { bare: true, extra: `stroke="${c.paint(accent)}" stroke-width="${(u * 0.008).toFixed(1)}"` });
  c.rect(m * 1.45, m * 1.45, W - 2.9 * m, H - 2.9 * m, 'none', { bare: true, extra: `stroke="${c.paint(accent)}" stroke-opacity=".55" stroke-width="${(u * 0.0025).toFixed(1)}"` });
  const inset = m * 2.1;
  const page: Rect = { x: inset, y: inset, w: W - 2 * inset, h: H - 2 * inset };
  const quoted = plan.texts.map((t) => t.text);
  const named = quoted[0] ?? f.title;
  const title = quoted[0] ?? (f.label === 'menu' ? 'Menu' : f.title ?? "You're Invited");
  const kicker = f.label === 'invitation' ? (named ? 'YOU ARE INVITED' : '') : f.label === 'menu' ? (f.title ?? '').toUpperCase() : 'JOIN US FOR';
  const wide = W / H > 1.25;
  // Title band across the top.
  const bandH = page.h * (wide ? 0.26 : 0.22);
  c.rect(page.x, page.y, page.w, bandH, accent, { bare: true, rx: u * 0.01 });
  const light = '#fffaf0';
  if (kicker) setText(c, kicker, { x: page.x + page.w * 0.1, y: page.y + bandH * 0.1, w: page.w * 0.8, h: bandH * 0.16 }, light, { spacing: 0.25, weight: 'normal', maxLines: 1, opacity: 0.85 });
  setText(c, title, { x: page.x + page.w * 0.06, y: page.y + bandH * 0.3, w: page.w * 0.88, h: bandH * 0.6 }, light, { maxLines: 2 });
  // Picture panel and details: side by side on a wide page, one above the other on a tall one.
  const body: Rect = { x: page.x, y: page.y + bandH + page.h * 0.04, w: page.w, h: page.h - bandH - page.h * 0.04 };
  const panel: Rect = wide ? { x: body.x, y: body.y, w: body.w * 0.56, h: body.h } : { x: body.x, y: body.y, w: body.w, h: body.h * 0.56 };
  const details: Rect = wide ? { x: body.x + body.w * 0.61, y: body.y, w: body.w * 0.39, h: body.h } : { x: body.x, y: panel.y + panel.h + body.h * 0.05, w: body.w, h: body.h * 0.39 };
  const shows = drawPanel(composition, inner, pictureOf(plan, { fallback: 'party-popper' }), panel, accent, u * 0.012);
  c.rect(panel.x, panel.y, panel.w, panel.h, 'none', { bare: true, layer: 'fg', rx: u * 0.012, extra: `stroke="${c.paint(accent, 'fg')}" stroke-width="${(u * 0.004).toFixed(1)}"` });
  const lines = f.label === 'menu' ? menuLines(composition, details, ink, accent) : detailLines(composition, details, ink, accent, quoted.slice(1));
  const parts = [`${f.label}: a page with a title band reading "${title}"${kicker ? ` under a small "${kicker}"` : ''}`, `a picture panel showing ${shows}`, lines, 'inside a ruled border'];
  return parts.join(', ');
}

/** Date, time and place as short words, each with a grey line for what the prompt leaves out; quoted lines set as they are. */
function detailLines(composition: Composition, r: Rect, ink: string, accent: string, quoted: string[]): string {
  const { c } = composition;
  const rows = [...quoted.map((q) => ({ label: '', text: q })), ...['DATE', 'TIME', 'PLACE'].map((label) => ({ label, text: '' })), ...(composition.plan.mode!.format!.label === 'invitation' ? [{ label: 'RSVP', text: '' }] : [])].slice(0, 5);
  const rowH = Math.min(r.h / (rows.length + 0.5), r.w * 0.2);
  const size = rowH * 0.36;
  const grey = mixHex(ink, composition.plan.mode!.dark ? '#17151f' : '#ffffff', 0.62);
  const top = r.y + Math.max(0, (r.h - rowH * (rows.length + 0.4)) / 2);
  rows.forEach((row, i) => {
    const y = top + rowH * (i + 0.4);
    c.circle(r.x + size * 0.4, y + rowH * 0.32, size * 0.28, accent, { bare: true, layer: 'fg' });
    if (row.text) {
      setText(c, row.text, { x: r.x + size * 1.2, y, w: r.w - size * 1.4, h: rowH * 0.66 }, ink, { anchor: 'start', maxLines: 1 });
      return;
    }
    textAt(c, row.label, r.x + size * 1.2, y + rowH * 0.32 + size * 0.36, size, accent, { weight: 'bold', spacing: 0.12 });
    const x0 = r.x + size * 1.2 + size * 4.6;
    c.rect(x0, y + rowH * 0.32 - size * 0.14, Math.max(size, (r.x + r.w - x0) * (0.85 - 0.12 * (i % 3))), size * 0.28, grey, { rx: size * 0.14, bare: true, layer: 'fg' });
  });
  const named = quoted.length ? `the lines ${list(quoted.map((q) => `"${q}"`))}, ` : '';
  return `details: ${named}${rows.filter((r) => r.label).map((r) => r.label.toLowerCase()).join(', ')} as short words with grey placeholder lines`;
}

/** A menu's dishes: the food the prompt names (or grey bars), dotted leaders, a grey price. */
function menuLines(composition: Composition, r: Rect, ink: string, accent: string): string {
  const { c, plan } = composition;
  const food = plan.subjects.length ? plan.subjects.map((s) => s.label) : [plan.mode!.topic, ...(plan.mode!.topicMore ?? [])].flatMap((t) => (t ? [t.label] : []));
  const dishes = [...new Set(food)].slice(0, 5);
  const rows = Math.max(4, dishes.length);
  const rowH = Math.min(r.h / (rows + 0.3), r.w * 0.11);
  const size = rowH * 0.4;
  const grey = mixHex(ink, composition.plan.mode!.dark ? '#17151f' : '#ffffff', 0.62);
  for (let i = 0; i < rows; i++) {
    const y = r.y + rowH * (i + 0.5);
    const name = dishes[i];
    let end = r.x + r.w * (0.35 + 0.1 * (i % 3));
    if (name) {
      const label = name.charAt(0).toUpperCase() + name.slice(1);
      textAt(c, label, r.x, y + size * 0.35, size, ink, { weight: 'bold' });
      end = r.x + Math.min(r.w * 0.7, size * textWidth(label));
    } else c.rect(r.x, y - size * 0.15, end - r.x, size * 0.3, grey, { rx: size * 0.15, bare: true, layer: 'fg' });
    for (let x = end + size * 0.6; x < r.x + r.w * 0.84; x += size * 0.55) c.circle(x, y + size * 0.2, size * 0.06, grey, { bare: true, layer: 'fg' });
    c.rect(r.x + r.w * 0.87, y - size * 0.15, r.w * 0.13, size * 0.3, accent, { rx: size * 0.15, bare: true, layer: 'fg', opacity: 0.7 });
  }
  return `a list of ${dishes.length ? `dishes (${list(dishes)}) ` : 'dishes as grey lines '}with dotted leaders and prices as short bars`;
}
