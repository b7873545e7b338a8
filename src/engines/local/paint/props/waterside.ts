// Waterside pictures no emoji shows: a wading bird standing in shallow water (heron, egret, stork,
// crane) and a clump of reeds with cattails at the water's edge (docs/local-engine.md).
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { at, type Painter } from './proc-box.js';

/**
 * A wading bird facing left, standing on long legs in a shallow pool: S-curved neck, dagger beak,
 * a plume at the back of the head. `o.color` is its plumage (a heron's grey-blue by default).
 */
export const wader: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const body = o.color ?? '#8d9bab';
  const pale = shade(body, 0.35);
  const wing = shade(body, -0.18);
  const legs = '#c7a04a';
  // The shallow water it stands in, with two ripples round its legs.
  c.ellipse(X(0.5), Y(0.955), b.w * 0.5, b.h * 0.045, '#6f9fc0', { ...L, opacity: 0.85 });
  c.line(`M${fmt(X(0.34))} ${fmt(Y(0.95))} Q${fmt(X(0.5))} ${fmt(Y(0.975))} ${fmt(X(0.68))} ${fmt(Y(0.95))}`, '#d8ecf6', Math.max(1, b.w * 0.012), { ...L, bare: true, opacity: 0.8 });
  // Legs: thin, the knees bending backwards.
  c.line(`M${fmt(X(0.5))} ${fmt(Y(0.6))} L${fmt(X(0.52))} ${fmt(Y(0.77))} L${fmt(X(0.46))} ${fmt(Y(0.95))} M${fmt(X(0.58))} ${fmt(Y(0.6))} L${fmt(X(0.62))} ${fmt(Y(0.78))} L${fmt(X(0.6))} ${fmt(Y(0.95))}`, legs, Math.max(1.2, b.w * 0.025), { ...L, cap: 'round' });
  // Body: a tilted teardrop, tail low at the back; the folded wing over it.
  c.path(`M${fmt(X(0.36))} ${fmt(Y(0.44))} C${fmt(X(0.4))} ${fmt(Y(0.36))} ${fmt(X(0.66))} ${fmt(Y(0.38))} ${fmt(X(0.82))} ${fmt(Y(0.56))} L${fmt(X(0.9))} ${fmt(Y(0.68))} C${fmt(X(0.74))} ${fmt(Y(0.66))} ${fmt(X(0.56))} ${fmt(Y(0.66))} ${fmt(X(0.44))} ${fmt(Y(0.58))} C${fmt(X(0.36))} ${fmt(Y(0.53))} ${fmt(X(0.34))} ${fmt(Y(0.48))} ${fmt(X(0.36))} ${fmt(Y(0.44))} Z`, body, L);
  c.path(`M${fmt(X(0.5))} ${fmt(Y(0.44))} C${fmt(X(0.64))} ${fmt(Y(0.42))} ${fmt(X(0.78))} ${fmt(Y(0.5))} ${fmt(X(0.92))} ${fmt(Y(0.7))} C${fmt(X(0.72))} ${fmt(Y(0.64))} ${fmt(X(0.58))} ${fmt(Y(0.6))} ${fmt(X(0.5))} ${fmt(Y(0.44))} Z`, wing, L);
  // The long neck, an S from the breast up to the head.
  c.line(`M${fmt(X(0.4))} ${fmt(Y(0.47))} C${fmt(X(0.26))} ${fmt(Y(0.4))} ${fmt(X(0.44))} ${fmt(Y(0.28))} ${fmt(X(0.36))} ${fmt(Y(0.15))}`, pale, b.w * 0.075, { ...L, cap: 'round' });
  // Head, plume, eye and the dagger beak.
  c.ellipse(X(0.37), Y(0.13), b.w * 0.06, b.h * 0.032, pale, L);
  c.line(`M${fmt(X(0.4))} ${fmt(Y(0.115))} Q${fmt(X(0.5))} ${fmt(Y(0.1))} ${fmt(X(0.58))} ${fmt(Y(0.14))}`, '#2b2b30', Math.max(1, b.w * 0.018), { ...L, cap: 'round' });
  c.polygon([X(0.33), Y(0.115), X(0.08), Y(0.14), X(0.33), Y(0.15)], '#e0a830', L);
  c.circle(X(0.355), Y(0.125), Math.max(1, b.w * 0.012), '#1c1c1c', { ...L, bare: true });
};

/**
 * A clump of reeds and cattails along a strip of water: thin blades leaning a little either way,
 * some topped by a brown cattail head.
 */
export const reeds: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const green = o.color ?? '#6a8a3a';
  c.ellipse(X(0.5), Y(0.96), b.w * 0.52, b.h * 0.05, '#6f9fc0', { ...L, opacity: 0.8 });
  const r = o.rng;
  const n = Math.max(9, Math.round((b.w / b.h) * 9));
  let blades = '', dark = '';
  const heads: [number, number, number][] = [];
  for (let k = 0; k < n; k++) {
    const fx = 0.06 + (0.88 * (k + r.range(0.1, 0.9))) / n;
    const top = r.range(0.02, 0.4);
    const lean = r.range(-0.08, 0.08);
    const d = `M${fmt(X(fx))} ${fmt(Y(0.97))} Q${fmt(X(fx + lean * 0.3))} ${fmt(Y((0.97 + top) / 2))} ${fmt(X(fx + lean))} ${fmt(Y(top))}`;
    if (k % 2) dark += d; else blades += d;
    if (r.chance(0.45)) heads.push([fx + lean * 0.9, top + 0.05, r.range(0.1, 0.15)]);
  }
  const width = Math.max(1.2, b.h * 0.026);
  c.line(blades, green, width, { ...L, cap: 'round' });
  c.line(dark, shade(green, -0.22), width, { ...L, cap: 'round' });
  for (const [fx, fy, len] of heads) {
    c.rect(X(fx) - width * 1.6, Y(fy), width * 3.2, b.h * len, '#6b4426', { ...L, rx: width * 1.6 });
  }
};
