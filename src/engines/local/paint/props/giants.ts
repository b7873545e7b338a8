// Generic figures for named characters the engine does not draw as such (docs/local-engine.md):
// an armoured robot suit sitting slumped, rusty and overgrown when abandoned; and a giant lizard
// monster standing upright.
import { fmt } from '../canvas.js';
import { mixHex } from '../color.js';
import { shade } from '../color.js';
import { at, type Box, type Painter } from './proc-box.js';
import type { Canvas } from '../canvas.js';
import type { Layer } from '../grade.js';

const RED = '#b8322a';
const GOLD = '#d8a93e';

/** An armoured humanoid suit sitting slumped on the ground, head bowed, legs out in front. */
function suit(c: Canvas, b: Box, layer: Layer | undefined, red: string, gold: string, glow: boolean): void {
  const { X, Y } = at(b);
  const L = { layer };
  const dark = shade(red, -0.3);
  // Legs stretched forward (to the left), gold knees, boots.
  c.path(`M${fmt(X(0.42))} ${fmt(Y(0.7))} L${fmt(X(0.1))} ${fmt(Y(0.8))} L${fmt(X(0.1))} ${fmt(Y(0.95))} L${fmt(X(0.5))} ${fmt(Y(0.95))} Z`, dark, L);
  c.path(`M${fmt(X(0.5))} ${fmt(Y(0.72))} L${fmt(X(0.16))} ${fmt(Y(0.84))} L${fmt(X(0.16))} ${fmt(Y(0.98))} L${fmt(X(0.62))} ${fmt(Y(0.98))} Z`, red, L);
  c.ellipse(X(0.3), Y(0.83), b.w * 0.06, b.h * 0.045, gold, L);
  c.rect(X(0.04), Y(0.8), b.w * 0.12, b.h * 0.18, dark, { ...L, rx: b.w * 0.02 });
  // Torso: a broad chest plate over a gold waist, leaning back against the ground behind.
  c.path(`M${fmt(X(0.44))} ${fmt(Y(0.76))} L${fmt(X(0.4))} ${fmt(Y(0.42))} Q${fmt(X(0.6))} ${fmt(Y(0.3))} ${fmt(X(0.84))} ${fmt(Y(0.4))} L${fmt(X(0.8))} ${fmt(Y(0.76))} Z`, red, L);
  c.rect(X(0.44), Y(0.64), b.w * 0.36, b.h * 0.1, gold, { ...L, rx: b.w * 0.02 });
  c.circle(X(0.62), Y(0.47), b.w * 0.055, glow ? '#bfefff' : '#7d8c92', L);
  c.circle(X(0.62), Y(0.47), b.w * 0.032, glow ? '#ffffff' : '#5d6a70', { ...L, bare: true });
  // Arms hanging, hands resting on the ground either side.
  c.line(`M${fmt(X(0.42))} ${fmt(Y(0.44))} L${fmt(X(0.34))} ${fmt(Y(0.62))} L${fmt(X(0.36))} ${fmt(Y(0.86))}`, red, b.w * 0.09, { ...L, cap: 'round' });
  c.line(`M${fmt(X(0.82))} ${fmt(Y(0.44))} L${fmt(X(0.92))} ${fmt(Y(0.64))} L${fmt(X(0.9))} ${fmt(Y(0.88))}`, dark, b.w * 0.09, { ...L, cap: 'round' });
  c.circle(X(0.36), Y(0.88), b.w * 0.05, gold, L);
  c.circle(X(0.9), Y(0.9), b.w * 0.05, gold, L);
  // Rounded shoulder plates.
  c.ellipse(X(0.42), Y(0.43), b.w * 0.075, b.h * 0.05, shade(red, 0.12), L);
  c.ellipse(X(0.83), Y(0.43), b.w * 0.075, b.h * 0.05, shade(red, -0.1), L);
  // Helmet, bowed forward and to one side: red shell, gold faceplate, eye slits.
  c.group(`transform="rotate(${glow ? 0 : -14} ${fmt(X(0.6))} ${fmt(Y(0.36))})"`);
  c.path(`M${fmt(X(0.46))} ${fmt(Y(0.34))} Q${fmt(X(0.44))} ${fmt(Y(0.1))} ${fmt(X(0.6))} ${fmt(Y(0.08))} Q${fmt(X(0.76))} ${fmt(Y(0.1))} ${fmt(X(0.74))} ${fmt(Y(0.34))} Q${fmt(X(0.6))} ${fmt(Y(0.42))} ${fmt(X(0.46))} ${fmt(Y(0.34))} Z`, red, L);
  c.path(`M${fmt(X(0.5))} ${fmt(Y(0.18))} L${fmt(X(0.7))} ${fmt(Y(0.18))} L${fmt(X(0.68))} ${fmt(Y(0.34))} Q${fmt(X(0.6))} ${fmt(Y(0.39))} ${fmt(X(0.52))} ${fmt(Y(0.34))} Z`, gold, L);
  const eye = glow ? '#bfefff' : '#3a3a3a';
  c.rect(X(0.53), Y(0.225), b.w * 0.055, b.h * 0.02, eye, { ...L, bare: true });
  c.rect(X(0.615), Y(0.225), b.w * 0.055, b.h * 0.02, eye, { ...L, bare: true });
  c.line(`M${fmt(X(0.56))} ${fmt(Y(0.31))}H${fmt(X(0.64))}`, shade(gold, -0.35), Math.max(1, b.w * 0.008), { ...L, bare: true });
  c.end();
}

