// Goods no emoji shows (the video-game emoji is a controller, not the console): a tall slim games
// console standing upright (white curved side panels round a black centre band, like a
// PlayStation 5), a generic console box lying flat, and a baby's stroller (pram) with its hood,
// basket, push handle and four wheels. Each draws in its box in the colour asked or its usual one.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { at, type Painter } from './proc-box.js';

export const consoleTower: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const shell = o.color ?? '#f4f5f7';
  const core = '#15171c';
  // The round stand under it, then the black core with its light strip.
  c.ellipse(X(0.5), Y(0.985), b.w * 0.42, b.h * 0.015, shade(core, 0.15), L);
  c.rect(X(0.38), Y(0.03), b.w * 0.24, b.h * 0.94, core, { ...L, rx: b.w * 0.05 });
  c.rect(X(0.485), Y(0.05), b.w * 0.03, b.h * 0.9, '#3d8bff', { ...L, opacity: 0.75 });
  // Two shells that flare out to a fin at the top and curve back in at the foot.
  const panel = (side: number) => {
    const x0 = side < 0 ? 0.38 : 0.62, out = side < 0 ? 0.02 : 0.98, mid = side < 0 ? 0.1 : 0.9;
    return `M${fmt(X(x0))} ${fmt(Y(0.06))}C${fmt(X(out))} ${fmt(Y(-0.02))} ${fmt(X(out))} ${fmt(Y(0.04))} ${fmt(X(mid))} ${fmt(Y(0.3))}L${fmt(X(mid + side * -0.04))} ${fmt(Y(0.9))}Q${fmt(X(mid + side * -0.05))} ${fmt(Y(0.97))} ${fmt(X(x0))} ${fmt(Y(0.95))}Z`;
  };
  c.path(panel(-1), c.linear([[0, shade(shell, -0.12)], [0.5, shell], [1, shade(shell, 0.06)]], [0, 0, 1, 0]), L);
  c.path(panel(1), c.linear([[0, shade(shell, 0.06)], [0.6, shell], [1, shade(shell, -0.18)]], [0, 0, 1, 0]), L);
  // The disc-less front: a small logo mark and a button low on the core.
  c.circle(X(0.5), Y(0.9), b.w * 0.025, '#8a8f99', L);
  c.rect(X(0.44), Y(0.16), b.w * 0.12, b.w * 0.12, 'none', { ...L, extra: `stroke="${c.paint('#8a8f99', o.layer)}" stroke-width="${fmt(b.w * 0.015)}"` });
};

export const gameConsole: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#24262c';
  // A flat box seen a little from above: its top face, front face, a vent line, a light and a slot.
  c.polygon([X(0.08), Y(0.28), X(0.9), Y(0.28), X(1), Y(0.45), X(0.02), Y(0.45)], shade(body, 0.18), L);
  c.rect(X(0.02), Y(0.45), b.w * 0.98, b.h * 0.5, c.linear([[0, shade(body, 0.05)], [1, shade(body, -0.2)]]), { ...L, rx: b.w * 0.02 });
  c.rect(X(0.06), Y(0.6), b.w * 0.5, b.h * 0.05, shade(body, -0.35), { ...L, rx: b.h * 0.02 });
  c.circle(X(0.88), Y(0.62), b.h * 0.04, '#5fe07a', L);
  c.rect(X(0.06), Y(0.9), b.w * 0.9, b.h * 0.05, shade(body, -0.45), L);
};

