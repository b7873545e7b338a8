// What a window shows (docs/local-engine.md, "Scene consistency"): every view out of a room, a
// wall window, a windowsill's panes, an office's glass, shows the scene's own time and weather.
// Rain is a grey sky with streaks, a storm adds a bolt, falling snow flakes, night a dark sky
// with stars and the moon, sunset a warm sky with the low sun; a clear day a cloud.
import { fmt, type Canvas } from '../canvas.js';
import type { Layer } from '../grade.js';
import type { ScenePlan } from '../../plan/scene-plan.js';
import type { Rng } from '../prng.js';
import { isOvercast, skyStops } from './sky.js';

export interface ViewOut {
  c: Canvas;
  plan: ScenePlan;
  rng: Rng;
  /** Layer the pane's sky is graded as (a room's wall is 'bg'). */
  layer?: Layer;
}

/** The sky through a pane at (x, y, w, h), with its weather; `hills` adds far hills at its foot. */
export function paintViewOut(v: ViewOut, x: number, y: number, w: number, h: number, hills = true): void {
  const { c, plan } = v;
  const layer = v.layer ?? 'bg';
  const night = plan.time === 'night';
  const overcast = isOvercast(plan) || plan.weather === 'snowfall';
  const r = v.rng.fork(`view${Math.round(x)}x${Math.round(y)}`);
  c.rect(x, y, w, h, c.linear(skyStops(plan)), { bare: true, layer });
  const s = Math.min(w, h);
  if (night && !overcast) {
    // A clear night: stars and the moon.
    let d = '';
    for (let i = 0; i < Math.round(8 + (w * h) / (s * s) * 6); i++) {
      const sx = r.range(x + w * 0.04, x + w * 0.96), sy = r.range(y + h * 0.04, y + h * 0.7), rr = Math.min(s * r.range(0.006, 0.014), c.u * r.range(0.1, 0.28));
      d += `M${fmt(sx - rr)} ${fmt(sy)}a${fmt(rr)} ${fmt(rr)} 0 1 0 ${fmt(2 * rr)} 0a${fmt(rr)} ${fmt(rr)} 0 1 0 ${fmt(-2 * rr)} 0`;
    }
    c.path(d, '#fff8e0', { bare: true, opacity: 0.9, layer: 'fg' });
    const mx = x + w * 0.72, my = y + h * 0.24, mr = Math.min(s * 0.09, c.u * 3);
    c.circle(mx, my, mr * 2.2, c.radial([[0, '#fff6d8', 0.3], [1, '#fff6d8', 0]]), { bare: true, layer: 'fg' });
    const moon = `M${fmt(mx)} ${fmt(my - mr)} A${fmt(mr)} ${fmt(mr)} 0 1 1 ${fmt(mx)} ${fmt(my + mr)} A${fmt(mr * 0.78)} ${fmt(mr)} 0 1 0 ${fmt(mx)} ${fmt(my - mr)} Z`;
    c.path(moon, '#fff3c4', { layer: 'fg', transform: `rotate(-25 ${fmt(mx)} ${fmt(my)})` });
  } else if ((plan.time === 'sunset' || plan.time === 'dawn') && !overcast) {
    // The low sun, warm, over the hills.
    const sx = x + w * 0.3, sy = y + h * 0.74, sr = s * 0.1;
    c.circle(sx, sy, sr * 2.6, c.radial([[0, '#ffd27a', 0.55], [1, '#ffd27a', 0]]), { bare: true, layer: 'fg' });
    c.circle(sx, sy, sr, plan.time === 'sunset' ? '#ffb347' : '#ffe08a', { bare: true, layer: 'fg' });
  } else if (!overcast) {
    c.ellipse(x + w * 0.35, y + h * 0.35, w * 0.22, w * 0.07, '#ffffff', { bare: true, opacity: 0.8, layer });
  }
  if (hills) {
    const snowy = plan.snowy || plan.weather === 'snowfall';
    const hill = snowy ? (night ? '#8d9bb8' : '#eef3f8') : night ? '#1d2b4a' : '#7fb069';
    c.path(`M${fmt(x)} ${fmt(y + h)} L${fmt(x)} ${fmt(y + h * 0.78)} Q${fmt(x + w * 0.4)} ${fmt(y + h * 0.62)} ${fmt(x + w * 0.7)} ${fmt(y + h * 0.76)} T${fmt(x + w)} ${fmt(y + h * 0.72)} L${fmt(x + w)} ${fmt(y + h)} Z`, hill, { bare: true, layer });
  }
  if (plan.weather === 'storm') {
    const bx = x + w * r.range(0.25, 0.6), by = y + h * 0.08, bh = h * 0.45;
    c.path(`M${fmt(bx)} ${fmt(by)}l${fmt(-bh * 0.16)} ${fmt(bh * 0.5)}h${fmt(bh * 0.12)}l${fmt(-bh * 0.1)} ${fmt(bh * 0.5)}l${fmt(bh * 0.26)} ${fmt(-bh * 0.62)}h${fmt(-bh * 0.12)}l${fmt(bh * 0.1)} ${fmt(-bh * 0.38)}Z`, '#fff5b8', { bare: true, opacity: 0.9, layer: 'fg' });
  }
  if (plan.weather) fallingWeather(c, r, plan.weather === 'snowfall', x, y, w, h);
}

/** Rain streaks or snowflakes inside the pane. */
function fallingWeather(c: Canvas, r: Rng, snow: boolean, x0: number, y0: number, w: number, h: number): void {
  let d = '';
  const s = Math.min(w, h);
  const n = Math.min(60, Math.round(18 + (w * h) / (s * s) * 10));
  for (let i = 0; i < n; i++) {
    const x = r.range(x0 + w * 0.02, x0 + w * 0.9), y = r.range(y0 + h * 0.02, y0 + h * 0.85), len = h * 0.1;
    const f = Math.min(s * 0.012, c.u * 0.3);
    d += snow
      ? `M${fmt(x - f)} ${fmt(y)}a${fmt(f)} ${fmt(f)} 0 1 0 ${fmt(2 * f)} 0a${fmt(f)} ${fmt(f)} 0 1 0 ${fmt(-2 * f)} 0`
      : `M${fmt(x)} ${fmt(y)}l${fmt(len * 0.25)} ${fmt(len)}`;
  }
  if (snow) c.path(d, '#ffffff', { bare: true, opacity: 0.95, layer: 'fg' });
  else c.line(d, '#e6f0fa', Math.max(1, Math.min(s * 0.006, c.u * 0.15)), { opacity: 0.75, bare: true, layer: 'fg' });
}
