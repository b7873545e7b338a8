// One figure doing something to a thing: surfing a breaking wave, riding a board (boarding.ts), watering flowers from a can,
// asleep on a windowsill or a sofa, jumping over a fence or a log.
import { breakingWave, fence, motionArcs, surfboard, wateringCan, windowsill } from '../../paint/props/action-props.js';
import { paintViewOut } from '../../paint/backdrops/view-out.js';
import type { Interaction } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { claim, figureArt, floorLine } from './place-interaction.js';
import { canCurl, CURLED_ASPECT, drawCurled } from '../../paint/figures/curled.js';
import { poseWords } from '../describe.js';
import { rideBoard } from './boarding.js';

export function placeActing(composition: Composition, interaction: Interaction): boolean {
  switch (interaction.kind) {
    case 'surf': return surf(composition, interaction);
    case 'water': return water(composition, interaction);
    case 'rest-on': return restOn(composition, interaction);
    case 'jump-over': return jumpOver(composition, interaction);
    case 'ride-board': return rideBoard(composition, interaction);
    default: return false;
  }
}

/** A breaking wave across the bottom; the figure rides its face on a board (a surfing person's emoji has its own). */
function surf(composition: Composition, interaction: Interaction): boolean {
  const { W, H } = composition.stage;
  const art = figureArt(composition, interaction.figures[0], false, 'surf');
  const wore: string[] = [];
  const ownBoard = /surfing/.test(art.subject.thing.key);
  const crestX = W * 0.72, crestY = H * 0.42;
  const h = Math.min(H * 0.4, (W * 0.4) / art.aspect);
  const x = W * 0.42;
  composition.items.push({
    z: H * 2,
    draw: () => {
      const faceAt = breakingWave(composition.c, W, H, crestX, crestY);
      const y = faceAt(x) + H * 0.02;
      if (!ownBoard) surfboard(composition.c, x, y, h * art.aspect * 1.5, -14, composition.rng.pick(['#f2c230', '#e0614a', '#ffffff', '#3f7fc1']));
      wore.push(...art.draw(x, y - (ownBoard ? -h * 0.1 : h * 0.02), h, false).wore);
    },
  });
  const y = H * 0.86 - (H * 0.86 - crestY) * (x / crestX) ** 1.6;
  claim(composition, { x: x - (h * art.aspect) / 2, y: y - h, w: h * art.aspect, h }, h);
  composition.drawn.main = { subject: art.subject, count: 1, wore, held: [] };
  return true;
}

/** The figure holds a watering can out over a row of flowers; drops fall on them. */
function water(composition: Composition, interaction: Interaction): boolean {
  const { W, H } = composition.stage;
  const art = figureArt(composition, { ...interaction.figures[0], holding: [] }, true, 'water');
  const base = floorLine(composition);
  const h = Math.min(H * 0.55, (base - composition.topLimit) * 0.95, (W * 0.45) / art.aspect);
  const fw = h * art.aspect;
  const x = W * 0.5 - fw * 0.7;
  const plantX = x + fw * 1.45;
  const plant = interaction.object;
  const wore: string[] = [];
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      composition.shadow({ x, bottom: base, w: fw, h, flip: false });
      wore.push(...art.draw(x, base, h, false).wore);
      const plantH = h * 0.3;
      for (const dx of [-0.45, 0.1, 0.6]) {
        if (plant) composition.drawThing(plant, { x: plantX + dx * plantH, bottom: base + h * 0.02, w: plantH * composition.aspectOf(plant), h: plantH * (dx === 0.1 ? 1.1 : 0.9), flip: dx > 0 });
      }
      wateringCan(composition.c, x + fw * 0.55, base - h * 0.42, h * 0.2, 1, plantX, base - plantH * 0.9);
    },
  });
  claim(composition, { x: x - fw / 2, y: base - h, w: plantX + h * 0.3 - (x - fw / 2), h }, h);
  composition.drawn.main = { subject: art.subject, count: 1, wore, held: [] };
  return true;
}