/** The suit, clean and upright in its red and gold. */
export const armourSuit: Painter = (c, b, o) => suit(c, b, o.layer, o.color ?? RED, GOLD, true);

/** The suit abandoned: rusted red and gold, rust blotches, vines and leaves climbing over it. */
export const overgrownArmour: Painter = (c, b, o) => {
  const red = mixHex(o.color ?? RED, '#7a4a2a', 0.5);
  const gold = mixHex(GOLD, '#8a6a3a', 0.45);
  suit(c, b, o.layer, red, gold, false);
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const r = o.rng;
  for (let k = 0; k < 9; k++) {
    c.ellipse(X(r.range(0.2, 0.85)), Y(r.range(0.15, 0.9)), b.w * r.range(0.02, 0.045), b.h * r.range(0.015, 0.03), '#7a3e1e', { ...L, bare: true, opacity: 0.75 });
  }
  // Vines from the ground up the legs, the torso and over the helmet.
  const vine = `M${fmt(X(0.2))} ${fmt(Y(1))} C${fmt(X(0.3))} ${fmt(Y(0.8))} ${fmt(X(0.5))} ${fmt(Y(0.85))} ${fmt(X(0.52))} ${fmt(Y(0.6))} S${fmt(X(0.72))} ${fmt(Y(0.4))} ${fmt(X(0.66))} ${fmt(Y(0.12))}` +
    ` M${fmt(X(0.95))} ${fmt(Y(1))} C${fmt(X(0.86))} ${fmt(Y(0.8))} ${fmt(X(0.8))} ${fmt(Y(0.6))} ${fmt(X(0.7))} ${fmt(Y(0.5))}`;
  c.line(vine, '#3f6b2a', Math.max(1.5, b.w * 0.024), { ...L, cap: 'round' });
  const leaves: [number, number][] = [[0.28, 0.86], [0.44, 0.8], [0.52, 0.66], [0.6, 0.48], [0.7, 0.3], [0.64, 0.16], [0.86, 0.74], [0.76, 0.55], [0.12, 0.94], [0.9, 0.95]];
  for (const [fx, fy] of leaves) {
    const s = b.w * 0.085;
    c.path(`M0 0 Q${fmt(s * 0.5)} ${fmt(-s * 0.4)} ${fmt(s)} 0 Q${fmt(s * 0.5)} ${fmt(s * 0.4)} 0 0 Z`, r.pick(['#4f8a3c', '#3a7a30', '#5f9a44']), { ...L, transform: `translate(${fmt(X(fx))} ${fmt(Y(fy))}) rotate(${fmt(r.range(-150, 30))})` });
  }
};

