// A dashboard or app page built from the widgets the prompt names (plan/modes/widgets.ts): big-number
// cards in a row at the top, then the charts, map, table, pulse line, rings, gauges and switches
// in a grid under them; a wide page has a sidebar. Dark pages are dark throughout.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex } from '../color.js';
import type { Rng } from '../prng.js';
import type { Rect } from '../stage.js';
import type { Widget } from '../../plan/modes/widgets.js';
import { drawBarChart, drawCard, drawDonut, drawLineChart, screenText, textBars } from './charts.js';


function stroke(color: string, w: number, c: Canvas, extra = ''): string {
  return `stroke="${c.paint(color, 'fg')}" stroke-width="${fmt(w)}" stroke-linecap="round" stroke-linejoin="round"${extra}`;
}

/** The page: a sidebar when wide, the number cards, then the other widgets in a grid. */
export function drawWidgetPage(c: Canvas, r: Rect, widgets: readonly Widget[], accent: string, rng: Rng, dark: boolean): void {
  c.rect(r.x, r.y, r.w, r.h, dark ? '#0f1320' : '#f2f4f8', { layer: 'fg', bare: true });
  const wide = r.w > r.h * 1.1;
  let x0 = r.x + r.w * 0.04;
  if (wide) {
    const side = r.w * 0.15;
    c.rect(r.x, r.y, side, r.h, dark ? '#090c16' : '#1f2636', { layer: 'fg', bare: true });
    c.circle(r.x + side * 0.25, r.y + r.h * 0.07, side * 0.1, accent, { layer: 'fg', bare: true });
    textBars(c, r.x + side * 0.18, r.y + r.h * 0.18, side * 0.64, r.h * 0.022, [1, 0.8, 0.9, 0.7, 0.85], '#5b6578');
    x0 = r.x + side + r.w * 0.03;
  }
  const w = r.x + r.w - r.w * (wide ? 0.03 : 0.04) - x0;
  const gap = Math.min(r.w, r.h) * 0.035;
  const numbers = widgets.filter((x) => x.kind === 'number').slice(0, wide ? 4 : 2);
  const rest = widgets.filter((x) => x.kind !== 'number').slice(0, wide ? 4 : 3);
  let y = r.y + gap * 1.2;
  if (numbers.length) {
    const kh = r.h * (wide ? 0.2 : 0.13), kw = (w - gap * (numbers.length - 1)) / numbers.length;
    numbers.forEach((n, i) => drawWidget(c, { x: x0 + i * (kw + gap), y, w: kw, h: kh }, n, i ? mixHex(accent, '#22c55e', 0.5) : accent, rng.fork(`n${i}`), dark));
    y += kh + gap;
  }
  const list: Widget[] = rest.length ? rest : [{ kind: 'line', label: 'line chart' }];
  const h = r.y + r.h - gap - y;
  // Wide: a big first widget and the others stacked beside it; tall: one under another.
  if (wide && list.length > 1) {
    const bw = w * 0.6;
    drawWidget(c, { x: x0, y, w: bw, h }, list[0]!, accent, rng.fork('w0'), dark);
    const others = list.slice(1), oh = (h - gap * (others.length - 1)) / others.length;
    others.forEach((o, i) => drawWidget(c, { x: x0 + bw + gap, y: y + i * (oh + gap), w: w - bw - gap, h: oh }, o, accent, rng.fork(`w${i + 1}`), dark));
  } else {
    const oh = (h - gap * (list.length - 1)) / list.length;
    list.forEach((o, i) => drawWidget(c, { x: x0, y: y + i * (oh + gap), w, h: oh }, o, accent, rng.fork(`w${i}`), dark));
  }
}

