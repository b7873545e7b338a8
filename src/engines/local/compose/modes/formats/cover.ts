// A cover (plan/modes/cover-reading.ts; docs/local-engine-modes.md, "Covers"): a book, magazine or
// album cover, or a movie poster, drawn as that format. Its picture is the prompt's scene (or its
// genre's), composed on its own and set into the page; over it a title area with the title the
// prompt gives (quoted, or capitals named as a title or masthead), else placeholder bars, never an
// invented title; the picture's subject stands below that title area (ScenePlan.headroom); then
// the format's small parts: a book's spine and author line, a film's billing
// block, a magazine's masthead, cover lines, volume and issue labels and barcode.
import { mixHex } from '../../../paint/color.js';
import type { Rect } from '../../../paint/stage.js';
import type { Composition } from '../../composition.js';
import { accentOf, embed, panelScene, pictureOf, setText, textAt, type InnerScene } from './format-kit.js';

const LIGHT = '#fbf7ee';

const luminance = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return (0.3 * (n >> 16) + 0.59 * ((n >> 8) & 255) + 0.11 * (n & 255)) / 255;
};

export function composeCover(composition: Composition, inner: InnerScene): string {
  const { c, plan } = composition;
  const f = plan.mode!.format!;
  const cv = f.cover!;
  const { W, H } = composition.stage;
  const u = Math.min(W, H);
  const [title, sub, third] = plan.texts.map((t) => t.text);
  // An art or design magazine's picture is its bold shapes, not a painter's palette.
  const artTopic = cv.cover === 'magazine' && !plan.subjects.length && plan.mode!.topic?.key === 'artist-palette';
  const picture = plan.mode!.panels?.[0] ?? (artTopic ? undefined : pictureOf(plan, { looseLast: true }));
  const parts: string[] = [];
  // A magazine on paper; one whose masthead is light ("the headline WANDER in white") is set over a full-bleed picture.
  // The title's ink: the cover's own word for it, else the colour named after the words ("WANDER in white").
  const asked = cv.ink ?? plan.texts[0]?.color;
  if (cv.cover === 'magazine' && !(asked && !cv.paper && luminance(asked) > 0.6)) return magazine(composition, inner, picture, title, sub);
  // The picture fills the cover.
  let shows = 'bold geometric shapes';
  if (picture) {
    // The subject stands below the title area, never under the title (a dragon's head, an astronaut's helmet).
    const headroom = cv.cover === 'book' ? 0.32 : cv.cover === 'album' ? 0.2 : 0.28;
    const scene = panelScene(inner, { ...picture, headroom }, { x: 0, y: 0, w: W, h: H });
    embed(c, scene.svg, { x: 0, y: 0, w: W, h: H });
    shows = scene.shows;
  } else {
    // Nothing to show: a deep field in the accent with a beam of light, as a title card.
    const accent = accentOf(plan, plan.prompt.length);
    shows = 'a deep field with a beam of light';
    c.rect(0, 0, W, H, c.radial([[0, mixHex(accent, '#ffffff', 0.25)], [0.6, accent], [1, mixHex(accent, '#000000', 0.7)]], [0.5, 0.3, 0.9]), { bare: true });
    c.polygon([W * 0.42, 0, W * 0.58, 0, W * 0.9, H, W * 0.1, H], '#ffffff', { bare: true, opacity: 0.08 });
  }
  // Shade for the type: top and bottom darkened, the whole picture for a moody genre.
  const shade = cv.moody ? 0.5 : 0.32;
  c.rect(0, 0, W, H, c.linear([[0, '#05060a', shade + 0.15], [0.38, '#05060a', cv.moody ? 0.22 : 0], [0.62, '#05060a', cv.moody ? 0.22 : 0], [1, '#05060a', shade + 0.25]]), { bare: true, layer: 'fg' });
  const ink = asked ?? LIGHT;
  const genre = cv.genre && (cv.cover === 'book' && !/BOOK$/.test(cv.genre) ? `A ${cv.genre} NOVEL` : cv.genre);
  if (cv.cover === 'book') {
    // The spine's fold down the left edge.
    c.rect(0, 0, W * 0.035, H, c.linear([[0, '#000000', 0.45], [0.7, '#000000', 0.15], [1, '#ffffff', 0.18]], [0, 0, 1, 0]), { bare: true, layer: 'fg' });
    if (genre) setText(c, genre, { x: W * 0.12, y: H * 0.045, w: W * 0.76, h: H * 0.035 }, ink, { weight: 'normal', spacing: 0.3, maxLines: 1, opacity: 0.85 });
    const titled = titleArea(composition, { x: W * 0.1, y: H * 0.1, w: W * 0.8, h: H * 0.2 }, title, sub, ink, u);
    const author = third;
    if (author) setText(c, author.toUpperCase(), { x: W * 0.15, y: H * 0.88, w: W * 0.7, h: H * 0.05 }, ink, { spacing: 0.2, maxLines: 1 });
    else c.rect(W * 0.32, H * 0.905, W * 0.36, u * 0.018, ink, { rx: u * 0.009, bare: true, layer: 'fg', opacity: 0.75 });
    parts.push(`${f.label}: ${shows} filling the cover${cv.moody ? ', darkened for a moody genre' : ''}, the spine's fold down the left edge`,
      ...(genre ? [`a genre line "${genre}" at the top`] : []), titled, author ? `the author "${author}" at the foot` : "an author's line as a bar at the foot");
  } else if (cv.cover === 'magazine') {
    const titled = title ? (setText(c, title, { x: W * 0.06, y: H * 0.035, w: W * 0.88, h: H * 0.17 }, ink, { maxLines: 1 }), `the masthead "${title}" across the top over the picture`)
      : (c.rect(W * 0.06, H * 0.05, W * 0.88, H * 0.12, ink, { rx: u * 0.01, bare: true, layer: 'fg', opacity: 0.9 }), 'a masthead block across the top (no name given)');
    if (sub) setText(c, sub, { x: W * 0.06, y: H * 0.215, w: W * 0.88, h: H * 0.05 }, ink, { weight: cv.thinSubtitle ? 'normal' : 'bold', spacing: 0.18, maxLines: 1 });
    for (let i = 0; i < 3; i++) c.rect(W * 0.06, H * (0.66 + i * 0.06), W * (0.36 - i * 0.06), u * 0.018, ink, { rx: u * 0.009, bare: true, layer: 'fg', opacity: 0.8 });
    parts.push(`${f.label}: ${shows} filling the cover`, titled, ...(sub ? [`"${sub}" beneath`] : []), 'cover lines as bars');
  } else if (cv.cover === 'movie') {
    c.rect(W * 0.25, H * 0.04, W * 0.5, u * 0.014, ink, { rx: u * 0.007, bare: true, layer: 'fg', opacity: 0.6 });
    const titled = titleArea(composition, { x: W * 0.08, y: H * 0.08, w: W * 0.84, h: H * 0.17 }, title, sub, ink, u);
    // The billing block: rows of thin condensed credits.
    for (let i = 0; i < 3; i++) {
      const w = W * (0.76 - i * 0.14);
      c.rect((W - w) / 2, H * (0.86 + i * 0.028), w, u * 0.008, ink, { rx: u * 0.004, bare: true, layer: 'fg', opacity: 0.55 });
    }
    parts.push(`${f.label}: ${shows} filling the poster${cv.moody ? ', darkened' : ''}`, titled,
      "a tagline bar at the top and a billing block of credits as thin lines at the foot");
  } else {
    // An album: a small title at the top left, the picture the sleeve.
    const titled = title
      ? (setText(c, title, { x: W * 0.06, y: H * 0.05, w: W * 0.6, h: H * 0.09 }, ink, { anchor: 'start', maxLines: 2 }),
        sub && setText(c, sub, { x: W * 0.06, y: H * 0.145, w: W * 0.5, h: H * 0.04 }, ink, { anchor: 'start', weight: 'normal', maxLines: 1, opacity: 0.85 }),
        `the title "${title}"${sub ? ` and "${sub}"` : ''} at the top left`)
      : (c.rect(W * 0.06, H * 0.06, W * 0.34, u * 0.03, ink, { rx: u * 0.015, bare: true, layer: 'fg', opacity: 0.85 }),
        c.rect(W * 0.06, H * 0.11, W * 0.22, u * 0.018, ink, { rx: u * 0.009, bare: true, layer: 'fg', opacity: 0.6 }),
        'a title area at the top left as bars (no title given)');
    if (genre) setText(c, genre, { x: W * 0.5, y: H * 0.92, w: W * 0.44, h: H * 0.035 }, ink, { anchor: 'end', weight: 'normal', spacing: 0.3, maxLines: 1, opacity: 0.8 });
    parts.push(`${f.label}: a square sleeve of ${shows}`, titled, ...(genre ? [`"${genre}" small at the foot`] : []));
  }
  return parts.join(', ');
}

