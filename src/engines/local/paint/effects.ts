// Light, weather and the finishing texture of each style, drawn over the scene. All vector and
// gradient work: no blur or turbulence filters, so 4K costs about what 1K does per shape.
import { fmt, type Canvas, type Stop } from './canvas.js';
import type { Rect, Stage } from './stage.js';
import type { ScenePlan } from '../plan/scene-plan.js';
import type { Rng } from './prng.js';
import { clayFinish } from './styles/clay.js';
import { comicFinish } from './styles/comic.js';
import { inkFinish } from './styles/ink-wash.js';
import { carvedGround, woodcutFinish } from './styles/woodcut.js';
import { lowPolyFinish, stainedGlassFinish } from './styles/facets.js';
import { paperFinish } from './styles/paper-cut.js';
import { popFinish } from './styles/pop-art.js';
import { greatWave, ukiyoFinish } from './styles/ukiyo-e.js';
import { nouveauFinish } from './styles/nouveau.js';

/**
 * Darkened edges. The gradient is clear inside 0.55 of its radius, so (but for the poster style,
 * where it turns into a flat tint over everything) that middle is cut out of the shape: a
 * gradient costs resvg a slow per-pixel pass over the whole shape, ~130 ms at 4096².
 */
function vignette(c: Canvas, color: string, strength: number): void {
  const stops: Stop[] = [[0.55, color, 0], [1, color, strength]];
  const fill = c.radial(stops, [0.5, 0.5, 0.75]);
  const { width: W, height: H } = c;
  if (c.flat) return c.rect(0, 0, W, H, fill, { bare: true, layer: 'fg' });
  // The shape's box is still the canvas, so the gradient's box units are unchanged.
  const rx = W * 0.75 * 0.55, ry = H * 0.75 * 0.55;
  const hole = `M${fmt(W / 2 - rx)} ${fmt(H / 2)}a${fmt(rx)} ${fmt(ry)} 0 1 0 ${fmt(2 * rx)} 0a${fmt(rx)} ${fmt(ry)} 0 1 0 ${fmt(-2 * rx)} 0Z`;
  const op = { kind: 'radial' as const, cx: W / 2, cy: H / 2, rx: W * 0.75, ry: H * 0.75, stops: c.lightStops(stops, 'fg') };
  c.light(op, () => c.path(`M0 0H${W}V${H}H0Z${hole}`, fill, { bare: true, layer: 'fg', extra: 'fill-rule="evenodd"' }));
}

/** What a style adds to the backdrop, under the subjects: a woodcut's gouges across the ground. */
export function styleBackdrop(c: Canvas, plan: ScenePlan, stage: Stage, rng: Rng): void {
  if (plan.style === 'woodcut' && stage.kind === 'land') carvedGround(c, stage.W, stage.H, stage.horizon, plan.time === 'night', rng);
  // Ukiyo-e on the open sea: Hokusai's great wave, Fuji beyond it (styles/ukiyo-e.ts).
  if (plan.style === 'ukiyoe' && plan.setting === 'ocean') greatWave(c, stage.W, stage.H, stage.horizon, rng);
}

/** Fog between the far backdrop and the subjects. */
export function farFog(c: Canvas, stage: Stage): void {
  c.rect(0, 0, c.width, stage.horizon * 1.05, c.linear([[0, '#dfe6ea', 0.1], [0.7, '#dfe6ea', 0.4], [1, '#dfe6ea', 0.55]]), { bare: true, layer: 'fg' });
}

export function lightingOverlays(c: Canvas, plan: ScenePlan, stage: Stage, main: Rect | undefined, rng: Rng): void {
  const { W, H } = stage;
  const focus = main ? { x: main.x + main.w / 2, y: main.y + main.h * 0.4 } : { x: W / 2, y: H * 0.5 };
  for (const light of plan.lighting) {
    if (light === 'warm') {
      const r = Math.max(W, H) * 0.55;
      c.glow(focus.x - Math.min(W, H) * 0.1, focus.y - H * 0.1, r, r, [[0, '#ffcf7a', 0.22], [1, '#ffcf7a', 0]], { layer: 'fg' });
    } else if (light === 'cool') {
      c.wash(0, H, c.linear([[0, '#7fb0ff', 0.12], [1, '#7fb0ff', 0]]), { layer: 'fg' });
    } else if (light === 'neon') {
      const r = Math.max(W, H) * 0.5;
      c.glow(0, H * 0.6, r, r, [[0, '#ff3ea5', 0.28], [1, '#ff3ea5', 0]]);
      c.glow(W, H * 0.4, r, r, [[0, '#2fe6ff', 0.25], [1, '#2fe6ff', 0]]);
    } else if (light === 'dramatic') {
      vignette(c, '#000000', 0.7);
      c.glow(focus.x, focus.y, Math.min(W, H) * 0.45, Math.min(W, H) * 0.5, [[0, '#fff4dc', 0.18], [1, '#fff4dc', 0]], { layer: 'fg' });
    } else if (light === 'foggy') {
      c.wash(H * 0.5, H * 0.5, c.linear([[0, '#e6ecef', 0], [0.7, '#e6ecef', 0.15], [1, '#e6ecef', 0.3]]), { layer: 'fg' });
    } else if (light === 'soft') {
      c.wash(0, H, '#fff6f0', { opacity: 0.1, layer: 'fg' });
    }
  }
  // Indoors, weather is seen through the windows only (backdrops/room-kit.ts).
  if (stage.kind === 'room') return;
  if (plan.weather) weather(c, plan.weather, stage, rng.fork('weather'));
  else if ((plan.setting === 'snow' || plan.festive === 'christmas') && plan.style !== 'pixel') weather(c, 'snowfall', stage, rng.fork('weather'), 0.5);
}