/** One widget on its card. */
export function drawWidget(c: Canvas, r: Rect, wd: Widget, accent: string, rng: Rng, dark: boolean): void {
  drawCard(c, r, dark);
  const ink = dark ? '#e8ecf3' : '#1f2636', soft = dark ? '#8d97ab' : '#7a8496';
  const u = Math.min(r.w, r.h), pad = u * 0.12;
  const title = wd.kind === 'number' ? '' : wd.label.replace(/^./, (ch) => ch.toUpperCase());
  const inner = { x: r.x + pad, y: r.y + pad + (title ? u * 0.14 : 0), w: r.w - pad * 2, h: r.h - pad * 2 - (title ? u * 0.14 : 0) };
  if (title) screenText(c, title, r.x + pad, r.y + pad + u * 0.08, Math.min(u * 0.1, r.w * 0.06), soft, 'start', false);
  switch (wd.kind) {
    case 'number': {
      const label = wd.label.replace(/^./, (ch) => ch.toUpperCase());
      screenText(c, label, r.x + pad, r.y + r.h * 0.3, Math.min(r.h * 0.14, r.w * 0.09), soft, 'start', false);
      const size = Math.min(r.h * 0.3, (r.w * 0.62) / Math.max(3, wd.value!.length * 0.62));
      screenText(c, wd.value!, r.x + pad, r.y + r.h * 0.68, size, ink);
      const up = wd.label !== 'churn';
      screenText(c, up ? '▲ 12%' : '▼ 0.3%', r.x + pad, r.y + r.h * 0.88, Math.min(r.h * 0.11, r.w * 0.07), up ? '#16a34a' : '#16a34a', 'start');
      drawLineChart(c, { x: r.x + r.w * 0.62, y: r.y + r.h * 0.42, w: r.w * 0.3, h: r.h * 0.32 }, accent, rng);
      return;
    }
    case 'line': return drawLineChart(c, inner, accent, rng);
    case 'bar': return drawBarChart(c, inner, accent, rng);
    case 'donut': return drawDonut(c, inner.x + inner.w / 2, inner.y + inner.h / 2, Math.min(inner.w, inner.h) * 0.38, accent);
    case 'pie': {
      const cx = inner.x + inner.w / 2, cy = inner.y + inner.h / 2, rad = Math.min(inner.w, inner.h) * 0.42;
      const parts = [0.45, 0.3, 0.25], cols = [accent, mixHex(accent, '#f59e0b', 0.7), mixHex(accent, '#ffffff', 0.55)];
      let a0 = -Math.PI / 2;
      parts.forEach((f, i) => {
        const a1 = a0 + f * Math.PI * 2;
        c.path(`M${fmt(cx)} ${fmt(cy)}L${fmt(cx + rad * Math.cos(a0))} ${fmt(cy + rad * Math.sin(a0))}A${fmt(rad)} ${fmt(rad)} 0 ${f > 0.5 ? 1 : 0} 1 ${fmt(cx + rad * Math.cos(a1))} ${fmt(cy + rad * Math.sin(a1))}Z`, cols[i]!, { layer: 'fg', bare: true });
        a0 = a1;
      });
      return;
    }
    case 'map': {
      c.rect(inner.x, inner.y, inner.w, inner.h, dark ? '#1a2440' : '#dbe9f7', { rx: u * 0.04, layer: 'fg', bare: true });
      const land = dark ? '#2c3a5c' : '#b9d7a8';
      for (const [fx, fy, fw, fh] of [[0.08, 0.2, 0.3, 0.35], [0.18, 0.58, 0.16, 0.3], [0.45, 0.15, 0.22, 0.3], [0.5, 0.48, 0.14, 0.36], [0.68, 0.2, 0.26, 0.42], [0.8, 0.7, 0.12, 0.16]] as const) {
        c.rect(inner.x + inner.w * fx, inner.y + inner.h * fy, inner.w * fw, inner.h * fh, land, { rx: inner.h * 0.08, layer: 'fg', bare: true });
      }
      for (let i = 0; i < 9; i++) c.circle(inner.x + inner.w * rng.range(0.12, 0.9), inner.y + inner.h * rng.range(0.2, 0.8), u * rng.range(0.025, 0.05), accent, { layer: 'fg', bare: true, opacity: 0.85 });
      return;
    }
    case 'table': {
      const n = 5, rh = inner.h / (n + 1);
      c.rect(inner.x, inner.y, inner.w, rh * 0.8, dark ? '#273047' : '#eef1f6', { rx: rh * 0.2, layer: 'fg', bare: true });
      for (let k = 0; k < 3; k++) textBars(c, inner.x + inner.w * (0.04 + k * 0.33), inner.y + rh * 0.32, inner.w * 0.14, rh * 0.16, [1], soft);
      for (let i = 1; i <= n; i++) {
        const yy = inner.y + i * rh;
        c.rect(inner.x, yy + rh * 0.9, inner.w, Math.max(1, u * 0.006), dark ? '#273047' : '#e3e7ee', { layer: 'fg', bare: true });
        c.circle(inner.x + inner.w * 0.05, yy + rh * 0.45, rh * 0.22, mixHex(accent, '#ffffff', 0.4), { layer: 'fg', bare: true });
        textBars(c, inner.x + inner.w * 0.1, yy + rh * 0.36, inner.w * 0.2, rh * 0.16, [1]);
        textBars(c, inner.x + inner.w * 0.37, yy + rh * 0.36, inner.w * 0.18, rh * 0.16, [1]);
        c.rect(inner.x + inner.w * 0.7, yy + rh * 0.25, inner.w * 0.16, rh * 0.4, i % 3 ? '#bbf7d0' : '#fde68a', { rx: rh * 0.2, layer: 'fg', bare: true });
      }
      return;
    }
    case 'pulse': {
      const mid = inner.y + inner.h * 0.55, step = inner.w / 24;
      let d = `M${fmt(inner.x)} ${fmt(mid)}`;
      for (let k = 0; k < 3; k++) {
        const x = inner.x + inner.w * (0.08 + k * 0.32);
        d += `L${fmt(x)} ${fmt(mid)}L${fmt(x + step)} ${fmt(mid - inner.h * 0.12)}L${fmt(x + step * 1.6)} ${fmt(mid + inner.h * 0.1)}L${fmt(x + step * 2.3)} ${fmt(mid - inner.h * 0.45)}L${fmt(x + step * 3)} ${fmt(mid + inner.h * 0.28)}L${fmt(x + step * 3.6)} ${fmt(mid)}`;
      }
      d += `L${fmt(inner.x + inner.w)} ${fmt(mid)}`;
      c.path(d, 'none', { layer: 'fg', bare: true, extra: stroke('#ef4444', u * 0.03, c) });
      screenText(c, `♥ ${wd.value}`, r.x + r.w - pad, r.y + pad + u * 0.1, Math.min(u * 0.14, r.w * 0.08), '#ef4444', 'end');
      return;
    }
    case 'ring':
    case 'gauge': {
      const cx = inner.x + inner.w / 2, rad = Math.min(inner.w, inner.h) * (wd.kind === 'ring' ? 0.4 : 0.5), lw = rad * 0.2;
      const cy = wd.kind === 'ring' ? inner.y + inner.h / 2 : inner.y + inner.h * 0.8;
      const track = dark ? '#273047' : '#e3e7ee';
      if (wd.kind === 'ring') {
        c.circle(cx, cy, rad, 'none', { layer: 'fg', bare: true, extra: stroke(track, lw, c) });
        const a = Math.PI * 2 * 0.72;
        c.path(`M${fmt(cx)} ${fmt(cy - rad)}A${fmt(rad)} ${fmt(rad)} 0 1 1 ${fmt(cx + rad * Math.sin(a))} ${fmt(cy - rad * Math.cos(a))}`, 'none', { layer: 'fg', bare: true, extra: stroke('#22c55e', lw, c) });
      } else {
        c.path(`M${fmt(cx - rad)} ${fmt(cy)}A${fmt(rad)} ${fmt(rad)} 0 0 1 ${fmt(cx + rad)} ${fmt(cy)}`, 'none', { layer: 'fg', bare: true, extra: stroke(track, lw, c) });
        const a = Math.PI * 0.62;
        c.path(`M${fmt(cx - rad)} ${fmt(cy)}A${fmt(rad)} ${fmt(rad)} 0 0 1 ${fmt(cx - rad * Math.cos(a))} ${fmt(cy - rad * Math.sin(a))}`, 'none', { layer: 'fg', bare: true, extra: stroke('#f97316', lw, c) });
      }
      const v = wd.value ?? '';
      screenText(c, v, cx, cy + (wd.kind === 'ring' ? rad * 0.12 : -rad * 0.05), Math.min(rad * 0.42, (rad * 2.6) / Math.max(3, v.length)), ink, 'middle');
      return;
    }
    case 'toggles': {
      const n = 3, rh = inner.h / n;
      for (let i = 0; i < n; i++) {
        const yy = inner.y + i * rh + rh / 2, th = Math.min(rh * 0.5, inner.w * 0.12), tw = th * 1.8;
        c.circle(inner.x + th * 0.5, yy, th * 0.4, i === 1 ? soft : '#fbbf24', { layer: 'fg', bare: true });
        textBars(c, inner.x + th * 1.3, yy - th * 0.12, inner.w * 0.4, th * 0.24, [1]);
        const on = i !== 1, tx = inner.x + inner.w - tw;
        c.rect(tx, yy - th / 2, tw, th, on ? accent : track(dark), { rx: th / 2, layer: 'fg', bare: true });
        c.circle(on ? tx + tw - th / 2 : tx + th / 2, yy, th * 0.4, '#ffffff', { layer: 'fg', bare: true });
      }
      return;
    }
    case 'candles': {
      const n = 12, step = inner.w / n;
      let level = 0.7;
      for (let i = 0; i < n; i++) {
        const open = level, close = Math.max(0.08, Math.min(0.95, level - rng.range(-0.08, 0.16)));
        const up = close < open;
        const top = Math.min(open, close), bot = Math.max(open, close);
        const x = inner.x + step * i + step / 2, col = up ? '#22c55e' : '#ef4444';
        c.rect(x - u * 0.004, inner.y + inner.h * (top - 0.06), Math.max(1, u * 0.008), inner.h * (bot - top + 0.12), col, { layer: 'fg', bare: true });
        c.rect(x - step * 0.3, inner.y + inner.h * top, step * 0.6, Math.max(inner.h * 0.02, inner.h * (bot - top)), col, { layer: 'fg', bare: true });
        level = close;
      }
      return;
    }
  }
}

function track(dark: boolean): string {
  return dark ? '#273047' : '#d4d9e2';
}
