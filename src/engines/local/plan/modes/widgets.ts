// The widgets a dashboard or app screen names (docs/local-engine-modes.md, "What a screen shows"):
// a figure named ("revenue", "churn", "users") is a big-number card; the chart types named (line,
// bar, pie, donut, candlesticks) are those charts; a map, a table, a heart rate's pulse line, a
// step goal's ring, a thermostat's gauge, a smart home's light switches. In the prompt's order.
// Pure words → plan data.

export type WidgetKind = 'number' | 'line' | 'bar' | 'pie' | 'donut' | 'map' | 'table' | 'pulse' | 'ring' | 'candles' | 'gauge' | 'toggles';

export interface Widget {
  kind: WidgetKind;
  /** What the widget is of, as `text` names it ("revenue", "heart rate"). */
  label: string;
  /** A big-number card's figure ("$48.2K"). */
  value?: string;
}

// [kind, label, value, words]: the first word of each group found in the prompt adds the widget.
const WIDGETS: [WidgetKind, string, string | undefined, RegExp][] = [
  ['number', 'revenue', '$48.2K', /\b(revenue|income|earnings|mrr|arr)\b/],
  ['number', 'sales', '1,284', /\bsales\b(?! (?:chart|graph|funnel))/],
  ['number', 'profit', '$9.8K', /\bprofits?\b/],
  ['number', 'churn', '2.4%', /\bchurn(?: rate)?\b/],
  ['number', 'conversion rate', '3.8%', /\bconversions?(?: rates?)?\b/],
  ['number', 'users', '12,480', /(?<!\b(?:table|list|map|grid) of (?:\w+ )?)\b(?:active )?(?:users|customers|subscribers|members|signups|sign-ups)\b(?! (?:table|list))/],
  ['number', 'orders', '1,032', /\borders\b/],
  ['number', 'visitors', '32.1K', /\b(visitors|traffic|sessions)\b/],
  ['number', 'page views', '128K', /\bpage ?views\b/],
  ['number', 'balance', '$12,480', /\b(balance|portfolio value|net worth)\b/],
  ['number', 'calories', '540 kcal', /\bcalories\b/],
  ['pulse', 'heart rate', '72 bpm', /\b(heart ?rates?|pulse|bpm|ecg|heartbeat)\b/],
  ['ring', 'steps', '8,432 steps', /\b(steps|step counts?|daily goals?|activity rings?|progress rings?)\b/],
  ['gauge', 'temperature', '21°C', /\b(temperatures?|thermostat|climate control|humidity)\b/],
  ['toggles', 'lights', undefined, /\b(lights?|lighting|switches|devices|appliances|smart plugs?)\b/],
  ['bar', 'energy use', undefined, /\b(energy(?: usage| use| consumption)?|power usage|electricity)\b/],
  ['candles', 'price', undefined, /\b(candle ?sticks?|candles|crypto(?:currency)?|bitcoin|btc|ethereum|trading|stocks?|price chart)\b/],
  ['line', 'line chart', undefined, /\b(line (?:charts?|graphs?)|trend ?lines?|time series|over time)\b/],
  ['bar', 'bar chart', undefined, /\b(bar (?:charts?|graphs?)|histograms?|column charts?)\b/],
  ['pie', 'pie chart', undefined, /\bpie(?: charts?)?\b/],
  ['donut', 'donut chart', undefined, /\b(donut|doughnut)(?: charts?)?\b/],
  ['map', 'map', undefined, /\b((?:world |heat ?)?maps?|geographic|geo|regions|by country|locations)\b/],
  ['table', 'table', undefined, /\b(tables?|spreadsheets?|data ?grids?|lists? of (?:users|customers|orders|transactions|coins|tokens)|transactions|leaderboards?|top (?:products|sellers|customers|pages|items|selling \w+)|best ?sellers)\b/],
];

// A figure the prompt gives for a card: "revenue of $2M", "users: 1,204", "1,204 users", "12% churn".
const FIGURE = String.raw`[$€£]?\d[\d,.]*(?:\s?(?:k|m|b|bn|million|billion|thousand)\b|\s?%|\s?percent\b)?`;
const FIGURE_AFTER = new RegExp(String.raw`^\s*(?:of|:|=|at|is|was|reaching|totall?ing|hitting|around|up to)?\s*(${FIGURE})`);
const FIGURE_BEFORE = new RegExp(String.raw`(?:^|[\s(])(${FIGURE})\s+(?:in\s+|of\s+)?(?:(?:total|monthly|daily|weekly|yearly|annual|active|new|net)\s+)?$`);

