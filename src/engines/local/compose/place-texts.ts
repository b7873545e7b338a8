// Quoted words: banners and titles across the top, the room's chalkboard, a placard in the main
// subject's hands, a speech bubble by its head, a sign on the wall or on posts outdoors.
import type { Backdrop } from '../paint/backdrops/sky.js';
import type { Rect } from '../paint/stage.js';
import { PROC_ASPECT, drawProc } from '../paint/props/props.js';
import type { Composition } from './composition.js';
import { carrierAspect, drawCarrier } from '../paint/signs.js';

/** Banners and titles go across the top; the main subject must stay below them. */
export function reserveTopTexts(composition: Composition): void {
  const { W, H } = composition.stage;
  for (const t of composition.plan.texts.filter((x) => x.carrier === 'banner' || x.carrier === 'title')) {
    const h = Math.min(H * 0.16, (W * 0.7) / carrierAspect(t.carrier, t.text));
    const w = Math.min(W * 0.8, h * carrierAspect(t.carrier, t.text));
    const y = composition.topLimit + H * (t.carrier === 'banner' ? 0.05 : 0.01);
    const rect = { x: (W - w) / 2, y, w, h };
    composition.placer.take(rect);
    composition.topLimit = y + h + H * 0.03;
    composition.items.push({ z: 1e9, draw: () => drawCarrier(composition.c, t.carrier, t.text, rect, undefined, t.color) });
    composition.drawn.texts.push(t);
  }
}

