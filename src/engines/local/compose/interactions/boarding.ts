// A figure riding a board (plan/rides/board-rides.ts): standing on a skateboard, a snowboard, skis
// or roller skates, leaning forward into the ride (to the left, the way an emoji faces), with speed
// lines or a spray of snow behind it; on snow the board runs down a slope.
import { paintSkateboard } from '../../paint/props/print-art.js';
import { fmt } from '../../paint/canvas.js';
import { groundY } from '../../paint/stage.js';
import { shade } from '../../paint/color.js';
import type { Interaction } from '../../plan/scene-plan.js';
import { boardKind, type BoardKind } from '../../plan/rides/board-rides.js';
import type { Composition } from '../composition.js';
import { claim, figureArt, floorLine } from './place-interaction.js';

/** The slope of a snowy run, downhill to the left (degrees, SVG sense). */
const SLOPE = -9;
/** How far the rider leans into the ride. */
const LEAN = -7;

export function rideBoard(composition: Composition, interaction: Interaction): boolean {
  const kind = boardKind(interaction.object);
  const riders = interaction.figures;
  if (!kind || !riders[0]) return false;
  const { W, H } = composition.stage;
  const c = composition.c;
  const n = riders.length;
  const arts = riders.map((f, i) => figureArt(composition, f, false, `board${i}`));
  const art = arts[0]!;
  // An ice skater glides out on the frozen lake, not on the shore.
  const ice = kind === 'ice-skates' ? composition.stage.water : undefined;
  const floor = ice ? groundY(composition.stage, ice[0] + (ice[1] - ice[0]) * 0.7) : floorLine(composition);
  const snow = kind === 'skis' || kind === 'snowboard';
  // Several riders share the width, each a little smaller.
  const h = Math.min(H * 0.5 * (n > 1 ? 0.8 : 1), (floor - composition.topLimit) * 0.78, (W * (n > 1 ? 0.8 / n : 0.34)) / art.aspect / (n > 1 ? 1.3 : 1));
  const fw = h * art.aspect;
  const skates = kind === 'roller-skates' || kind === 'ice-skates';
  const boardW = skates ? fw : Math.max(fw * 1.2, h * (kind === 'skis' ? 0.85 : 0.62));
  const step = Math.max(fw, boardW) * 1.2;
  // The deck's height over the ground: a skateboard's wheels, a skate's boot and wheels.
  const lift = kind === 'skateboard' ? boardW * 0.19 : skates ? h * 0.09 : kind === 'snowboard' ? h * 0.05 : h * 0.035;
  const tilt = snow ? SLOPE : 0;
  const yAt = (X: number) => floor + (X - W / 2) * Math.tan((tilt * Math.PI) / 180);
  const wore: string[] = [];
  const held: string[] = [];
  if (snow) {
    // The snowy slope the run goes down, drawn behind whatever stands in front of it.
    composition.items.push({
      z: composition.stage.horizon,
      draw: () => {
        c.polygon([0, yAt(0) - H * 0.01, W, yAt(W) - H * 0.01, W, H, 0, H], '#fbfdff', { layer: 'fg' });
        c.line(`M0 ${fmt(yAt(0) - H * 0.01)}L${fmt(W)} ${fmt(yAt(W) - H * 0.01)}`, '#c4d6e8', Math.max(1.5, H * 0.008), { layer: 'fg', bare: true });
      },
    });
  }
  const spots = riders.map((_, i) => {
    const x = W / 2 + (i - (n - 1) / 2) * step;
    return { x, base: yAt(x), feet: yAt(x) - lift };
  });
  riders.forEach((s, i) => {
    const a = arts[i]!, { x, base, feet } = spots[i]!;
    const character = a.subject !== s;
    // An emoji leaves a margin under its feet; it stands on the deck, not over it.
    const sink = character || !s.thing.icon ? 0 : composition.settle(s.thing, { x, bottom: feet, w: fw, h, flip: false }).bottom - feet;
    const color = composition.rng.pick(['#e0503a', '#3f7fc1', '#f2c230', '#2a9d8f', '#8e5bd0']);
    composition.items.push({
      z: base + 0.5,
      draw: () => {
        composition.shadow({ x, bottom: base, w: boardW, h, flip: false });
        if (tilt) c.group(`transform="rotate(${tilt} ${fmt(x)} ${fmt(base)})"`);
        trail(composition, kind, x + boardW * 0.5, base, h);
        paintBoard(composition, kind, x, feet, boardW, h, color);
        // On a slope the run's own tilt is the lean: the rider stands square to the board.
        c.group(`transform="rotate(${snow ? 0 : LEAN} ${fmt(x)} ${fmt(feet)})"`);
        const r = a.draw(x, feet + sink, h, false);
        c.end();
        if (skates) paintSkates(composition, x, base, fw, h, kind === 'ice-skates' ? '#f4f1ea' : color, kind === 'ice-skates');
        if (tilt) c.end();
        if (i === 0) {
          wore.push(...r.wore);
          held.push(...r.held);
        }
      },
    });
    composition.record(a.subject.label, i === 0 ? 'main' : 'prop', undefined, { x, bottom: feet, w: fw, h, flip: false });
    composition.record(interaction.object!.label, 'support', undefined, { x, bottom: base, w: boardW, h: lift, flip: false });
  });
  const left = spots[0]!.x - Math.max(fw, boardW) / 2, top = Math.min(...spots.map((p) => p.feet)) - h;
  claim(composition, { x: left, y: top, w: (n - 1) * step + Math.max(fw, boardW), h: Math.max(...spots.map((p) => p.base)) - top }, h);
  composition.headBox = { x: spots[0]!.x - fw / 2, y: spots[0]!.feet - h, size: Math.min(fw, h) * 0.5 };
  composition.drawn.main = { subject: art.subject, count: n, wore, held };
  return true;
}