/** The title (and a line under it) as large as fits, else two placeholder bars. Returns what `text` says. */
function titleArea(composition: Composition, r: Rect, title: string | undefined, sub: string | undefined, ink: string, u: number): string {
  const { c } = composition;
  if (!title) {
    c.rect(r.x + r.w * 0.1, r.y + r.h * 0.2, r.w * 0.8, r.h * 0.24, ink, { rx: u * 0.01, bare: true, layer: 'fg', opacity: 0.85 });
    c.rect(r.x + r.w * 0.22, r.y + r.h * 0.58, r.w * 0.56, r.h * 0.16, ink, { rx: u * 0.01, bare: true, layer: 'fg', opacity: 0.7 });
    return 'a title area with placeholder bars (no title given)';
  }
  const titleH = sub ? r.h * 0.68 : r.h;
  setText(c, title, { x: r.x, y: r.y, w: r.w, h: titleH }, ink, { maxLines: 2 });
  if (sub) setText(c, sub, { x: r.x + r.w * 0.1, y: r.y + titleH + r.h * 0.04, w: r.w * 0.8, h: r.h * 0.24 }, ink, { weight: 'normal', spacing: 0.12, maxLines: 1 });
  return `the title "${title}"${sub ? ` with "${sub}" under it` : ''}`;
}

