// Figures with each other: two facing across a game table, two facing each other, a group standing
// behind a table with its plates or laptops.
import { gameBoard } from '../../paint/props/action-props.js';
import { drawProc } from '../../paint/props/props.js';
import { SERVERS } from '../../plan/people-scenes.js';
import type { Interaction } from '../../plan/scene-plan.js';
import { MEAL } from '../../read/lexicon-actions.js';
import type { Composition } from '../composition.js';
import { claim, figureArt, floorLine, seatedArt, type FigureArt } from './place-interaction.js';

export function placeTogether(composition: Composition, interaction: Interaction): boolean {
  const { W, H } = composition.stage;
  const game = interaction.kind === 'board-game';
  // "A job interview", "a doctor with a patient": seated facing each other across a desk.
  const desk = interaction.kind === 'face' && interaction.object?.proc === 'table';
  // Players sit at their game, each on a stool, turned to the board.
  const arts = interaction.figures.map((f, i) => ((game || desk) && i < 2 ? seatedArt(composition, f, String(i)) : undefined) ?? figureArt(composition, f, true, String(i)));
  const base = floorLine(composition);
  const room = base - composition.topLimit;
  if (interaction.kind === 'group-table') {
    const first = interaction.figures[0];
    const serving = arts.length >= 2 && (SERVERS.test(first.label) || SERVERS.test(first.thing.key));
    // The customers sit, each on a stool, the table before them.
    const guests = serving ? interaction.figures.slice(1).map((f, i) => seatedArt(composition, f, `g${i}`) ?? arts[i + 1]) : arts;
    return groupTable(composition, guests, base, room, serving ? arts[0] : undefined);
  }
  const [a, b] = arts;
  if (!b) return false;
  // Two figures and (for a game) the table between them share the width.
  let h = Math.min(H * 0.58, room * 0.95);
  // A ball they play with lies on the ground between them.
  const ball = interaction.kind === 'face' && !desk ? interaction.object : undefined;
  const tableW = (hh: number) => (game || desk ? hh * 0.75 : ball ? hh * 0.4 : hh * 0.12);
  const need = (hh: number) => hh * a.aspect * a.scale + hh * b.aspect * b.scale + tableW(hh);
  if (need(h) > W * 0.92) h *= (W * 0.92) / need(h);
  const cx = W / 2;
  const tw = tableW(h);
  const ax = cx - tw / 2 - (h * a.aspect * a.scale) * 0.4, bx = cx + tw / 2 + (h * b.aspect * b.scale) * 0.4;
  const wore: string[] = [];
  const held: string[] = [];
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      for (const [art, x, flip] of [[a, ax, false], [b, bx, true]] as const) {
        composition.shadow({ x, bottom: base, w: h * art.aspect * art.scale, h: h * art.scale, flip });
        const r = art.draw(x, base, h * art.scale, flip);
        if (art === a) {
          wore.push(...r.wore);
          held.push(...r.held);
        }
      }
      if (ball) {
        // At the first player's foot, about to be kicked.
        const bh = h * 0.17, bx0 = cx - tw * 0.2;
        composition.shadow({ x: bx0, bottom: base, w: bh, h: bh, flip: false });
        composition.drawThing(ball, composition.settle(ball, { x: bx0, bottom: base, w: bh, h: bh, flip: false }));
      }
      if (game || desk) {
        const th = h * (a.seated ? 0.4 : 0.42);
        drawProc(composition.c, 'table', cx, base, th, { rng: composition.rng, layer: 'fg' }, tw);
        if (game) gameBoard(composition.c, composition.icons, cx, base - th + th * 0.02, tw * 0.72, interaction.board ?? 'dice');
        else for (const [key, f] of [['laptop', -0.2], ['memo', 0.22]] as const) composition.icons.draw(key, cx + tw * f, base - th + th * 0.02, h * 0.14, { layer: 'fg' });
      }
    },
  });
  const left = ax - (h * a.aspect * a.scale) / 2, right = bx + (h * b.aspect * b.scale) / 2;
  claim(composition, { x: left, y: base - h, w: right - left, h }, h);
  composition.drawn.main = { subject: a.subject, count: 1, wore, held };
  return true;
}

/** Three to five figures side by side behind one long table, facing the viewer. */
function groupTable(composition: Composition, arts: FigureArt[], base: number, room: number, server?: FigureArt): boolean {
  const { W, H } = composition.stage;
  const n = arts.length;
  // A waiter stands at the table's right end, a little taller than the seated row.
  const serverW = (hh: number) => (server ? hh * 1.2 * server.aspect * 1.2 : 0);
  const widthOf = (hh: number) => arts.reduce((sum, art) => sum + hh * art.aspect * art.scale * 0.92, 0) + serverW(hh);
  let h = Math.min(H * 0.55, room * 0.9);
  if (widthOf(h) > W * 0.9) h *= (W * 0.9) / widthOf(h);
  const total = widthOf(h) - serverW(h);
  const tableTop = base - h * (server ? 0.38 : 0.32);
  const tw = Math.min(W * 0.96 - serverW(h), total * 1.1);
  const meal = !!server || MEAL.test(composition.plan.prompt);
  const items = meal ? ['fork-and-knife-with-plate', 'wine-glass'] : ['laptop', 'memo', 'hot-beverage'];
  const wore: string[] = [];
  const held: string[] = [];
  const shift = -serverW(h) / 2;
  let x = (W - total) / 2 + shift;
  const spots = arts.map((art) => {
    const w = h * art.aspect * art.scale * 0.92;
    const spot = { art, x: x + w / 2 };
    x += w;
    return spot;
  });
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      spots.forEach(({ art, x: fx }, i) => {
        // Figures a step back from the table, the middle ones a little taller in the row.
        const r = art.seated ? art.draw(fx, base - h * 0.02, h * 0.9 * art.scale, i >= n / 2) : art.draw(fx, tableTop + h * 0.22, h * art.scale, i >= n / 2);
        if (i === 0 && !server) {
          wore.push(...r.wore);
          held.push(...r.held);
        }
      });
      composition.shadow({ x: W / 2 + shift, bottom: base, w: tw, h: h * 0.32, flip: false });
      drawProc(composition.c, 'table', W / 2 + shift, base, base - tableTop, { rng: composition.rng, layer: 'fg', color: meal ? '#f4f1ea' : '#8a5a36' }, tw);
      spots.forEach(({ x: fx }, i) => composition.icons.draw(items[i % items.length], fx, tableTop + h * 0.01, h * 0.16, { layer: 'fg' }));
      if (server) {
        const sh = h * 1.2, sx = W / 2 + shift + tw / 2 + serverW(h) * 0.45;
        composition.shadow({ x: sx, bottom: base, w: sh * server.aspect, h: sh, flip: true });
        const r = server.draw(sx, base, sh * server.scale, true);
        wore.push(...r.wore);
        held.push(...r.held);
      }
    },
  });
  const x0 = (W - tw) / 2 + shift;
  claim(composition, { x: x0, y: base - h * 1.2, w: tw + serverW(h), h: h * 1.2 }, h);
  composition.drawn.main = { subject: (server ?? arts[0]).subject, count: 1, wore, held };
  return true;
}
