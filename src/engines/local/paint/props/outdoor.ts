// Procedural outdoor pictures: buildings and structures, lamps, a hot air balloon, and the
// landscape features that no emoji shows.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { at, type Painter } from './proc-box.js';

export const barn: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const red = o.color ?? '#b3322b';
  c.polygon([X(0.05), Y(0.42), X(0.5), Y(0.05), X(0.95), Y(0.42), X(0.95), Y(1), X(0.05), Y(1)], red, L);
  c.polygon([X(0), Y(0.44), X(0.5), Y(0), X(1), Y(0.44), X(0.95), Y(0.46), X(0.5), Y(0.08), X(0.05), Y(0.46)], '#f3efe6', L);
  c.rect(X(0.3), Y(0.56), b.w * 0.4, b.h * 0.44, shade(red, -0.15), L);
  c.line(`M${fmt(X(0.3))} ${fmt(Y(0.56))} L${fmt(X(0.7))} ${fmt(Y(1))} M${fmt(X(0.7))} ${fmt(Y(0.56))} L${fmt(X(0.3))} ${fmt(Y(1))}`, '#f3efe6', b.w * 0.025, L);
  c.rect(X(0.3), Y(0.56), b.w * 0.4, b.h * 0.44, 'none', { ...L, extra: `stroke="${c.paint('#f3efe6', o.layer)}" stroke-width="${fmt(b.w * 0.025)}"` });
  c.rect(X(0.42), Y(0.24), b.w * 0.16, b.h * 0.16, '#f3efe6', L);
  c.rect(X(0.445), Y(0.265), b.w * 0.11, b.h * 0.11, '#5b1f1b', L);
};

export const lighthouse: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  c.polygon([X(0.22), Y(1), X(0.34), Y(0.22), X(0.66), Y(0.22), X(0.78), Y(1)], '#f4f1ea', L);
  // The tower tapers from 0.22 of the width at the foot to 0.34 at the gallery.
  const inset = (y: number) => 0.22 + (0.12 * (1 - y)) / 0.78;
  for (const k of [0, 1, 2]) {
    const y1 = 0.3 + k * 0.24, y2 = y1 + 0.12;
    c.polygon([X(inset(y1)), Y(y1), X(1 - inset(y1)), Y(y1), X(1 - inset(y2)), Y(y2), X(inset(y2)), Y(y2)], '#d6342c', L);
  }
  c.rect(X(0.3), Y(0.1), b.w * 0.4, b.h * 0.12, o.lit ? '#ffe27a' : '#9fd3e8', { layer: o.lit ? 'fg' : o.layer });
  c.polygon([X(0.26), Y(0.1), X(0.5), Y(0), X(0.74), Y(0.1)], '#2d2f36', L);
  c.rect(X(0.24), Y(0.21), b.w * 0.52, b.h * 0.025, '#2d2f36', L);
};

export const hotAirBalloon: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const colors = [o.color ?? '#e0312b', '#f7d21e', '#2f6fde', '#f47c20'];
  const env = `M${fmt(X(0.5))} ${fmt(Y(0.72))} C${fmt(X(0.1))} ${fmt(Y(0.55))} ${fmt(X(0))} ${fmt(Y(0.3))} ${fmt(X(0.05))} ${fmt(Y(0.2))} C${fmt(X(0.15))} ${fmt(Y(-0.05))} ${fmt(X(0.85))} ${fmt(Y(-0.05))} ${fmt(X(0.95))} ${fmt(Y(0.2))} C${fmt(X(1))} ${fmt(Y(0.3))} ${fmt(X(0.9))} ${fmt(Y(0.55))} ${fmt(X(0.5))} ${fmt(Y(0.72))} Z`;
  c.path(env, colors[0], L);
  for (let k = 0; k < 3; k++) {
    const f = 0.22 + k * 0.28;
    c.path(`M${fmt(X(0.5))} ${fmt(Y(0.72))} Q${fmt(X(f - 0.04))} ${fmt(Y(0.35))} ${fmt(X(f))} ${fmt(Y(0.01))} L${fmt(X(f + 0.1))} ${fmt(Y(0.01))} Q${fmt(X(f + 0.08))} ${fmt(Y(0.35))} ${fmt(X(0.5))} ${fmt(Y(0.72))} Z`, colors[1 + (k % 3)], { ...L, bare: true });
  }
  c.line(`M${fmt(X(0.38))} ${fmt(Y(0.7))} L${fmt(X(0.42))} ${fmt(Y(0.86))} M${fmt(X(0.62))} ${fmt(Y(0.7))} L${fmt(X(0.58))} ${fmt(Y(0.86))}`, '#5b3a22', b.w * 0.012, L);
  c.rect(X(0.4), Y(0.86), b.w * 0.2, b.h * 0.14, '#a0683a', { ...L, rx: b.w * 0.02 });
};

