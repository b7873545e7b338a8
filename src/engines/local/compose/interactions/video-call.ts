// A video call ("an online video call with the team", docs/local-engine.md "Scenes of people"): a
// laptop on a desk turned to the viewer, its screen a grid of the callers' faces, each in its own
// tile, over a bar with the microphone, camera and red hang-up buttons.
import { fmt } from '../../paint/canvas.js';
import { drawProc } from '../../paint/props/props.js';
import type { Interaction } from '../../plan/scene-plan.js';
import { headVariant } from '../../read/things.js';
import type { Composition } from '../composition.js';
import { claim, floorLine } from './place-interaction.js';

const TILES = ['#3b4a63', '#4d5d46', '#5f4a5e', '#3f5f6b', '#6a5640', '#45506e'];

export function placeCall(composition: Composition, interaction: Interaction): boolean {
  const { W, H } = composition.stage;
  const callers = interaction.figures.filter((f) => f.thing.icon);
  if (!callers.length) return false;
  const base = floorLine(composition);
  const room = base - composition.topLimit;
  const deskH = Math.min(H * 0.2, room * 0.25);
  const top = base - deskH;
  // The screen as wide as the picture allows, its lid 0.64 as tall as wide.
  const sw = Math.min(W * 0.7, ((top - composition.topLimit) * 0.92) / 0.7);
  const sh = sw * 0.64;
  const cx = W / 2;
  const sx = cx - sw / 2, sy = top - sw * 0.05 - sh;
  const cols = callers.length <= 4 ? 2 : 3;
  const rows = Math.ceil(callers.length / cols);
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      const c = composition.c;
      composition.shadow({ x: cx, bottom: base, w: sw * 1.5, h: deskH, flip: false });
      drawProc(c, 'desk', cx, base, deskH, { rng: composition.rng.fork('desk'), layer: 'fg' }, Math.min(W * 0.98, sw * 1.5));
      // The lid's frame and the keyboard deck below it, seen from the front.
      const b = sw * 0.03;
      c.rect(sx - b, sy - b, sw + b * 2, sh + b * 2, '#2b2f36', { layer: 'fg', rx: b });
      c.path(`M${fmt(sx - b * 2)} ${fmt(sy + sh + b)}H${fmt(sx + sw + b * 2)}L${fmt(sx + sw + b * 4)} ${fmt(top)}H${fmt(sx - b * 4)}Z`, '#b9bfc8', { layer: 'fg' });
      c.rect(sx, sy, sw, sh, '#1d2128', { layer: 'fg' });
      // The faces' grid, above the call's button bar.
      const bar = sh * 0.13, gap = sw * 0.012;
      const tw = (sw - gap * (cols + 1)) / cols, th = (sh - bar - gap * (rows + 1)) / rows;
      callers.forEach((f, k) => {
        const col = k % cols, row = Math.floor(k / cols);
        // A last short row is centred.
        const inRow = row === rows - 1 ? callers.length - row * cols : cols;
        const x = sx + gap + col * (tw + gap) + ((cols - inRow) * (tw + gap)) / 2, y = sy + gap + row * (th + gap);
        c.rect(x, y, tw, th, TILES[k % TILES.length]!, { layer: 'fg', rx: gap });
        const face = headVariant(f.thing).icon ?? f.thing.icon!;
        composition.icons.draw(face, x + tw / 2, y + th * 0.96, th * 0.85, { layer: 'fg', ...(f.color ? { recolor: f.color.hex } : {}) });
      });
      const by = sy + sh - bar / 2;
      [['#e9ecf1', -1.4], ['#e9ecf1', 0], ['#e0312b', 1.4]].forEach(([col, dx]) => c.circle(cx + (dx as number) * bar, by, bar * 0.32, col as string, { layer: 'fg', bare: true }));
    },
  });
  composition.record('laptop', 'main', undefined, { x: cx, bottom: top, w: sw, h: sh, flip: false });
  claim(composition, { x: sx, y: sy, w: sw, h: base - sy }, sh);
  composition.drawn.main = { subject: interaction.figures[0]!, count: 1, wore: [], held: [] };
  return true;
}
