// A garment's print (docs/local-engine-modes.md, "T-shirt designs"): the T-shirt or hoodie large
// and centred on studio paper, and on its chest the design the prompt describes: its background
// (a patch of the named place, paint splashes), the figure (on its skateboard, the things it juggles
// arcing over its hands), a trail of stardust, and the quoted phrase lettered above, below or round it.
import { paintStudioPaper } from '../../paint/screens/mode-backdrops.js';
import { hoodie, PRINT_AREA, tshirt } from '../../paint/props/apparel.js';
import { boxOf } from '../../paint/props/proc-box.js';
import { inkOn, letterAround, paintSkateboard, letterStraight, paintSplashes, paintTrail, printGround } from '../../paint/props/print-art.js';
import type { Rect } from '../../paint/stage.js';
import { juggles, type PrintReading } from '../../plan/modes/apparel-print.js';
import type { ScenePlan } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { counted, list, withArticle } from '../describe.js';
import { embed, type InnerScene } from './formats/format-kit.js';
import { drawSubject, figureOf } from './hero.js';
import type { ModeResult } from './mode-kit.js';
import { paintManner } from './art-manners.js';
import { MANNER_LABELS } from '../../plan/modes/art-manner.js';

const PLACE_NAMES: Partial<Record<ScenePlan['setting'], string>> = { space: 'outer space' };

export function composePrint(composition: Composition, print: PrintReading, inner: InnerScene): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const paper = plan.backdrop ?? (print.color.name === 'white' ? '#dfe3e8' : '#eef0f3');
  paintStudioPaper(c, paper);
  const aspect = 1.05;
  const h = Math.min(H * 0.92, (W * 0.94) / aspect), w = h * aspect;
  const bottom = H / 2 + h / 2;
  c.ellipse(W / 2, bottom - h * 0.01, w * 0.4, h * 0.03, c.radial([[0, '#000000', 0.25], [1, '#000000', 0]]), { bare: true, layer: 'fg' });
  const box = boxOf(W / 2, bottom, w, h);
  (print.garment === 'hoodie' ? hoodie : tshirt)(c, box, { color: print.color.hex, layer: 'fg', rng: composition.rng.fork('garment') });
  const a = PRINT_AREA[print.garment];
  const area = { x: box.x0 + a.x * w, y: box.y0 + a.y * h, w: a.w * w, h: a.h * h };
  const design = drawDesign(composition, print, area, inner);
  composition.mainRect = area;
  const garment = `${print.color.name} ${print.garment === 'hoodie' ? 'hoodie' : 't-shirt'}`;
  return { hero: `${withArticle(garment)} printed with ${design}`, wore: [], held: [], around: [], heroPlace: 'large, centred', accent: print.color.hex, backdrop: 'seamless studio paper' };
}