export const lantern: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  if (o.lit !== false) c.circle(X(0.5), Y(0.55), b.w * 1.1, c.radial([[0, '#ffd36b', 0.55], [1, '#ffd36b', 0]]), { bare: true, layer: 'fg' });
  c.line(`M${fmt(X(0.3))} ${fmt(Y(0.12))} Q${fmt(X(0.5))} ${fmt(Y(-0.05))} ${fmt(X(0.7))} ${fmt(Y(0.12))}`, '#2d2f36', b.w * 0.06, L);
  c.rect(X(0.15), Y(0.12), b.w * 0.7, b.h * 0.1, '#2d2f36', L);
  c.rect(X(0.2), Y(0.22), b.w * 0.6, b.h * 0.62, '#ffe08a', { layer: 'fg' });
  c.rect(X(0.46), Y(0.22), b.w * 0.08, b.h * 0.62, '#2d2f36', L);
  c.rect(X(0.1), Y(0.84), b.w * 0.8, b.h * 0.16, '#2d2f36', L);
};

export const streetlamp: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  if (o.lit) c.circle(X(0.5), Y(0.1), b.h * 0.16, c.radial([[0, '#ffe7a8', 0.6], [1, '#ffe7a8', 0]]), { bare: true, layer: 'fg' });
  c.rect(X(0.42), Y(0.12), b.w * 0.16, b.h * 0.85, '#2d2f36', L);
  c.rect(X(0.25), Y(0.95), b.w * 0.5, b.h * 0.05, '#2d2f36', L);
  c.polygon([X(0.1), Y(0.04), X(0.9), Y(0.04), X(0.75), Y(0.15), X(0.25), Y(0.15)], o.lit ? '#fff0b8' : '#d8d2c0', { layer: o.lit ? 'fg' : o.layer });
  c.rect(X(0.2), Y(0), b.w * 0.6, b.h * 0.045, '#2d2f36', L);
};

/** A burning torch: a wooden stick with a wrapped head and a flame, glowing. */
export const torch: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  c.circle(X(0.5), Y(0.2), b.h * 0.35, c.radial([[0, '#ffb347', 0.5], [1, '#ffb347', 0]]), { bare: true, layer: 'fg' });
  c.polygon([X(0.38), Y(0.38), X(0.62), Y(0.38), X(0.56), Y(1), X(0.44), Y(1)], o.color ?? '#6b4426', { layer: o.layer });
  c.rect(X(0.3), Y(0.32), b.w * 0.4, b.h * 0.1, '#8a7a5a', { layer: o.layer, rx: b.w * 0.05 });
  c.path(`M${fmt(X(0.5))} ${fmt(Y(0))} Q${fmt(X(0.85))} ${fmt(Y(0.2))} ${fmt(X(0.68))} ${fmt(Y(0.34))} L${fmt(X(0.32))} ${fmt(Y(0.34))} Q${fmt(X(0.15))} ${fmt(Y(0.2))} ${fmt(X(0.5))} ${fmt(Y(0))} Z`, '#ff8a1a', { layer: 'fg' });
  c.ellipse(X(0.5), Y(0.24), b.w * 0.12, b.h * 0.08, '#ffe27a', { layer: 'fg', bare: true });
};