/** A magazine: paper in the named colour, the masthead across the top, a line under it, the picture, cover lines, volume and issue. */
function magazine(composition: Composition, inner: InnerScene, picture: ReturnType<typeof pictureOf>, title: string | undefined, sub: string | undefined): string {
  const { c, plan } = composition;
  const f = plan.mode!.format!;
  const cv = f.cover!;
  const { W, H } = composition.stage;
  const u = Math.min(W, H);
  const dark = plan.mode!.dark && !cv.paper;
  const paper = cv.paper ?? (dark ? '#15151a' : '#f3efe6');
  const ink = cv.ink ?? plan.texts[0]?.color ?? (dark ? LIGHT : '#141414');
  const accent = accentOf(plan, plan.prompt.length);
  c.rect(0, 0, W, H, paper, { bare: true });
  const m = W * 0.06;
  let mast: string;
  if (title) {
    setText(c, title, { x: m, y: H * 0.035, w: W - 2 * m, h: H * 0.17 }, ink, { maxLines: 1 });
    mast = `the masthead "${title}" in ultra-bold type across the top`;
  } else {
    c.rect(m, H * 0.05, W - 2 * m, H * 0.12, ink, { rx: u * 0.01, bare: true, layer: 'fg', opacity: 0.9 });
    mast = 'a masthead block across the top (no name given)';
  }
  if (sub) setText(c, sub, { x: m, y: H * 0.215, w: W - 2 * m, h: H * 0.05 }, ink, { weight: cv.thinSubtitle ? 'normal' : 'bold', spacing: 0.18, maxLines: 1 });
  const panel: Rect = { x: m, y: H * 0.3, w: W - 2 * m, h: H * 0.56 };
  let shows = 'bold geometric shapes';
  if (picture) {
    const scene = panelScene(inner, picture, panel);
    embed(c, scene.svg, panel);
    shows = scene.shows;
  } else shapes(composition, panel, accent);
  // Cover lines: short bars down the left of the picture.
  for (let i = 0; i < 3; i++) {
    const y = panel.y + panel.h * (0.1 + i * 0.12);
    c.rect(panel.x + panel.w * 0.04, y, panel.w * (0.3 - i * 0.05), u * 0.016, ink, { rx: u * 0.008, bare: true, layer: 'fg', opacity: 0.8 });
    c.rect(panel.x + panel.w * 0.04, y + u * 0.028, panel.w * (0.22 - i * 0.03), u * 0.01, ink, { rx: u * 0.005, bare: true, layer: 'fg', opacity: 0.55 });
  }
  // Volume and issue: small labels with grey lines (the numbers are never invented); a barcode.
  const y = H * 0.925, size = u * 0.026;
  const grey = mixHex(ink, paper, 0.55);
  textAt(c, 'VOL.', m, y, size, ink, { weight: 'bold', spacing: 0.1 });
  c.rect(m + size * 2.8, y - size * 0.45, size * 2.4, size * 0.3, grey, { rx: size * 0.15, bare: true, layer: 'fg' });
  textAt(c, 'NO.', m + size * 6.2, y, size, ink, { weight: 'bold', spacing: 0.1 });
  c.rect(m + size * 8.4, y - size * 0.45, size * 2.4, size * 0.3, grey, { rx: size * 0.15, bare: true, layer: 'fg' });
  const bx = W - m - u * 0.14;
  c.rect(bx - u * 0.01, y - u * 0.07, u * 0.16, u * 0.085, '#ffffff', { bare: true, layer: 'fg' });
  for (let i = 0; i < 22; i++) if ((i * 7) % 5 !== 0) c.rect(bx + i * u * 0.0062, y - u * 0.062, u * (i % 3 === 0 ? 0.004 : 0.0022), u * 0.068, '#111111', { bare: true, layer: 'fg' });
  const subText = sub ? `, "${sub}" in ${cv.thinSubtitle ? 'thin' : 'bold'} type beneath` : '';
  return `${f.label}: ${cv.paper ? 'coloured paper, ' : ''}${mast}${subText}, a picture panel of ${shows}, cover lines as bars, volume and issue labels with grey lines and a barcode at the foot`;
}