/** The board under the feet at (x, y): its deck `w` long. */
function paintBoard(composition: Composition, kind: BoardKind, x: number, y: number, w: number, h: number, color: string): void {
  const c = composition.c;
  if (kind === 'skateboard') paintSkateboard(c, x, y, w);
  else if (kind === 'snowboard') {
    const t = h * 0.05;
    c.rect(x - w / 2, y, w, t, color, { layer: 'fg', rx: t / 2 });
    c.rect(x - w / 2 + w * 0.08, y + t * 0.35, w * 0.84, t * 0.3, shade(color, 0.3), { layer: 'fg', bare: true });
    // Two bindings where the feet go.
    for (const f of [-0.2, 0.2]) c.rect(x + w * f - w * 0.06, y - t * 0.9, w * 0.12, t * 1.1, '#2b2f36', { layer: 'fg', rx: t * 0.3 });
  } else if (kind === 'skis') {
    // Two skis, one a little behind the other, their tips curled up at the front (left).
    for (const [dy, dx, k] of [[-0.012, 0.04, 0.85], [0, 0, 1]] as const) {
      const y0 = y + h * dy, x0 = x - w / 2 + w * dx, x1 = x + w / 2 + w * dx, t = h * 0.022;
      c.path(`M${fmt(x1)} ${fmt(y0)}H${fmt(x0 + w * 0.08)}Q${fmt(x0)} ${fmt(y0)} ${fmt(x0 - w * 0.02)} ${fmt(y0 - t * 2.2)}L${fmt(x0 + w * 0.01)} ${fmt(y0 - t * 2.4)}Q${fmt(x0 + w * 0.03)} ${fmt(y0 + t)} ${fmt(x0 + w * 0.1)} ${fmt(y0 + t)}H${fmt(x1)}Z`,
        k < 1 ? shade(color, -0.25) : color, { layer: 'fg' });
    }
    // The poles, planted behind.
    for (const dx of [0.18, 0.3]) c.line(`M${fmt(x + w * (dx - 0.08))} ${fmt(y - h * 0.45)}L${fmt(x + w * dx)} ${fmt(y + h * 0.01)}`, '#3a3f47', Math.max(1, h * 0.012), { layer: 'fg' });
  }
}

/** A skate under each foot: a boot with wheels (or an ice skate's blade) under it. */
function paintSkates(composition: Composition, x: number, base: number, fw: number, h: number, color: string, blade: boolean): void {
  const c = composition.c;
  const t = h * 0.09, sw = Math.max(fw * 0.24, h * 0.12);
  for (const dx of [-0.2, 0.2]) {
    const cx = x + fw * dx;
    c.rect(cx - sw / 2, base - t, sw, t * 0.62, color, { layer: 'fg', rx: t * 0.2 });
    if (blade) c.rect(cx - sw * 0.5, base - t * 0.16, sw * 1.05, t * 0.12, '#b8c2cc', { layer: 'fg', rx: t * 0.06 });
    else for (const f of [-0.3, 0.3]) c.circle(cx + sw * f, base - t * 0.2, t * 0.2, '#f2efe6', { layer: 'fg' });
  }
}

/** Behind the rider: speed lines on the ground, or a spray of snow off the tail. */
function trail(composition: Composition, kind: BoardKind, tail: number, base: number, h: number): void {
  const c = composition.c;
  if (kind === 'skis' || kind === 'snowboard') {
    for (const [dx, dy, r] of [[0.02, 0.05, 0.07], [0.14, 0.1, 0.055], [0.24, 0.16, 0.04], [0.1, 0.2, 0.035]] as const) {
      c.circle(tail + h * dx, base - h * dy, h * r, '#ffffff', { layer: 'fg', bare: true, opacity: 0.9 });
    }
    return;
  }
  speedLines(c, tail, base, h);
}

/** Three white streaks trailing right from `tail`, over the ground at `base`, for a rider `h` tall. */
export function speedLines(c: Composition['c'], tail: number, base: number, h: number): void {
  let d = '';
  for (const [dy, len] of [[0.15, 0.35], [0.35, 0.5], [0.55, 0.3]]) d += `M${fmt(tail + h * 0.05)} ${fmt(base - h * dy)}h${fmt(h * len)}`;
  c.line(d, '#ffffff', Math.max(1, h * 0.02), { layer: 'fg', bare: true, opacity: 0.8 });
}