export function placeTexts(composition: Composition, backdrop: Backdrop): void {
  const { W, H } = composition.stage;
  let board = backdrop.board;
  for (const t of composition.plan.texts) {
    // Banners and titles are placed first (reserveTopTexts), logos with their emblem (place-logo.ts).
    if (t.carrier === 'banner' || t.carrier === 'title' || t.carrier === 'logo') continue;
    if (t.carrier === 'chalkboard' && board) {
      // The room's own chalkboard carries the words.
      const r = board;
      composition.items.push({ z: -0.5, draw: () => drawCarrier(composition.c, 'chalkboard', t.text, r) });
      composition.drawn.texts.push(t);
      board = undefined;
      continue;
    }
    if (t.carrier === 'placard' && composition.main) {
      composition.drawn.texts.push(t);
      continue;
    }
    if (t.carrier === 'label' && composition.mainRect) {
      // Written across the thing itself, on a plaque over its lower middle ("a cake that says 30").
      const m = composition.mainRect;
      const aspect = carrierAspect('label', t.text);
      const w = Math.min(m.w * 0.7, m.h * 0.26 * aspect);
      const rect = { x: m.x + (m.w - w) / 2, y: m.y + m.h * 0.6, w, h: Math.min(m.h * 0.26, w / aspect) };
      composition.items.push({ z: 1e8, draw: () => drawCarrier(composition.c, 'label', t.text, rect) });
      composition.drawn.texts.push(t);
      continue;
    }
    if (t.carrier === 'speech' && composition.mainRect) {
      const aspect = carrierAspect('speech', t.text);
      const h = Math.min(H * 0.18, composition.mainRect.h * 0.35, (W * 0.42) / aspect);
      const spot = placeNearHead(composition, h, aspect);
      if (spot) {
        const tail = { x: composition.mainRect.x + composition.mainRect.w / 2, y: composition.mainRect.y + composition.mainRect.h * 0.15 };
        composition.items.push({ z: 1e9, draw: () => drawCarrier(composition.c, 'speech', t.text, spot, composition.headBox ? { x: composition.headBox.x + composition.headBox.size / 2, y: composition.headBox.y + composition.headBox.size * 0.35 } : tail) });
        composition.drawn.texts.push(t);
      }
      continue;
    }
    const aspect = carrierAspect(t.carrier, t.text);
    const indoor = composition.stage.kind === 'room';
    const onWall = indoor || t.carrier === 'neon' || t.carrier === 'poster' || t.carrier === 'chalkboard';
    // With no subject, the words are the picture: larger and near the middle.
    const hero = !composition.main;
    if (hero && t.carrier === 'poster' && composition.plan.setting === 'studio') {
      // A poster on its own ("a movie poster that says …") fills the picture.
      const h = Math.min(H * 0.86, (W * 0.86) / aspect);
      const rect = { x: (W - h * aspect) / 2, y: (H - h) * 0.45, w: h * aspect, h };
      composition.placer.take(rect);
      composition.items.push({ z: -0.5, draw: () => drawCarrier(composition.c, 'poster', t.text, rect, undefined, t.color) });
      composition.drawn.texts.push(t);
      continue;
    }
    if (onWall) {
      const h = hero
        ? Math.min(composition.stage.horizon * (t.carrier === 'poster' ? 0.7 : 0.5), (W * 0.75) / aspect)
        : Math.min(composition.stage.horizon * (t.carrier === 'poster' ? 0.42 : 0.3), (W * 0.6) / aspect);
      const spot = composition.placer.place({ zone: composition.stage.kind === 'float' ? 'float' : 'wall', height: h, aspect, minScale: 0.4, ...(hero ? { nearX: W / 2 } : {}) });
      if (spot) {
        const rect = { x: spot.x - spot.w / 2, y: spot.bottom - spot.h, w: spot.w, h: spot.h };
        const carrier = t.carrier === 'placard' || t.carrier === 'label' ? 'sign' : t.carrier;
        composition.items.push({ z: -0.5, draw: () => drawCarrier(composition.c, carrier, t.text, rect, undefined, t.color) });
        composition.drawn.texts.push(t);
      }
      continue;
    }
    // Outdoors: a signboard on two posts, standing near the main subject.
    const h = hero ? Math.min(composition.unit * 0.8, (W * 0.7) / PROC_ASPECT.sign) : Math.min(composition.mainHeight * 0.75, (W * 0.45) / PROC_ASPECT.sign);
    const spot = composition.placer.place({ zone: 'ground', height: h, aspect: Math.max(PROC_ASPECT.sign, aspect * 0.62 / 0.86), nearX: composition.mainRect ? composition.mainRect.x + composition.mainRect.w / 2 : W / 2, depth: [0.45, 1], minScale: 0.5 });
    if (spot) {
      composition.items.push({
        z: spot.bottom,
        draw: () => {
          composition.shadow(spot);
          drawProc(composition.c, 'sign', spot.x, spot.bottom, spot.h, { rng: composition.rng, layer: 'fg' }, spot.w);
          const inset = spot.h * 0.05;
          drawCarrier(composition.c, 'placard', t.text, { x: spot.x - spot.w / 2 + inset, y: spot.bottom - spot.h + inset, w: spot.w - inset * 2, h: spot.h * 0.62 - inset * 2 }, undefined, t.color);
        },
      });
      composition.drawn.texts.push(t);
    }
  }
}

function placeNearHead(composition: Composition, h: number, aspect: number): Rect | undefined {
  const { W, H } = composition.stage;
  const m = composition.mainRect!;
  const w = h * aspect;
  const candidates = [
    { x: m.x + m.w * 0.75, y: m.y - h * 0.6 },
    { x: m.x - w + m.w * 0.25, y: m.y - h * 0.6 },
    { x: m.x + m.w, y: m.y },
    { x: m.x - w, y: m.y },
    { x: m.x + m.w / 2 - w / 2, y: m.y - h * 1.1 },
  ];
  for (const p of candidates) {
    const r = { x: Math.min(W - w - W * 0.02, Math.max(W * 0.02, p.x)), y: Math.min(H - h, Math.max(H * 0.02, p.y)), w, h };
    if (composition.placer.fits(r, 0)) {
      composition.placer.take(r);
      return r;
    }
  }
  // No free room: over the top-left corner of the picture.
  const r = { x: W * 0.03, y: H * 0.03, w: Math.min(w, W * 0.5), h: Math.min(h, (W * 0.5) / aspect) };
  return r;
}
