// Warhol's grid (docs/local-engine.md, "Styles", pop art): the picture composed once per quarter,
// each in another loud colourway (its colours pulled hard toward a palette of two or three), set
// 2 × 2 in the frame.
import { Canvas } from '../paint/canvas.js';
import { createGrade, namedPalette } from '../paint/grade.js';
import type { ComposedPicture, ComposeInput } from './compose.js';

const COLOURWAYS = [['#ff4fa3', '#ffe033', '#1e63d6'], ['#19c9e6', '#ff7a1a', '#8a2be2'], ['#ffe033', '#8440c4', '#e0312b'], ['#3fd16a', '#e0312b', '#ff9ad5']];

/** Whether the prompt asks for Warhol's repeated grid: pop art that names Warhol, and a plain scene. */
export function wantsPopGrid(input: ComposeInput): boolean {
  const { plan } = input;
  return plan.style === 'popart' && /\bwarhol/i.test(plan.prompt) && !plan.globe && !input.palette && (!plan.mode || plan.mode.kind === 'portrait');
}

export function composePopGrid(input: ComposeInput, compose: (input: ComposeInput) => ComposedPicture): ComposedPicture {
  const { width: W, height: H } = input;
  const w = Math.floor(W / 2), h = Math.floor(H / 2);
  const c = new Canvas(W, H, { style: 'popart', grade: createGrade({ time: 'day', lighting: [], style: 'popart', vintageDecor: false, indoor: true }) });
  let said = '';
  COLOURWAYS.forEach((way, i) => {
    const palette = { ...namedPalette(way)!, strength: 0.85 };
    const tile = compose({ ...input, width: i % 2 ? W - w : w, height: i < 2 ? h : H - h, palette });
    if (i === 0) said = tile.description;
    const body = tile.svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '')
      .replace(/id="/g, `id="w${i}-`).replace(/url\(#/g, `url(#w${i}-`).replace(/href="#/g, `href="#w${i}-`);
    const tw = i % 2 ? W - w : w, th = i < 2 ? h : H - h;
    c.add(`<svg x="${i % 2 ? w : 0}" y="${i < 2 ? 0 : h}" width="${tw}" height="${th}" viewBox="0 0 ${tw} ${th}">${body}</svg>`);
  });
  // The tiles' own text says what one holds; the colour pull is the grid's, not a reference's.
  const one = said.replace(/, in shades of [^,()]*/, '').replace(/, colours taken from the reference images/, '');
  return { svg: c.toSvg(), description: `a Warhol-style 2 × 2 grid of the same picture in four colourways: ${one}`, layout: [] };
}
