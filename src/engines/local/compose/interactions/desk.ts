// A figure working at a desk ("a person sitting at a modern desk, focused on a laptop",
// docs/local-engine.md "Interactions"): seated on a stool behind the desk, the desk in front of
// its lap, and the laptop on the desk with its screen turned to the figure, so the viewer sees the
// lid's back and the screen's glow on the face.
import { fmt } from '../../paint/canvas.js';
import { drawProc } from '../../paint/props/props.js';
import type { Interaction } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { withArticle } from '../describe.js';
import { claim, floorLine, seatedArt } from './place-interaction.js';
import { placeCall } from './video-call.js';

export function placeDesk(composition: Composition, interaction: Interaction): boolean {
  if (interaction.call) return placeCall(composition, interaction);
  const { W, H } = composition.stage;
  const figure = interaction.figures[0]!;
  const art = seatedArt(composition, figure, 'desk');
  const laptop = interaction.object;
  if (!art || !laptop) return false;
  const base = floorLine(composition);
  const room = base - composition.topLimit;
  const h = Math.min(H * 0.6, room * 0.9, (W * 0.5) / 1.5);
  const k = h / 62;
  const cx = W / 2;
  const deskW = h * 1.5, deskH = 21 * k;
  const top = base - deskH;
  const wore: string[] = [];
  // Small things named with it (a cup of coffee, a phone) stand on the desk beside the laptop.
  const onDesk = composition.plan.subjects.filter((s) => s.role === 'prop' && s.thing.place === 'table' && !s.thing.animate && s.count === 1).slice(0, 2);
  for (const s of onDesk) composition.consumed.add(s);
  if (onDesk.length) interaction.phrase += `, with ${onDesk.map((s) => withArticle(s.label)).join(' and ')} beside it`;
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      const c = composition.c;
      composition.shadow({ x: cx, bottom: base, w: deskW, h: deskH, flip: false });
      // The figure behind the desk: its legs and stool hidden by the desk's front.
      wore.push(...art.draw(cx, base - 2 * k, h, false).wore);
      drawProc(c, 'desk', cx, base, deskH, { rng: composition.rng.fork('desk'), layer: 'fg' }, deskW);
      // The laptop's lid, seen from behind, rising from its base on the desk top.
      const lw = h * 0.5, lh = h * 0.3, lx = cx - lw / 2 - h * 0.04, ly = top - lh;
      c.circle(cx, ly - h * 0.1, h * 0.32, c.radial([[0, '#bfe3ff', 0.22], [1, '#bfe3ff', 0]]), { bare: true, layer: 'fg' });
      c.rect(lx - lw * 0.04, top - h * 0.025, lw * 1.08, h * 0.03, '#8e96a3', { layer: 'fg', rx: h * 0.01 });
      c.path(`M${fmt(lx)} ${fmt(top - h * 0.02)}L${fmt(lx + lw * 0.03)} ${fmt(ly)}H${fmt(lx + lw * 0.97)}L${fmt(lx + lw)} ${fmt(top - h * 0.02)}Z`, '#c3c8d0', { layer: 'fg' });
      c.circle(lx + lw / 2, ly + lh * 0.45, lh * 0.1, '#e8ebf0', { layer: 'fg', bare: true });
      onDesk.forEach((s, i) => {
        const sh = h * 0.16, x = cx + deskW * (0.3 - i * 0.62);
        composition.drawThing(s.thing, { x, bottom: top + h * 0.01, w: sh * composition.aspectOf(s.thing), h: sh, flip: false }, s.color?.hex);
      });
    },
  });
  const figTop = base - 2 * k - h;
  composition.record(figure.label, 'main', undefined, { x: cx, bottom: base, w: h * art.aspect, h, flip: false });
  composition.record(laptop.label, 'prop', undefined, { x: cx, bottom: top, w: h * 0.5, h: h * 0.3, flip: false });
  claim(composition, { x: cx - deskW / 2, y: figTop, w: deskW, h: base - figTop }, h);
  composition.drawn.main = { subject: figure, count: 1, wore, held: [] };
  return true;
}