function weather(c: Canvas, kind: NonNullable<ScenePlan['weather']>, stage: Stage, rng: Rng, amount = 1): void {
  const { W, H } = stage;
  const n = Math.round(Math.min(400, (W * H) / (Math.min(W, H) ** 2) * 120) * amount);
  let d = '';
  if (kind === 'snowfall') {
    for (let i = 0; i < n; i++) {
      const x = rng.range(0, W), y = rng.range(0, H), s = c.u * rng.range(0.2, 0.6);
      d += `M${fmt(x - s)} ${fmt(y)}a${fmt(s)} ${fmt(s)} 0 1 0 ${fmt(2 * s)} 0a${fmt(s)} ${fmt(s)} 0 1 0 ${fmt(-2 * s)} 0`;
    }
    c.path(d, '#ffffff', { bare: true, opacity: 0.85, layer: 'fg' });
    return;
  }
  const len = Math.min(W, H) * 0.04;
  for (let i = 0; i < n; i++) {
    const x = rng.range(-len, W), y = rng.range(-len, H);
    d += `M${fmt(x)} ${fmt(y)}l${fmt(len * 0.3)} ${fmt(len)}`;
  }
  c.line(d, '#cfe3f5', Math.max(1, c.u * 0.12), { opacity: 0.5, bare: true, layer: 'fg' });
  if (kind === 'storm') {
    c.rect(0, 0, W, H, '#0b1020', { bare: true, opacity: 0.2 });
    const x = W * rng.range(0.15, 0.85), s = Math.min(W, H) * 0.05;
    c.polygon([x, 0, x + s, 0, x + s * 0.3, H * 0.18, x + s, H * 0.18, x - s * 0.5, H * 0.42, x, H * 0.22, x - s * 0.6, H * 0.22], '#fff6b0', { bare: true, layer: 'fg' });
  }
}