/** A giant green lizard monster standing upright: spiked back, tail curled on the ground, open jaws. */
export const kaiju: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const skin = o.color ?? '#4f7a45';
  const belly = mixHex(skin, '#d8d0a0', 0.45);
  const dark = shade(skin, -0.28);
  // Tail sweeping out behind to the right along the ground.
  c.path(`M${fmt(X(0.52))} ${fmt(Y(0.7))} C${fmt(X(0.72))} ${fmt(Y(0.78))} ${fmt(X(0.86))} ${fmt(Y(0.84))} ${fmt(X(1))} ${fmt(Y(0.96))} C${fmt(X(0.8))} ${fmt(Y(0.98))} ${fmt(X(0.62))} ${fmt(Y(0.94))} ${fmt(X(0.5))} ${fmt(Y(0.88))} Z`, dark, L);
  // Dorsal plates up the back, pale and jagged.
  let plates = '';
  for (let k = 0; k < 7; k++) {
    const f = k / 6;
    const bx = 0.62 - f * 0.16, by = 0.72 - f * 0.52, s = 0.05 + 0.03 * Math.sin(f * Math.PI);
    plates += `M${fmt(X(bx))} ${fmt(Y(by + s))} L${fmt(X(bx + s * 1.6))} ${fmt(Y(by))} L${fmt(X(bx))} ${fmt(Y(by - s * 0.4))} Z`;
  }
  c.path(plates, '#cfd6c4', L);
  // Legs: thick, bent, clawed feet.
  c.path(`M${fmt(X(0.3))} ${fmt(Y(0.66))} L${fmt(X(0.26))} ${fmt(Y(0.97))} L${fmt(X(0.42))} ${fmt(Y(0.97))} L${fmt(X(0.44))} ${fmt(Y(0.7))} Z`, dark, L);
  c.path(`M${fmt(X(0.44))} ${fmt(Y(0.66))} L${fmt(X(0.46))} ${fmt(Y(0.98))} L${fmt(X(0.62))} ${fmt(Y(0.98))} L${fmt(X(0.6))} ${fmt(Y(0.66))} Z`, skin, L);
  // Body: a heavy upright pear.
  c.path(`M${fmt(X(0.34))} ${fmt(Y(0.28))} C${fmt(X(0.24))} ${fmt(Y(0.42))} ${fmt(X(0.22))} ${fmt(Y(0.62))} ${fmt(X(0.3))} ${fmt(Y(0.74))} L${fmt(X(0.62))} ${fmt(Y(0.76))} C${fmt(X(0.68))} ${fmt(Y(0.58))} ${fmt(X(0.6))} ${fmt(Y(0.36))} ${fmt(X(0.52))} ${fmt(Y(0.24))} Z`, skin, L);
  c.path(`M${fmt(X(0.33))} ${fmt(Y(0.36))} C${fmt(X(0.27))} ${fmt(Y(0.48))} ${fmt(X(0.28))} ${fmt(Y(0.64))} ${fmt(X(0.34))} ${fmt(Y(0.72))} L${fmt(X(0.44))} ${fmt(Y(0.72))} C${fmt(X(0.42))} ${fmt(Y(0.56))} ${fmt(X(0.42))} ${fmt(Y(0.44))} ${fmt(X(0.4))} ${fmt(Y(0.34))} Z`, belly, L);
  let ridges = '';
  for (let k = 0; k < 5; k++) ridges += `M${fmt(X(0.3 + k * 0.005))} ${fmt(Y(0.42 + k * 0.06))}H${fmt(X(0.42))}`;
  c.line(ridges, shade(belly, -0.2), Math.max(1, b.w * 0.008), { ...L, bare: true });
  // Small arms raised, claws out.
  c.line(`M${fmt(X(0.32))} ${fmt(Y(0.4))} L${fmt(X(0.18))} ${fmt(Y(0.46))} L${fmt(X(0.14))} ${fmt(Y(0.4))}`, skin, b.w * 0.05, { ...L, cap: 'round' });
  // Head: a blunt snout, jaws open with teeth, a glaring eye.
  c.path(`M${fmt(X(0.34))} ${fmt(Y(0.3))} C${fmt(X(0.34))} ${fmt(Y(0.16))} ${fmt(X(0.42))} ${fmt(Y(0.1))} ${fmt(X(0.5))} ${fmt(Y(0.12))} L${fmt(X(0.52))} ${fmt(Y(0.26))} Z`, skin, L);
  c.path(`M${fmt(X(0.44))} ${fmt(Y(0.11))} L${fmt(X(0.14))} ${fmt(Y(0.13))} Q${fmt(X(0.1))} ${fmt(Y(0.16))} ${fmt(X(0.14))} ${fmt(Y(0.18))} L${fmt(X(0.38))} ${fmt(Y(0.19))} Z`, skin, L);
  c.path(`M${fmt(X(0.38))} ${fmt(Y(0.21))} L${fmt(X(0.17))} ${fmt(Y(0.25))} Q${fmt(X(0.16))} ${fmt(Y(0.28))} ${fmt(X(0.2))} ${fmt(Y(0.28))} L${fmt(X(0.4))} ${fmt(Y(0.28))} Z`, dark, L);
  c.path(`M${fmt(X(0.38))} ${fmt(Y(0.19))} L${fmt(X(0.15))} ${fmt(Y(0.18))} L${fmt(X(0.17))} ${fmt(Y(0.25))} L${fmt(X(0.38))} ${fmt(Y(0.21))} Z`, '#7a2a2a', L);
  let teeth = '';
  for (let k = 0; k < 5; k++) {
    const x = 0.18 + k * 0.045;
    teeth += `M${fmt(X(x))} ${fmt(Y(0.18))}L${fmt(X(x + 0.015))} ${fmt(Y(0.205))}L${fmt(X(x + 0.03))} ${fmt(Y(0.18))}Z`;
  }
  c.path(teeth, '#f4f0e0', { ...L, bare: true });
  c.circle(X(0.37), Y(0.135), b.w * 0.02, '#f2d23a', L);
  c.circle(X(0.365), Y(0.135), b.w * 0.009, '#1c1c1c', { ...L, bare: true });
};