/** The savanna's flat-topped acacia: a thin forked trunk under a wide, flat crown. */
export const acacia: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const leaf = o.color ?? '#5f7f2c';
  c.line(`M${fmt(X(0.5))} ${fmt(Y(1))} L${fmt(X(0.48))} ${fmt(Y(0.6))} L${fmt(X(0.3))} ${fmt(Y(0.3))} M${fmt(X(0.48))} ${fmt(Y(0.62))} L${fmt(X(0.62))} ${fmt(Y(0.32))} M${fmt(X(0.55))} ${fmt(Y(0.45))} L${fmt(X(0.78))} ${fmt(Y(0.3))}`, '#5a3d26', b.w * 0.035, L);
  c.path(`M${fmt(X(0.02))} ${fmt(Y(0.3))} Q${fmt(X(0.1))} ${fmt(Y(0.08))} ${fmt(X(0.35))} ${fmt(Y(0.06))} Q${fmt(X(0.5))} ${fmt(Y(0))} ${fmt(X(0.68))} ${fmt(Y(0.05))} Q${fmt(X(0.92))} ${fmt(Y(0.07))} ${fmt(X(0.98))} ${fmt(Y(0.28))} Q${fmt(X(0.5))} ${fmt(Y(0.38))} ${fmt(X(0.02))} ${fmt(Y(0.3))} Z`, c.linear([[0, shade(leaf, 0.12)], [1, shade(leaf, -0.18)]]), L);
};

/** A waterfall dropping between two rock walls into a foaming pool. */
export const waterfall: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const rock = o.color ?? '#7d746a';
  c.path(`M${fmt(X(0))} ${fmt(Y(1))} L${fmt(X(0))} ${fmt(Y(0.08))} Q${fmt(X(0.15))} ${fmt(Y(0))} ${fmt(X(0.32))} ${fmt(Y(0.06))} L${fmt(X(0.3))} ${fmt(Y(0.85))} Z`, c.linear([[0, shade(rock, 0.1)], [1, shade(rock, -0.2)]]), L);
  c.path(`M${fmt(X(1))} ${fmt(Y(1))} L${fmt(X(1))} ${fmt(Y(0.1))} Q${fmt(X(0.85))} ${fmt(Y(0.01))} ${fmt(X(0.68))} ${fmt(Y(0.06))} L${fmt(X(0.7))} ${fmt(Y(0.85))} Z`, c.linear([[0, shade(rock, 0.04)], [1, shade(rock, -0.25)]]), L);
  c.path(`M${fmt(X(0))} ${fmt(Y(0.1))} Q${fmt(X(0.16))} ${fmt(Y(-0.02))} ${fmt(X(0.34))} ${fmt(Y(0.07))} L${fmt(X(0.34))} ${fmt(Y(0.03))} Q${fmt(X(0.16))} ${fmt(Y(-0.06))} ${fmt(X(0))} ${fmt(Y(0.05))} Z M${fmt(X(1))} ${fmt(Y(0.12))} Q${fmt(X(0.84))} ${fmt(Y(-0.01))} ${fmt(X(0.66))} ${fmt(Y(0.07))} L${fmt(X(0.66))} ${fmt(Y(0.03))} Q${fmt(X(0.84))} ${fmt(Y(-0.05))} ${fmt(X(1))} ${fmt(Y(0.07))} Z`, '#4f8a3c', L);
  c.rect(X(0.31), Y(0.075), b.w * 0.38, b.h * 0.8, c.linear([[0, '#8fd0f0'], [0.5, '#cfeeff'], [1, '#e9f8ff']], [0, 0, 1, 0]), L);
  c.ellipse(X(0.5), Y(0.075), b.w * 0.19, b.h * 0.012, '#e9f8ff', { layer: o.layer, bare: true });
  let streaks = '';
  for (let k = 0; k < 7; k++) {
    const x = X(0.33 + k * 0.05 + o.rng.range(-0.01, 0.01));
    streaks += `M${fmt(x)} ${fmt(Y(0.08 + o.rng.range(0, 0.1)))}V${fmt(Y(0.6 + o.rng.range(0, 0.25)))}`;
  }
  c.line(streaks, '#ffffff', b.w * 0.012, { layer: o.layer, opacity: 0.8, bare: true });
  c.ellipse(X(0.5), Y(0.9), b.w * 0.48, b.h * 0.09, '#4fa8d8', L);
  for (const [fx, fr] of [[0.36, 0.07], [0.5, 0.09], [0.64, 0.07], [0.43, 0.05], [0.58, 0.05]]) c.circle(X(fx), Y(0.86), b.w * fr, '#ffffff', { layer: o.layer, bare: true, opacity: 0.9 });
};