/** The figure lying on a windowsill (the window drawn around it) or on its seat; asleep, with z's. */
function restOn(composition: Composition, interaction: Interaction): boolean {
  const { W, H } = composition.stage;
  const support = interaction.object;
  if (!support) return false;
  const art = figureArt(composition, interaction.figures[0], false, 'rest');
  const wore: string[] = [];
  const base = floorLine(composition);
  const sill = support.key === 'windowsill';
  const winW = Math.min(W * 0.62, H * 0.62);
  const sillY = sill ? composition.stage.horizon * 0.86 : base;
  // A bed's picture is about as tall as wide: drawn taller, so it is as wide as a sofa.
  const seatH = sill ? 0 : Math.min(H * (support.key === 'bed' ? 0.42 : 0.3), base - composition.topLimit);
  const seatW = seatH * composition.aspectOf(support);
  const figure = interaction.figures[0];
  // A cat or a dog is drawn curled up or lying down on it (paint/figures/curled.ts), else as its picture.
  const lying = (figure.pose === 'curled' || figure.pose === 'lying') && canCurl(figure.thing.icon);
  const aspect = lying ? CURLED_ASPECT : art.aspect;
  const h = sill ? Math.min((winW * 0.8) / aspect, sillY * (lying ? 0.4 : 0.6)) : Math.min(seatH * (lying ? 0.55 : 0.85), (seatW * (lying ? 0.78 : 0.7)) / aspect);
  const cx = W / 2;
  const bottom = sill ? sillY + winW * 0.01 : base - seatH * (lying ? 0.4 : 0.45);
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      if (sill) windowsill(composition.c, cx, sillY, winW, sillY * 0.7, (x, y, w, h) => paintViewOut({ c: composition.c, plan: composition.plan, rng: composition.rng.fork('sill') }, x, y, w, h));
      else {
        composition.shadow({ x: cx, bottom: base, w: seatW, h: seatH, flip: false });
        composition.drawThing(support, { x: cx, bottom: base, w: seatW, h: seatH, flip: false });
      }
      if (lying) drawCurled(composition.c, figure.thing.icon!, cx, bottom, h, { asleep: figure.asleep === true, curled: figure.pose === 'curled', ...(figure.color ? { color: figure.color.hex } : {}) });
      else wore.push(...art.draw(cx, bottom, h, false).wore);
      if (interaction.asleep) composition.icons.draw('zzz', cx + h * aspect * (lying ? 0.05 : 0.35), bottom - h * (lying ? 1.25 : 0.8), h * (lying ? 0.5 : 0.35), { layer: 'fg' });
    },
  });
  const top = bottom - h * 1.2;
  const w = sill ? winW : seatW;
  claim(composition, { x: cx - w / 2, y: top, w, h: (sill ? sillY : base) - top }, h);
  composition.drawn.main = { subject: art.subject, count: 1, wore, held: [], ...(lying ? { pose: poseWords(figure) } : {}) };
  return true;
}

/** The obstacle on the ground in the middle; the figure in the air above it, with speed arcs. */
function jumpOver(composition: Composition, interaction: Interaction): boolean {
  const { W, H } = composition.stage;
  const art = figureArt(composition, interaction.figures[0], false, 'jump');
  const wore: string[] = [];
  const base = floorLine(composition);
  const room = base - composition.topLimit;
  const h = Math.min(H * 0.42, room * 0.5, (W * 0.5) / art.aspect);
  const obstacle = interaction.object;
  const oh = h * 0.5;
  const ow = obstacle?.key === 'fence' || !obstacle ? h * art.aspect * 1.1 : oh * composition.aspectOf(obstacle);
  const cx = W / 2;
  const lift = obstacle ? oh * 1.15 : h * 0.5;
  const bottom = base - lift;
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      if (obstacle) {
        composition.shadow({ x: cx, bottom: base, w: ow, h: oh, flip: false });
        if (obstacle.key === 'fence') fence(composition.c, cx, base, ow, oh);
        else composition.drawThing(obstacle, { x: cx, bottom: base, w: ow, h: oh, flip: false });
      }
      composition.shadow({ x: cx, bottom: base + h * 0.02, w: h * art.aspect * 0.6, h: h * 0.5, flip: false });
      motionArcs(composition.c, cx + h * art.aspect * 0.9, base - h * 0.1, cx + h * art.aspect * 0.45, bottom - h * 0.3, h * 0.3);
      wore.push(...art.draw(cx, bottom, h, false).wore);
    },
  });
  const w = Math.max(ow, h * art.aspect);
  claim(composition, { x: cx - w / 2, y: bottom - h, w, h: base - (bottom - h) }, h);
  composition.drawn.main = { subject: art.subject, count: 1, wore, held: [] };
  return true;
}
