// A weather screen's weather (docs/local-engine-modes.md, "What a screen shows"): the kind named
// (rain, snow, clouds, a storm, fog, wind, sun), the temperature ("12°C", "-3 degrees") and the
// city ("in London", ", Oslo"). Pure words → plan data.

export type WeatherKind = 'sun' | 'partly' | 'cloud' | 'rain' | 'snow' | 'storm' | 'fog' | 'wind';

export interface WeatherReading {
  kind: WeatherKind;
  /** The temperature as it is shown ("12°C", "-3°"). */
  temp?: string;
  /** The city named ("London"). */
  city?: string;
  /** Words the forecast draws. */
  words: string[];
}

const KINDS: [WeatherKind, RegExp][] = [
  ['storm', /\b(storms?|stormy|thunder(?:storms?)?|lightning)\b/],
  ['snow', /\b(snow(?:y|ing|fall|flakes?)?|blizzards?|sleet)\b/],
  ['rain', /\b(rain(?:y|ing|fall|drops?)?|showers?|drizzle|downpour)\b/],
  ['fog', /\b(fog(?:gy)?|mist(?:y)?|haze|hazy)\b/],
  ['wind', /\b(wind(?:y)?|gales?|breezy)\b/],
  ['partly', /\b(partly (?:cloudy|sunny)|sun and clouds|mostly sunny)\b/],
  ['cloud', /\b(cloud(?:s|y)?|overcast)\b/],
  ['sun', /\b(sun(?:ny|shine)?|clear (?:skies|sky)|hot)\b/],
];

/** The emoji each kind is drawn with, and its name in `text`. */
export const WEATHER_ICON: Record<WeatherKind, { icon: string; name: string }> = {
  sun: { icon: 'sun', name: 'sun' }, partly: { icon: 'sun-behind-cloud', name: 'sun behind a cloud' },
  cloud: { icon: 'cloud', name: 'clouds' }, rain: { icon: 'cloud-with-rain', name: 'rain' },
  snow: { icon: 'cloud-with-snow', name: 'snow' }, storm: { icon: 'cloud-with-lightning-and-rain', name: 'a thunderstorm' },
  fog: { icon: 'fog', name: 'fog' }, wind: { icon: 'wind-face', name: 'wind' },
};

const TEMP = /(^|[^\w.])(-|−|minus )?(\d{1,3}) ?(?:°|º|degrees?\b|deg\b) ?([cf](?![a-z]))?/i;
const NOT_CITY = /^(the|a|an|dark|light|mode|app|screen|iphone|android|ios|weather|forecast|celsius|fahrenheit|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|winter|summer|spring|autumn|fall|rain|snow|sun|sunny|minimal|modern|flat|show|showing|with)$/i;

/** The weather a screen prompt names; `text` is the prompt as written (its capitals name the city). */
export function readWeather(text: string): WeatherReading {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let kind: WeatherKind = 'sun';
  for (const [k, re] of KINDS) {
    const all = lower.match(new RegExp(re.source, 'g'));
    if (!all) continue;
    kind = k;
    words.push(...all.flatMap((m) => m.split(' ')));
    break;
  }
  const out: WeatherReading = { kind, words };
  const t = TEMP.exec(text);
  if (t) {
    out.temp = `${t[2] ? '-' : ''}${t[3]}°${(t[4] ?? '').toUpperCase()}`;
    words.push('degrees', 'degree', 'celsius', 'fahrenheit', 'c', 'f', 'temperature', 'temperatures');
  }
  const city = cityOf(text);
  if (city) {
    out.city = city;
    words.push(...city.toLowerCase().split(' '));
  }
  return out;
}

function cityOf(text: string): string | undefined {
  const cap = "[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?";
  const named = new RegExp(`\\b(?:in|for|at|of) (${cap})`).exec(text)?.[1];
  // ", Oslo" or "Oslo," as a clause of its own.
  const clause = new RegExp(`(?:^|[,;]\\s*)(${cap})\\s*(?:[,;.]|$)`).exec(text)?.[1];
  for (const c of [named, clause]) if (c && !c.split(' ').some((w) => NOT_CITY.test(w))) return c;
  return undefined;
}
