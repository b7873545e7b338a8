// A scene drawn from another viewpoint (plan/view.ts): an isometric diorama on a soft backdrop, or
// the place seen from straight above filling the frame. The view's painter draws the place; the
// prompt's subjects stand on the free ground it leaves, and the line says which view was drawn
// (docs/local-engine.md, "Viewpoints").
import type { Canvas } from '../paint/canvas.js';
import { mixHex } from '../paint/color.js';
import { styleFinish } from '../paint/effects.js';
import type { Rng } from '../paint/prng.js';
import { SKY_STOPS } from '../paint/backdrops/sky.js';
import { INDOOR } from '../read/lexicon-settings.js';
import { aerialView, topCar } from '../paint/views/aerial.js';
import { topTree } from '../paint/views/aerial-land.js';
import type { ViewContext, ViewScene } from '../paint/views/iso.js';
import { isCity, isoCity, isoLand } from '../paint/views/iso-scenes.js';
import { isoRoom } from '../paint/views/iso-room.js';
import type { Composition } from './composition.js';
import { describePicture } from './describe.js';

const TOP_DOWN: Record<string, 'tree' | 'car'> = {
  'deciduous-tree': 'tree', 'evergreen-tree': 'tree', 'palm-tree': 'tree', automobile: 'car', taxi: 'car', 'racing-car': 'car', 'police-car': 'car',
};

const WATER_WORDS = /\b(rivers?|streams?|creeks?|ponds?|lakes?|canals?|waterfalls?)\b/;
const RIVER_WORDS = /\b(rivers?|streams?|creeks?|canals?)\b/;

/** Paint the picture from the plan's view; returns the line saying what it shows. */
export function composeView(composition: Composition, rng: Rng, fromReferences: boolean): string {
  const { c, plan } = composition;
  const night = plan.time === 'night';
  const lower = plan.prompt.toLowerCase();
  // "A forest with a river": the river is drawn through the forest, not as a lake.
  const land = plan.setting === 'lake' && RIVER_WORDS.test(lower) ? plan.scenery.find((k) => !INDOOR.has(k) && k !== 'lake') : undefined;
  const ctx: ViewContext = { c, rng: rng.fork('view'), setting: land ?? plan.setting, night, snowy: plan.snowy, water: WATER_WORDS.test(lower), park: /\b(parks?|playgrounds?)\b/.test(lower) };
  let scene: ViewScene;
  let label: string;
  if (plan.view === 'isometric') {
    // Among the stars, and underwater, the diorama floats in the dark or the blue.
    isoBackdrop(c, ctx.setting === 'space' || ctx.setting === 'night-sky' || ctx.setting === 'mars' ? 'night' : plan.time, ctx.setting === 'underwater');
    const room = INDOOR.has(ctx.setting) && ctx.setting !== 'greenhouse';
    scene = room ? isoRoom(ctx) : isCity(ctx.setting) ? isoCity(ctx) : isoLand(ctx);
    label = `an isometric diorama of ${room ? 'a room' : isCity(ctx.setting) ? 'a city block' : 'a piece of land'}`;
  } else {
    scene = aerialView(ctx);
    label = `a bird's-eye view from straight above`;
  }
  placeSubjects(composition, scene);
  styleFinish(c, plan, composition.stage, rng.fork('finish'));
  const line = describePicture({ ...plan, setting: ctx.setting }, composition.drawn, fromReferences)
    .replace(/^(an empty scene \(no drawable subject recognised\)|a landscape with no figures|an empty room with no figures), /, '');
  return `${label} (${scene.what}), ${line}`;
}

/** A soft sky-tinted backdrop behind a diorama. */
function isoBackdrop(c: Canvas, time: keyof typeof SKY_STOPS, sea: boolean): void {
  const stops: typeof SKY_STOPS.day = sea ? [[0, '#1f8fb8'], [1, '#0b4f7a']] : SKY_STOPS[time];
  const soft = time === 'night' || sea ? 0.1 : 0.55;
  c.rect(0, 0, c.width, c.height, c.linear(stops.map(([o, hex]) => [o, mixHex(hex, '#ffffff', soft)])), { bare: true });
}

/** The main subject and props on the scene's free spots, each at its depth among the scene's things. */
function placeSubjects(composition: Composition, scene: ViewScene): void {
  const { plan, drawn } = composition;
  const spots = [...scene.spots];
  const subjects = plan.subjects.filter((s) => s.thing.icon || s.thing.proc);
  const draws: { depth: number; draw: () => void }[] = [];
  const missed: string[] = [];
  for (const s of subjects) {
    const n = Math.min(s.count, 3);
    const mine = spots.splice(0, n);
    if (!mine.length) {
      missed.push(s.label);
      continue;
    }
    for (const sp of mine) {
      const h = sp.h * (s.role === 'main' ? 1 : 0.8) * (s.thing.size > 1 ? 1.2 : 1);
      const w = h * composition.aspectOf(s.thing);
      const spot = composition.settle(s.thing, { x: sp.x, bottom: sp.y, w, h, flip: false });
      // Seen from above, a tree is its crown and a car its roof and windows, not their side views.
      const above = scene.iso ? undefined : TOP_DOWN[s.thing.icon ?? ''];
      if (above) {
        const c = composition.c, color = s.color?.hex;
        draws.push({ depth: sp.depth, draw: () => (above === 'tree' ? topTree(c, sp.x, sp.y - h / 2, h * 0.22, color ?? '#4f9a46', s.thing.icon === 'evergreen-tree') : topCar(c, sp.x, sp.y - h / 2, h * 0.45, true, color ?? '#e04b3c')) });
        continue;
      }
      draws.push({
        depth: sp.depth + 0.3,
        draw: () => {
          composition.c.ellipse(sp.x, sp.y, w * 0.36, h * 0.07, '#000000', { bare: true, opacity: 0.2 });
          composition.drawThing(s.thing, spot, s.color?.hex);
        },
      });
      composition.record(s.label, s.role, s.thing, spot);
    }
    if (s.role === 'main' && !drawn.main) drawn.main = { subject: s, count: mine.length, wore: [], held: [] };
    else drawn.props.push({ subject: s, count: mine.length });
  }
  if (scene.iso) {
    for (const d of draws) scene.iso.add(d.depth, d.draw);
    scene.iso.drawAll();
  } else for (const d of draws.sort((a, b) => a.depth - b.depth)) d.draw();
  // Quoted words have no sign to stand on in these views.
  missed.push(...plan.texts.map((t) => `"${t.text}"`));
  if (missed.length) drawn.missed = missed;
  drawn.texts = [];
}
