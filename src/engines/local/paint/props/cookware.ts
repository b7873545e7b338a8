// Cookware no emoji shows: a wok (a deep round steel pan with a long wooden handle), and a stir
// fry, which is that wok with strips of vegetables, noodles and meat heaped in it.
import { shade } from '../color.js';
import type { Canvas } from '../canvas.js';
import { at, WOOD, type Box, type Painter, type ProcOptions } from './proc-box.js';

/** The pan's back rim, bowl and handle; returns where the food sits (the bowl's mouth). */
function pan(c: Canvas, b: Box, o: ProcOptions): { cx: number; y: number; rx: number; ry: number } {
  const { X, Y } = at(b);
  const L = { layer: o.layer };
  const steel = o.color ?? '#3b3f46';
  // The handle runs out to the right, a steel stub then wood.
  c.polygon([X(0.78), Y(0.42), X(0.88), Y(0.36), X(0.9), Y(0.42), X(0.8), Y(0.5)], shade(steel, 0.15), L);
  c.polygon([X(0.87), Y(0.35), X(1), Y(0.27), X(1), Y(0.35), X(0.89), Y(0.43)], WOOD, L);
  // The inside of the far rim, then the bowl below it.
  const cx = X(0.42), y = Y(0.42), rx = b.w * 0.38, ry = b.h * 0.14;
  c.ellipse(cx, y, rx, ry, shade(steel, -0.35), L);
  c.path(`M${X(0.04)} ${y} Q${X(0.1)} ${Y(1)} ${cx} ${Y(1)} Q${X(0.74)} ${Y(1)} ${X(0.8)} ${y} Z`, c.linear([[0, shade(steel, 0.25)], [0.5, steel], [1, shade(steel, -0.3)]], [0, 0, 1, 0]), L);
  c.path(`M${X(0.12)} ${Y(0.55)} Q${X(0.2)} ${Y(0.86)} ${X(0.34)} ${Y(0.93)}`, 'none', { ...L, extra: `stroke="${c.paint('#ffffff', o.layer)}" stroke-opacity="0.35" stroke-width="${(b.w * 0.025).toFixed(1)}" stroke-linecap="round"` });
  return { cx, y, rx, ry };
}

export const wok: Painter = (c, b, o) => {
  const m = pan(c, b, o);
  // The near rim over the bowl's dark inside.
  c.ellipse(m.cx, m.y + m.ry * 0.2, m.rx * 0.9, m.ry * 0.7, '#23262b', { layer: o.layer });
};

// Strips of pepper, carrot, broccoli, meat and noodles, heaped higher in the middle.
const FOOD = ['#e0452b', '#f29a2e', '#3f9a3a', '#8a4a2a', '#f2d27a', '#e0452b', '#5fb548', '#f2d27a'];

export const stirFry: Painter = (c, b, o) => {
  const m = pan(c, b, { ...o, color: undefined });
  const L = { layer: o.layer };
  c.ellipse(m.cx, m.y, m.rx * 0.92, m.ry * 0.85, '#7a4a22', L);
  const r = o.rng.fork('stir-fry');
  for (let i = 0; i < 26; i++) {
    const a = r.range(0, Math.PI * 2), d = Math.sqrt(r.range(0, 1));
    const x = m.cx + Math.cos(a) * m.rx * 0.8 * d, y = m.y + Math.sin(a) * m.ry * 0.7 * d - (1 - d) * b.h * 0.12;
    const len = b.w * r.range(0.06, 0.12), tilt = r.range(-40, 40);
    c.rect(x - len / 2, y - b.h * 0.025, len, b.h * 0.05, FOOD[i % FOOD.length]!, { ...L, rx: b.h * 0.02, transform: `rotate(${tilt.toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})` });
  }
  // Steam rising off it.
  for (let i = 0; i < 3; i++) {
    const x = m.cx + (i - 1) * m.rx * 0.4;
    c.path(`M${x} ${m.y - b.h * 0.12} q${b.w * 0.04} ${-b.h * 0.06} 0 ${-b.h * 0.12} q${-b.w * 0.04} ${-b.h * 0.05} 0 ${-b.h * 0.1}`, 'none', { ...L, extra: `stroke="${c.paint('#ffffff', o.layer)}" stroke-opacity="0.5" stroke-width="${(b.w * 0.02).toFixed(1)}" stroke-linecap="round"` });
  }
};
