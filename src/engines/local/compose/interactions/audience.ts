// A speaker, a teacher or a singer at the front, an audience seated facing them (docs/local-engine.md,
// "Scenes of people"): "a speaker giving a presentation to an audience", "a teacher and students in
// a classroom", "a crowd at a rock concert". A talk has its projection screen with a chart behind the
// speaker; a classroom's chalkboard and a stage's curtains are the room's own.
import type { Interaction } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { claim, figureArt, floorLine, seatedArt } from './place-interaction.js';

export function placeAddress(composition: Composition, interaction: Interaction): boolean {
  const { c } = composition;
  const { W, H } = composition.stage;
  const [lead, ...rest] = interaction.figures;
  if (!lead || !rest.length) return false;
  // A performer's guitar is drawn large across the body, not as a small thing in the hand.
  const singing = /singer|performer|musician/.test(lead.label);
  const guitar = lead.holding.find((t) => t.key === 'guitar');
  const speaker = figureArt(composition, guitar ? { ...lead, holding: lead.holding.filter((t) => t !== guitar) } : lead, true, 'lead');
  // A concert crowd stands; a talk's listeners sit on stools.
  const seated = rest.map((f, k) => (singing ? undefined : seatedArt(composition, f, `a${k}`)) ?? figureArt(composition, f, true, `a${k}`));
  const base = floorLine(composition);
  const room = base - composition.topLimit;
  const left = composition.rng.chance(0.5);
  // The speaker stands tall at the front; the listeners, nearer the viewer, are drawn smaller so
  // the one who talks (or sings) is plainly the one everyone looks at (docs/local-engine.md).
  let h = Math.min(H * 0.62, room * 0.98);
  // The audience row takes what the speaker leaves, a little nearer the viewer.
  const front = Math.min(H * 0.985, base + H * 0.08);
  const ah = () => h * (singing ? 0.55 : 0.58);
  const rowW = () => seated.reduce((sum, a) => sum + ah() * a.aspect * a.scale * 0.82, 0);
  const speakerW = () => h * speaker.aspect * speaker.scale;
  const need = () => speakerW() * 1.9 + rowW();
  if (need() > W * 0.96) h *= (W * 0.96) / need();
  const sx = left ? W * 0.04 + speakerW() * 0.95 : W * 0.96 - speakerW() * 0.95;
  const teaching = /teacher|lecturer|professor/.test(lead.label) || lead.thing.key === 'teacher';
  const tiered = teaching && /\b(lecture (?:hall|theat(?:er|re))s?|auditorium|amphitheat(?:er|re))\b/i.test(composition.plan.prompt);
  const screen = !teaching && !/singer/.test(lead.label) && composition.stage.kind === 'room';
  const total = rowW();
  let x = left ? W * 0.97 - total : W * 0.03;
  const spots = seated.map((art) => {
    const w = ah() * art.aspect * art.scale * 0.82;
    const spot = { art, x: x + w / 2 };
    x += w;
    return spot;
  });
  const wore: string[] = [];
  const held: string[] = [];
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      if (tiered) {
        // A lecture hall's tiers rising behind the listeners: each a riser with its desk's top.
        const a0 = left ? spots[0]!.x - total * 0.2 - W * 0.03 : 0, a1 = left ? W : x + total * 0.2 + W * 0.03;
        for (let k = 3; k >= 1; k--) {
          const y = front - ah() * (0.5 + 0.3 * k);
          c.rect(a0, y, a1 - a0, ah() * 0.3 + 1, k % 2 ? '#7a5236' : '#6c4930', { layer: 'fg' });
          c.rect(a0, y, a1 - a0, ah() * 0.05, '#b0835a', { layer: 'fg' });
        }
      }
      if (screen) {
        // The projection screen on the wall behind the speaker, a bar chart on it.
        const sw = Math.min(W * 0.3, h * 0.9), shh = sw * 0.58, top = Math.max(composition.topLimit, base - h * 1.25);
        const scx = left ? sx + sw * 0.35 : sx - sw * 0.35;
        c.rect(scx - sw / 2 - sw * 0.02, top - sw * 0.02, sw * 1.04, shh + sw * 0.04, '#59606a', { layer: 'fg' });
        c.rect(scx - sw / 2, top, sw, shh, '#f7f8fa', { layer: 'fg' });
        const bars = [0.35, 0.55, 0.45, 0.8];
        bars.forEach((v, k) => c.rect(scx - sw * 0.36 + k * sw * 0.19, top + shh * (0.9 - v * 0.75), sw * 0.12, shh * v * 0.75, ['#2f6fde', '#3aa845', '#f2b705', '#e0312b'][k]!, { layer: 'fg' }));
      }
      composition.shadow({ x: sx, bottom: base, w: speakerW(), h, flip: !left });
      const r = speaker.draw(sx, base, h * speaker.scale, !left);
      wore.push(...r.wore);
      held.push(...r.held);
      if (guitar) {
        // Slung across the body: the neck up over the shoulder, the body at the hips.
        const gh = h * 0.5;
        composition.drawThing(guitar, { x: sx + (left ? 1 : -1) * speakerW() * 0.05, bottom: base - h * 0.12, w: gh * composition.aspectOf(guitar), h: gh, flip: !left });
        held.push(guitar.label);
      }
      spots.forEach(({ art, x: fx }) => {
        composition.shadow({ x: fx, bottom: front, w: ah() * art.aspect * art.scale, h: ah(), flip: left });
        art.draw(fx, front, ah() * art.scale, left);
      });
    },
  });
  // Where each is, for the layout: the speaker, the listeners, a performer's guitar.
  composition.record(lead.label, 'main', undefined, { x: sx, bottom: base, w: speakerW(), h: h * speaker.scale, flip: !left });
  spots.forEach(({ art, x: fx }) => composition.record(art.subject.label, 'prop', undefined, { x: fx, bottom: front, w: ah() * art.aspect * art.scale, h: ah() * art.scale, flip: left }));
  if (guitar) composition.record(guitar.label, 'prop', undefined, { x: sx, bottom: base - h * 0.12, w: h * 0.5 * composition.aspectOf(guitar), h: h * 0.5, flip: !left });
  const x0 = Math.min(sx - speakerW() / 2, spots[0]!.x - total), x1 = Math.max(sx + speakerW() / 2, x);
  claim(composition, { x: Math.max(0, x0), y: base - h, w: Math.min(W, x1) - Math.max(0, x0), h: front - (base - h) }, h);
  composition.drawn.main = { subject: speaker.subject, count: 1, wore, held };
  return true;
}