/** A stone arch bridge; its deck is the top fifth of the box. */
export const bridge: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const stone = o.color ?? '#a39482';
  const arches = Math.max(2, Math.round(b.w / b.h * 0.9));
  let d = `M${fmt(X(0))} ${fmt(Y(0.16))} H${fmt(X(1))} V${fmt(Y(1))}`;
  for (let k = arches - 1; k >= 0; k--) {
    const x0 = X((k + 0.12) / arches), x1 = X((k + 0.88) / arches);
    d += ` H${fmt(x1)} V${fmt(Y(0.62))} A${fmt((x1 - x0) / 2)} ${fmt(b.h * 0.38)} 0 0 0 ${fmt(x0)} ${fmt(Y(0.62))} V${fmt(Y(1))}`;
  }
  d += ` H${fmt(X(0))} Z`;
  c.path(d, c.linear([[0, shade(stone, 0.08)], [1, shade(stone, -0.22)]]), L);
  c.rect(X(0), Y(0.05), b.w, b.h * 0.12, shade(stone, 0.14), L);
  let joints = '';
  for (let y = 0.3; y < 0.62; y += 0.12) joints += `M${fmt(X(0))} ${fmt(Y(y))}H${fmt(X(1))}`;
  c.line(joints, shade(stone, -0.3), Math.max(1, b.h * 0.012), { layer: o.layer, opacity: 0.5, bare: true });
};

/** A round lily pad with its notch, floating flat. */
export const lilyPad: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const green = o.color ?? '#4f9a3a';
  const cx = X(0.5), cy = Y(0.55), rx = b.w * 0.5, ry = b.h * 0.45;
  c.path(`M${fmt(cx)} ${fmt(cy)} L${fmt(cx + rx * 0.5)} ${fmt(cy + ry * 0.95)} A${fmt(rx)} ${fmt(ry)} 0 1 1 ${fmt(cx + rx * 0.85)} ${fmt(cy + ry * 0.55)} Z`, c.linear([[0, shade(green, 0.15)], [1, shade(green, -0.1)]]), { layer: o.layer });
  c.line(`M${fmt(cx)} ${fmt(cy)} L${fmt(cx - rx * 0.7)} ${fmt(cy - ry * 0.3)} M${fmt(cx)} ${fmt(cy)} L${fmt(cx - rx * 0.2)} ${fmt(cy - ry * 0.85)} M${fmt(cx)} ${fmt(cy)} L${fmt(cx - rx * 0.6)} ${fmt(cy + ry * 0.6)}`, shade(green, 0.3), Math.max(1, b.h * 0.03), { layer: o.layer, bare: true });
};

/** A round-nosed yellow submarine with a conning tower, portholes and a propeller. */
export const submarine: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const hull = o.color ?? '#f2c230';
  c.rect(X(0.4), Y(0.12), b.w * 0.22, b.h * 0.3, shade(hull, -0.12), { ...L, rx: b.w * 0.03 });
  c.line(`M${fmt(X(0.5))} ${fmt(Y(0.14))} V${fmt(Y(0))} H${fmt(X(0.56))}`, '#5d6068', b.w * 0.02, L);
  c.ellipse(X(0.48), Y(0.62), b.w * 0.44, b.h * 0.32, c.linear([[0, shade(hull, 0.15)], [1, shade(hull, -0.2)]]), L);
  c.polygon([X(0.9), Y(0.62), X(1), Y(0.42), X(1), Y(0.82)], shade(hull, -0.3), L);
  for (const fx of [0.26, 0.44, 0.62]) {
    c.circle(X(fx), Y(0.6), b.h * 0.1, '#5d6068', L);
    c.circle(X(fx), Y(0.6), b.h * 0.07, '#9fd8f0', { ...L, bare: true });
  }
};