/** The card's figure as the prompt gives it ("$2m" → "$2M", "3 million" → "3M"), never a year alone. */
function figureNear(lower: string, at: number, length: number): string | undefined {
  const m = FIGURE_AFTER.exec(lower.slice(at + length, at + length + 30)) ?? FIGURE_BEFORE.exec(lower.slice(Math.max(0, at - 30), at));
  const v = m?.[1]?.trim().replace(/[.,]+$/, '');
  if (!v || /^(?:19|20)\d\d$/.test(v)) return undefined;
  return v.replace(/\s?(?:million|m)$/, 'M').replace(/\s?(?:billion|bn|b)$/, 'B').replace(/\s?(?:thousand|k)$/, 'K').replace(/\s?(?:percent|%)$/, '%');
}

/** The widgets the prompt names, in its order, and the words they draw. */
export function readWidgets(lower: string): { widgets: Widget[]; words: string[] } {
  const found: { w: Widget; at: number }[] = [];
  const words: string[] = [];
  for (const [kind, label, value, re] of WIDGETS) {
    const m = re.exec(lower);
    if (!m || /\b(?:no|without)\s+(?:any\s+)?$/.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
    // One map, one table: a second word of the same kind adds nothing.
    if (kind !== 'number' && found.some((f) => f.w.kind === kind && f.w.label === label)) continue;
    // "MRR", "ARR": the card says so.
    // A table of top products, a leaderboard: its title says what it lists.
    const listed = kind === 'table' ? /\b(?:tables?|lists?|spreadsheets?) of ((?:the )?(?:top |recent |latest |best[- ]selling |new )?[a-z]+)/.exec(lower)?.[1] : undefined;
    const named = /^(mrr|arr)$/.test(m[0]) ? m[0].toUpperCase() : kind === 'table' ? listed ?? (/^(?:tables?|spreadsheets?|data ?grids?)$/.test(m[0]) ? label : m[0]) : label;
    // A figure the prompt gives keeps the card's unit ("88" beats "72 bpm": "88 bpm").
    const figure = kind === 'number' || kind === 'pulse' || kind === 'ring' || kind === 'gauge' ? figureNear(lower, m.index, m[0].length) : undefined;
    const unit = value && /\d$/.test(figure ?? '') ? /(?<=\d)(\s?[a-z°]+)$/i.exec(value)?.[1] ?? '' : '';
    const given = figure && `${figure}${unit}`;
    found.push({ w: { kind, label: named, ...(given ?? value ? { value: given ?? value } : {}) }, at: m.index });
    words.push(...(lower.match(new RegExp(re.source, 'g')) ?? []).flatMap((x) => x.split(' ')));
  }
  // A crypto or trading board also lists its coins' prices.
  if (found.some((f) => f.w.kind === 'candles') && !found.some((f) => f.w.kind === 'number')) found.push({ w: { kind: 'number', label: 'BTC', value: '$67,420' }, at: -1 });
  found.sort((a, b) => a.at - b.at);
  return { widgets: found.map((f) => f.w), words: [...words, 'chart', 'charts', 'graph', 'graphs', 'widget', 'widgets', 'card', 'cards', 'customers', 'usage', 'rate', 'of', 'tracker', 'admin', ...(/\bsmart home\b/.test(lower) ? ['smart', 'home'] : [])] };
}

/** How `text` names a widget. */
export function widgetName(w: Widget): string {
  switch (w.kind) {
    case 'number': return `${/^(?:[aeio]|ARR)/i.test(w.label) ? 'an' : 'a'} ${w.label} card reading "${w.value}"`;
    case 'pulse': return `a heart rate card with a pulse line reading "${w.value}"`;
    case 'ring': return `a progress ring reading "${w.value}"`;
    case 'gauge': return `a ${w.label} gauge reading "${w.value}"`;
    case 'toggles': return `${w.label} switches`;
    case 'candles': return 'a candlestick price chart';
    case 'map': return 'a map with location dots';
    case 'table': return w.label === 'table' ? 'a table with rows' : /s$/.test(w.label) ? `a table of ${w.label} with rows` : `a ${w.label} table with rows`;
    case 'bar': return w.label === 'bar chart' ? 'a bar chart' : `a bar chart of ${w.label}`;
    case 'line': return 'a rising line chart';
    case 'pie': return 'a pie chart';
    case 'donut': return 'a donut chart';
  }
}

// Things a widget's word would wrongly draw beside the screen: a "table" of users is no furniture,
// a pie chart no pie, candlesticks no candles, "lights" no light bulb.
const WIDGET_SENSES = /^(table|desk|dining table|wooden table|map|world map|pie|doughnut|donut|candle|candles|thermometer|light bulb|lightbulb|lights|high voltage|electric plug|bar|line|heart rate|heart|red heart|footprints|coin|bitcoin|ring|gauge)$/;

/** Whether a subject's picture is a wrong sense of a widget word the screen draws. */
export function widgetSense(label: string, widgets: readonly Widget[]): boolean {
  return widgets.length > 0 && WIDGET_SENSES.test(label);
}