export const stroller: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const fabric = o.color ?? '#5b7fa6';
  const frame = '#2b2e35';
  const stroke = (w: number, hex = frame) => `stroke="${c.paint(hex, o.layer)}" stroke-width="${fmt(b.w * w)}" stroke-linecap="round"`;
  // The frame: push handle up and back, the legs down to the wheels.
  c.path(`M${fmt(X(0.95))} ${fmt(Y(0.08))}L${fmt(X(0.72))} ${fmt(Y(0.62))}L${fmt(X(0.28))} ${fmt(Y(0.84))}`, 'none', { ...L, extra: stroke(0.035) });
  c.path(`M${fmt(X(0.72))} ${fmt(Y(0.62))}L${fmt(X(0.8))} ${fmt(Y(0.84))}M${fmt(X(0.3))} ${fmt(Y(0.6))}L${fmt(X(0.24))} ${fmt(Y(0.84))}`, 'none', { ...L, extra: stroke(0.03) });
  c.rect(X(0.88), Y(0.04), b.w * 0.12, b.h * 0.05, '#1c1d22', { ...L, rx: b.h * 0.02 });
  // The bassinet: a deep rounded body, and the hood arched over its back half.
  c.path(`M${fmt(X(0.12))} ${fmt(Y(0.4))}L${fmt(X(0.78))} ${fmt(Y(0.4))}Q${fmt(X(0.8))} ${fmt(Y(0.66))} ${fmt(X(0.52))} ${fmt(Y(0.68))}L${fmt(X(0.34))} ${fmt(Y(0.68))}Q${fmt(X(0.1))} ${fmt(Y(0.66))} ${fmt(X(0.12))} ${fmt(Y(0.4))}Z`,
    c.linear([[0, shade(fabric, 0.15)], [1, shade(fabric, -0.2)]]), L);
  c.path(`M${fmt(X(0.1))} ${fmt(Y(0.42))}Q${fmt(X(0.08))} ${fmt(Y(0.08))} ${fmt(X(0.46))} ${fmt(Y(0.1))}L${fmt(X(0.46))} ${fmt(Y(0.42))}Z`, shade(fabric, -0.1), L);
  for (const f of [0.2, 0.3]) c.path(`M${fmt(X(0.46))} ${fmt(Y(0.42))}Q${fmt(X(f))} ${fmt(Y(0.2))} ${fmt(X(0.46))} ${fmt(Y(0.1))}`, 'none', { ...L, extra: stroke(0.01, shade(fabric, -0.35)) });
  c.rect(X(0.12), Y(0.39), b.w * 0.66, b.h * 0.04, shade(fabric, 0.35), { ...L, rx: b.h * 0.02 });
  // The basket under the seat and four wheels (the far pair a little smaller).
  c.rect(X(0.32), Y(0.74), b.w * 0.38, b.h * 0.06, shade(frame, 0.2), { ...L, rx: b.h * 0.02 });
  for (const [x, r] of [[0.34, 0.075], [0.7, 0.075], [0.24, 0.1], [0.8, 0.1]] as const) {
    c.circle(X(x), Y(1) - b.w * r, b.w * r, '#1c1d22', L);
    c.circle(X(x), Y(1) - b.w * r, b.w * r * 0.45, '#c9ccd2', L);
  }
};

/** A serum's dropper bottle: a squat glass body (frosted, tinted), a black collar and rubber bulb, the glass pipette inside. */
export const dropperBottle: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const glass = o.color ?? '#e9d6c0';
  c.rect(X(0.44), Y(0.02), b.w * 0.12, b.h * 0.2, '#1c1d22', { ...L, rx: b.w * 0.06 });
  c.rect(X(0.36), Y(0.2), b.w * 0.28, b.h * 0.14, '#2a2b31', { ...L, rx: b.w * 0.03 });
  c.rect(X(0.1), Y(0.36), b.w * 0.8, b.h * 0.64, c.linear([[0, shade(glass, -0.1)], [0.3, shade(glass, 0.3)], [0.65, glass], [1, shade(glass, -0.22)]], [0, 0, 1, 0]), { ...L, rx: b.w * 0.14 });
  c.rect(X(0.13), Y(0.3), b.w * 0.74, b.h * 0.1, shade(glass, -0.05), { ...L, rx: b.w * 0.08 });
  c.rect(X(0.47), Y(0.34), b.w * 0.06, b.h * 0.5, '#ffffff', { ...L, opacity: 0.45, rx: b.w * 0.03 });
  c.rect(X(0.18), Y(0.44), b.w * 0.08, b.h * 0.44, '#ffffff', { ...L, opacity: 0.5, rx: b.w * 0.04 });
  c.rect(X(0.3), Y(0.58), b.w * 0.4, b.h * 0.22, '#ffffff', { ...L, opacity: 0.75, rx: b.w * 0.02 });
};
