// App icons (docs/local-engine-modes.md, "App icons"): one large rounded-square tile centred on a
// plain backdrop, with a soft drop shadow, filled with the asked gradient (the prompt's hex colours
// exactly), and a bold glyph on it from the prompt's subject: a rising chart line for stocks or
// finance, a smiling face for moods, else the subject the prompt names, its first letter or a star.
import { fmt } from '../../paint/canvas.js';
import { luma, mixHex, parseHex } from '../../paint/color.js';
import { drawChartGlyph, drawSmileyGlyph, drawStarGlyph, drawTile } from '../../paint/screens/app-icon.js';
import { gradientColors } from '../../paint/screens/mode-backdrops.js';
import { escapeXml, fitText } from '../../paint/signs.js';
import { iconLabel } from '../../plan/modes/icon-text.js';
import type { Composition } from '../composition.js';
import { withArticle } from '../describe.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';
import type { ModeResult } from './mode-kit.js';

export function composeAppIcon(composition: Composition): ModeResult {
  const { c, plan } = composition;
  const mode = plan.mode!;
  const { W, H } = composition.stage;
  const [from, to] = contrastingTile(tileColors(mode.colors, mode.dark, mode.bold), mode.glyph === 'letter' ? mode.glyphColor : undefined);
  // The backdrop is plain: colour words about "the background" are the tile's, unless they differ.
  // "A dark background" beside a gradient of its own is the backdrop's: a near-black field.
  const darkField = /\b(?:dark|black) (?:background|backdrop)\b/i.test(plan.prompt) ? '#15171d' : undefined;
  const paper = darkField ?? (plan.backdrop && !mode.colors.includes(plan.backdrop) && !/#[0-9a-f]{3,6}\b/i.test(plan.prompt) ? plan.backdrop : '#eef0f4');
  c.add(`<rect x="0" y="0" width="${W}" height="${H}" fill="${paper}"/>`);
  const s = Math.min(W, H) * 0.68;
  const tile = { x: (W - s) / 2, y: (H - s) / 2 - s * 0.02, w: s, h: s };
  drawTile(c, tile, from, to);
  composition.mainRect = tile;
  const light = (luma(parseHex(from)) + luma(parseHex(to))) / 2 > 0.62;
  const ink = mode.glyphColor ?? (light ? mixHex(from, '#1a1206', 0.78) : '#ffffff');
  const cx = tile.x + s / 2, cy = tile.y + s / 2;
  const lower = plan.prompt.toLowerCase();
  let glyph: string;
  let bare = false;
  const [subject] = modeSubjects(composition, false).filter((x) => !x.thing.loose);
  switch (mode.glyph === 'subject' && !subject ? 'star' : mode.glyph) {
    case 'chart': {
      const box = { x: tile.x + s * 0.16, y: tile.y + s * 0.2, w: s * 0.68, h: s * 0.6 };
      drawChartGlyph(c, box, ink, { candles: /\bcandle/.test(lower), grid: /\bgrid/.test(lower), glow: mode.glow });
      glyph = 'a rising chart line with the area under it shaded';
      if (/\bcandle/.test(lower)) glyph += ' and candlestick bars';
      break;
    }
    case 'smiley':
      drawSmileyGlyph(c, cx, cy, s * 0.3, mode.glyphColor ?? (light ? '#ffc83d' : '#ffd23f'));
      glyph = 'a smiling face';
      break;
    case 'subject': {
      const fig = figureOf(composition, subject!);
      const h = Math.min(s * 0.6, (s * 0.66) / fig.spec.aspect);
      drawSubject(composition, subject!, fig, cx, cy + h / 2, h, 'icon');
      glyph = subject!.label;
      // "Books", "paw prints": a plural picture takes no article.
      bare = /^[a-z-]+[^s]s$/.test(glyph);
      break;
    }
    case 'letter': {
      // The quoted text whole, sized to fit (bold type is about a tenth wider than fitText measures).
      const label = iconLabel(plan.texts[0]?.text ?? 'A');
      const one = [...label].length === 1;
      const shown = one ? label.toUpperCase() : label;
      const { size } = fitText(shown, (one ? s * 0.6 : s * 0.74) / 1.1, s * 0.6, 1);
      c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" x="${fmt(cx)}" y="${fmt(cy + size * 0.36)}" fill="${ink}">${escapeXml(shown)}</text>`);
      glyph = one ? `the letter ${shown}` : `the text "${shown}" in ${ink}`;
      break;
    }
    default:
      drawStarGlyph(c, cx, cy + s * 0.02, s * 0.26, ink);
      glyph = 'a star';
  }
  return {
    hero: `a rounded-square tile with a diagonal gradient from ${from} to ${to}, showing ${bare ? glyph : withArticle(glyph)}`,
    wore: [], held: [], around: [], heroPlace: 'centred, with a soft drop shadow', accent: from,
    backdrop: `a plain ${luma(parseHex(paper)) > 0.5 ? 'light' : 'dark'} backdrop`,
  };
}

/**
 * A tile that the asked text colour stands out on: white text on a white tile takes a bold dark
 * gradient instead (and dark text on a dark tile a pale one).
 */
function contrastingTile(tile: [string, string], ink: string | undefined): [string, string] {
  if (!ink) return tile;
  const inkL = luma(parseHex(ink));
  const tileL = (luma(parseHex(tile[0])) + luma(parseHex(tile[1]))) / 2;
  if (Math.abs(inkL - tileL) >= 0.4) return tile;
  return inkL > 0.5 ? ['#3b2bd6', '#0b1030'] : ['#fdf3e3', '#f2d8b8'];
}

/** The tile's two colours: the prompt's hex or colour words, else a gradient like a banner's. */
function tileColors(colors: string[], dark: boolean, bold: boolean): [string, string] {
  if (colors.length >= 2) return [colors[0]!, colors[1]!];
  if (colors.length === 1) return [colors[0]!, mixHex(colors[0]!, dark ? '#000000' : '#ffffff', 0.25)];
  const g = gradientColors({ colors, dark, bold });
  return [g.from, g.to];
}
