// A weather app's page (plan/modes/weather-reading.ts): a sky coloured for the weather named, the
// city, the weather's own picture large (rain, snow, clouds, a storm, fog, wind or sun), the
// temperature, the condition's name and a few days of forecast under it.
import type { Canvas } from '../canvas.js';
import type { Rect } from '../stage.js';
import { WEATHER_ICON, type WeatherKind, type WeatherReading } from '../../plan/modes/weather-reading.js';
import { screenText, textBars } from './charts.js';

const SKY: Record<WeatherKind, [string, string]> = {
  sun: ['#3b9cff', '#9fd3ff'], partly: ['#5b9be0', '#b6d4f0'], cloud: ['#7d8fa6', '#c3ccd8'], rain: ['#3f5068', '#7d8ea4'],
  snow: ['#9fb8d3', '#e6eef7'], storm: ['#23263a', '#4d5370'], fog: ['#9aa3ad', '#d5d9de'], wind: ['#6aa0c8', '#c4dced'],
};
const NAME: Record<WeatherKind, string> = { sun: 'Sunny', partly: 'Partly cloudy', cloud: 'Cloudy', rain: 'Rain', snow: 'Snow', storm: 'Thunderstorm', fog: 'Fog', wind: 'Windy' };
// The days after: the same weather easing toward the next kind.
const NEXT: Record<WeatherKind, WeatherKind[]> = {
  sun: ['sun', 'partly', 'sun', 'cloud'], partly: ['sun', 'cloud', 'partly', 'rain'], cloud: ['cloud', 'rain', 'partly', 'cloud'],
  rain: ['rain', 'storm', 'cloud', 'rain'], snow: ['snow', 'cloud', 'snow', 'snow'], storm: ['rain', 'storm', 'cloud', 'rain'],
  fog: ['fog', 'cloud', 'partly', 'fog'], wind: ['wind', 'cloud', 'partly', 'sun'],
};

/** What `text` calls the page. */
export function weatherParts(w: WeatherReading): string {
  const what = WEATHER_ICON[w.kind].name;
  return `a weather forecast showing ${what}${w.temp ? ` and ${w.temp}` : ''}${w.city ? ` in ${w.city}` : ''}, with the next days under it`;
}

/** The page in `r`; `icon` draws an emoji by name in a box. A quoted temperature wins over the prompt's. */
export function drawWeatherPage(c: Canvas, r: Rect, w: WeatherReading, dark: boolean, icon: (key: string, box: Rect) => void, temp?: string): void {
  const [top, bottom] = SKY[w.kind];
  const sky = dark ? [mix(top), mix(bottom)] : [top, bottom];
  c.rect(r.x, r.y, r.w, r.h, c.linear([[0, sky[0]!], [1, sky[1]!]]), { layer: 'fg', bare: true });
  const wide = r.w > r.h * 1.1;
  const ink = w.kind === 'snow' || w.kind === 'fog' ? (dark ? '#ffffff' : '#1f2a3a') : '#ffffff';
  const main: Rect = wide ? { x: r.x, y: r.y, w: r.w * 0.5, h: r.h } : { x: r.x, y: r.y, w: r.w, h: r.h * 0.58 };
  const u = Math.min(main.w, main.h);
  const cx = main.x + main.w / 2;
  if (w.city) screenText(c, w.city, cx, main.y + main.h * 0.12, u * 0.1, ink, 'middle');
  const s = u * 0.42;
  icon(WEATHER_ICON[w.kind].icon, { x: cx - s / 2, y: main.y + main.h * 0.17, w: s, h: s });
  const shown = temp ?? w.temp ?? (w.kind === 'snow' ? '-2°' : w.kind === 'sun' ? '24°' : '12°');
  screenText(c, shown, cx, main.y + main.h * 0.82, u * 0.18, ink, 'middle');
  screenText(c, NAME[w.kind], cx, main.y + main.h * 0.95, u * 0.07, ink, 'middle', false);
  const list: Rect = wide ? { x: r.x + r.w * 0.52, y: r.y + r.h * 0.1, w: r.w * 0.42, h: r.h * 0.8 } : { x: r.x + r.w * 0.07, y: r.y + r.h * 0.61, w: r.w * 0.86, h: r.h * 0.36 };
  const n = 4, gap = list.h * 0.04, rh = (list.h - gap * (n - 1)) / n;
  NEXT[w.kind].forEach((k, i) => {
    const y = list.y + i * (rh + gap);
    c.rect(list.x, y, list.w, rh, '#ffffff', { rx: rh * 0.25, layer: 'fg', bare: true, opacity: dark ? 0.1 : 0.22 });
    textBars(c, list.x + rh * 0.35, y + rh * 0.42, list.w * 0.22, rh * 0.16, [1], ink);
    const is = rh * 0.72;
    icon(WEATHER_ICON[k].icon, { x: list.x + list.w * 0.45, y: y + (rh - is) / 2, w: is, h: is });
    textBars(c, list.x + list.w * 0.75, y + rh * 0.42, list.w * 0.16, rh * 0.16, [1], ink);
  });
}

function mix(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const f = (v: number) => Math.round(v * 0.45).toString(16).padStart(2, '0');
  return `#${f(n >> 16)}${f((n >> 8) & 255)}${f(n & 255)}`;
}