/** The print inside `area`; returns what it shows, for `text`. */
function drawDesign(composition: Composition, print: PrintReading, area: Rect, inner: InnerScene): string {
  const { c, plan } = composition;
  const phrase = plan.texts.map((t) => t.text).join(' ');
  const fabric = print.color.hex;
  // The art's square: the whole area round a wrapped phrase, the top of it above a straight one.
  const band = phrase && !print.wrap ? area.h * 0.26 : 0;
  const room = { x: area.x, y: area.y, w: area.w, h: area.h - band };
  const wrapGap = phrase && print.wrap ? 0.72 : 1;
  const side = Math.min(room.w, room.h) * wrapGap;
  const art = { x: room.x + (room.w - side) / 2, y: room.y + (room.h - side) / 2, w: side, h: side };
  const round = print.wrap || !band;
  const parts: string[] = [];
  const [figure, ...rest] = plan.subjects;
  // The design's background: the named place seen through a round or rounded window, else splashes, else a soft ground.
  const place = plan.settingExplicit && plan.setting !== 'studio' ? PLACE_NAMES[plan.setting] ?? plan.setting.replace('-', ' ') : undefined;
  if (place) {
    const { mode: _m, interaction: _i, ...scene } = plan;
    const size = Math.round(side);
    embed(c, inner({ ...scene, subjects: [], texts: [], unknown: [] }, size, size).svg, art, { rx: round ? side / 2 : side * 0.08 });
  } else if (plan.manner && plan.manner !== 'surreal') {
    // "A t-shirt design in the style of Kandinsky": the painting is the print, in a rounded square.
    const clip = c.id('manner-print');
    c.def(`<clipPath id="${clip}"><rect width="${side.toFixed(1)}" height="${side.toFixed(1)}" rx="${(round ? side / 2 : side * 0.08).toFixed(1)}"/></clipPath>`);
    c.group(`transform="translate(${art.x.toFixed(1)} ${art.y.toFixed(1)})" clip-path="url(#${clip})"`);
    paintManner(c, plan.manner, side, side, composition.rng.fork('manner'));
    c.end();
  } else if (!print.splashes && figure) printGround(c, art, fabric);
  if (print.splashes) paintSplashes(c, { x: art.x - side * 0.08, y: art.y - side * 0.04, w: side * 1.16, h: side * 1.08 }, inkOn(fabric), composition.rng.fork('splash'));
  const cx = art.x + side / 2;
  const manner = !place && plan.manner && plan.manner !== 'surreal' ? MANNER_LABELS[plan.manner] : undefined;
  let shows = manner ?? 'an abstract pattern';
  if (figure) {
    // A rider stands on its board as a whole figure (a skeleton's skull on its body), not seated on a mount.
    const standing = { ...figure, riding: undefined };
    const fig = figureOf(composition, standing);
    const juggling = juggles(figure);
    const fh = side * (juggling ? 0.5 : figure.riding ? 0.5 : 0.62);
    const board = figure.riding ? fh * 0.4 : 0;
    const foot = art.y + side * (juggling ? 0.9 : 0.86) - board * 0.55;
    if (print.trail) paintTrail(c, cx - side * 0.05, foot - fh * 0.1, art.x + side * 0.02, art.y + side * 0.22, side * 0.05, composition.rng.fork('trail'));
    if (figure.riding?.key === 'skateboard') {
      paintSkateboard(c, cx, foot, side * 0.44);
      drawSubject(composition, standing, fig, cx, foot, fh, 'print');
    } else if (figure.riding) {
      // A mount or a bicycle: drawn large, its rider's picture sat on it.
      const mountH = side * 0.5, riderH = side * 0.36;
      composition.drawThing(figure.riding, { x: cx, bottom: foot, w: mountH * composition.aspectOf(figure.riding), h: mountH, flip: false });
      composition.drawThing(figure.thing, { x: cx - mountH * 0.05, bottom: foot - mountH * 0.5, w: riderH * composition.aspectOf(figure.thing), h: riderH, flip: false }, figure.color?.hex);
    } else drawSubject(composition, standing, fig, cx, foot, fh, 'print');
    shows = withArticle(counted(figure.label, 1, figure.color?.name));
    if (figure.riding) shows += ` on ${withArticle(figure.riding.label)}`;
    // One of each thing juggled, then more of them in turn, up to five in the air.
    const tossed = rest.length ? Array.from({ length: Math.max(rest.length, Math.min(5, rest.reduce((n, s) => n + s.count, 0))) }, (_, i) => rest[i % rest.length]!).slice(0, 6) : [];
    if (juggling && tossed.length) {
      // What it juggles, in an arc over its hands, each turned a little as if mid-air.
      const top = foot - fh, n = tossed.length, size = side * Math.min(0.2, 0.8 / n);
      tossed.forEach((s, i) => {
        const t = n === 1 ? 0.5 : i / (n - 1), ang = Math.PI * (1.12 + t * 0.76);
        const x = cx + Math.cos(ang) * side * 0.38, y = top + fh * 0.3 + Math.sin(ang) * side * 0.3;
        composition.drawThing(s.thing, { x, bottom: y + size / 2, w: size * composition.aspectOf(s.thing), h: size, flip: false }, s.color?.hex, (i % 2 ? 1 : -1) * 18);
      });
      shows += `${/juggling/.test(figure.label) ? '' : ' juggling'} ${list(rest.map((s) => withArticle(counted(s.label, tossed.filter((t) => t === s).length, s.color?.name))))}, in the air over its hands`;
    } else if (rest.length) {
      const beside = rest.slice(0, 2);
      beside.forEach((s, i) => {
        const size = side * 0.2, x = i ? art.x + side * 0.86 : art.x + side * 0.14;
        composition.drawThing(s.thing, { x, bottom: foot, w: size * composition.aspectOf(s.thing), h: size, flip: false }, s.color?.hex);
      });
      shows += ` with ${list(beside.map((s) => withArticle(counted(s.label, 1, s.color?.name))))} beside it`;
    }
  }
  parts.push(shows);
  if (manner && figure) parts.push(`on ${manner.replace(/^an? /, (a) => `${a}${round ? 'round' : 'square'} patch of `)}`);
  if (place) parts.push(`on a ${round ? 'round' : 'square'} patch of ${place}`);
  if (print.splashes) parts.push('on splashes of paint and doodles');
  if (print.trail && figure) parts.push('leaving a trail of stardust');
  if (phrase) {
    const look = print.lettering === 'graffiti' ? 'graffiti letters' : print.lettering === 'glow' ? 'glowing letters' : 'bold letters';
    if (print.wrap) letterAround(c, phrase, cx, art.y + side / 2, side / 2 + side * 0.06, print.lettering, fabric);
    else letterStraight(c, phrase, { x: area.x - area.w * 0.08, y: area.y + area.h - band, w: area.w * 1.16, h: band }, print.lettering, fabric);
    parts.push(`lettered "${phrase}" ${print.wrap ? 'wrapped round it' : 'under it'} in ${look}`);
  }
  return parts.join(', ');
}