/** The style's finishing layer: paper, canvas, grain, borders. */
export function styleFinish(c: Canvas, plan: ScenePlan, stage: Stage, rng: Rng): void {
  const { W, H } = stage;
  const m = Math.min(W, H);
  switch (plan.style) {
    case 'watercolor': {
      // Pigment blooms and a white paper margin with a ragged edge.
      for (let i = 0; i < 24; i++) {
        c.circle(rng.range(0, W), rng.range(0, H), m * rng.range(0.08, 0.22), rng.pick(['#ffffff', '#f3e6d0', '#d7e6f5']), { bare: true, opacity: 0.06, layer: 'fg' });
      }
      raggedFrame(c, rng, '#fbf8f1', m * 0.035);
      return;
    }
    case 'oil': {
      for (const [col, op] of [['#ffffff', 0.07], ['#000000', 0.07]] as const) {
        let d = '';
        const n = Math.round(Math.min(700, (W * H) / (m * m) * 260));
        for (let i = 0; i < n; i++) {
          const x = rng.range(0, W), y = rng.range(0, H), len = m * rng.range(0.015, 0.04), a = rng.range(-0.6, 0.6);
          d += `M${fmt(x)} ${fmt(y)}l${fmt(Math.cos(a) * len)} ${fmt(Math.sin(a) * len)}`;
        }
        c.line(d, col, m * 0.009, { opacity: op, bare: true, layer: 'fg' });
      }
      vignette(c, '#2b1d12', 0.35);
      return;
    }
    case 'sketch': {
      let d = '';
      const step = m * 0.02;
      for (let x = -H; x < W; x += step) d += `M${fmt(x)} ${fmt(H)}L${fmt(x + H * 0.6)} ${fmt(H * 0.4)}`;
      c.line(d, '#3c3a36', Math.max(0.6, c.u * 0.08), { opacity: 0.08, bare: true, layer: 'fg' });
      raggedFrame(c, rng, '#f7f3ea', m * 0.03);
      return;
    }
    case 'vintage': {
      vignette(c, '#2e1e12', 0.6);
      let grain = '';
      const n = Math.round(Math.min(1500, (W * H) / (m * m) * 600));
      for (let i = 0; i < n; i++) {
        const s = c.u * rng.range(0.08, 0.2);
        grain += `M${fmt(rng.range(0, W))} ${fmt(rng.range(0, H))}h${fmt(s)}v${fmt(s)}h${fmt(-s)}Z`;
      }
      c.path(grain, '#2e1e12', { bare: true, opacity: 0.25, layer: 'fg' });
      let scratches = '';
      for (let i = 0; i < 4; i++) {
        const x = rng.range(0, W);
        scratches += `M${fmt(x)} ${fmt(rng.range(0, H * 0.3))}L${fmt(x + rng.range(-m * 0.01, m * 0.01))} ${fmt(rng.range(H * 0.6, H))}`;
      }
      c.line(scratches, '#f4e6c8', Math.max(0.6, c.u * 0.1), { opacity: 0.4, bare: true, layer: 'fg' });
      border(c, '#f4ead6', m * 0.035);
      return;
    }
    case 'poster': {
      border(c, '#f6efe0', m * 0.04);
      return;
    }
    case 'neon':
      vignette(c, '#000000', 0.55);
      return;
    case 'comic':
      comicFinish(c);
      return;
    case 'inkwash':
      inkFinish(c, rng);
      // The paper's aged edge: a warm brown seeping in from the sides.
      vignette(c, '#9a7a4a', 0.28);
      return;
    case 'woodcut':
      woodcutFinish(c, rng);
      return;
    case 'ukiyoe':
      ukiyoFinish(c, rng);
      return;
    case 'stainedglass':
      // A rose window has its own tracery: only the arch frames it.
      stainedGlassFinish(c, rng, !plan.roseWindow);
      return;
    case 'lowpoly':
      lowPolyFinish(c, rng);
      border(c, '#f4f1ea', m * 0.03);
      return;
    case 'papercut':
      paperFinish(c, rng);
      return;
    case 'popart':
      popFinish(c);
      return;
    case 'nouveau':
      nouveauFinish(c);
      return;
    case 'clay': {
      clayFinish(c, rng);
      // The studio lamp from the upper left, and the set's soft dark corners.
      const r = Math.max(W, H) * 0.7;
      c.glow(W * 0.15, H * 0.05, r, r, [[0, '#ffd9a0', 0.26], [1, '#ffd9a0', 0]], { layer: 'fg' });
      vignette(c, '#2a160c', 0.4);
      return;
    }
    case 'pixel':
    // Anime keeps its colours clean to the edges: no vignette.
    case 'anime':
      return;
    default:
      vignette(c, '#1a1426', 0.22);
  }
}

function border(c: Canvas, color: string, t: number): void {
  const { width: W, height: H } = c;
  c.path(`M0 0H${fmt(W)}V${fmt(H)}H0Z M${fmt(t)} ${fmt(t)}V${fmt(H - t)}H${fmt(W - t)}V${fmt(t)}Z`, color, { bare: true, layer: 'fg' });
}

/** A paper margin whose inner edge wobbles, like paint stopping short of the paper's edge. */
function raggedFrame(c: Canvas, rng: Rng, color: string, t: number): void {
  const { width: W, height: H } = c;
  const pts: string[] = [];
  const wob = () => t * rng.range(0.7, 1.25);
  const stepsX = Math.max(6, Math.round(W / (t * 2)));
  const stepsY = Math.max(6, Math.round(H / (t * 2)));
  for (let i = 0; i <= stepsX; i++) pts.push(`${fmt((W * i) / stepsX)} ${fmt(wob())}`);
  for (let i = 1; i <= stepsY; i++) pts.push(`${fmt(W - wob())} ${fmt((H * i) / stepsY)}`);
  for (let i = stepsX - 1; i >= 0; i--) pts.push(`${fmt((W * i) / stepsX)} ${fmt(H - wob())}`);
  for (let i = stepsY - 1; i >= 1; i--) pts.push(`${fmt(wob())} ${fmt((H * i) / stepsY)}`);
  c.path(`M0 0H${fmt(W)}V${fmt(H)}H0Z M${pts.join(' L')}Z`, color, { bare: true, layer: 'fg', extra: 'fill-rule="evenodd"' });
}