/** Bold 1980s geometric shapes: a disc, a triangle, stripes and a dot grid in the accent and its mixes. */
function shapes(composition: Composition, r: Rect, accent: string): void {
  const { c } = composition;
  const s = Math.min(r.w, r.h);
  c.rect(r.x, r.y, r.w, r.h, mixHex(accent, '#ffffff', 0.8), { bare: true, layer: 'fg' });
  c.circle(r.x + r.w * 0.62, r.y + r.h * 0.42, s * 0.26, accent, { bare: true, layer: 'fg' });
  c.polygon([r.x + r.w * 0.12, r.y + r.h * 0.9, r.x + r.w * 0.42, r.y + r.h * 0.3, r.x + r.w * 0.72, r.y + r.h * 0.9], '#141414', { bare: true, layer: 'fg', opacity: 0.9 });
  for (let i = 0; i < 5; i++) c.rect(r.x + r.w * 0.08, r.y + r.h * (0.12 + i * 0.045), r.w * 0.3, s * 0.014, '#e0402f', { bare: true, layer: 'fg' });
  for (let i = 0; i < 5; i++) for (let j = 0; j < 4; j++) c.circle(r.x + r.w * (0.78 + i * 0.035), r.y + r.h * (0.72 + j * 0.05), s * 0.008, '#141414', { bare: true, layer: 'fg' });
}
