/** Longest stretch of Google's words (an error message, a finishMessage, the model's text) quoted to the user. */
export const QUOTE_LIMIT = 1000;

/** Google's own advice at the end of quota messages ("Please retry in 34.2s."): never cut away. */
const RETRY_ADVICE = /Please retry in [\d.]+\s*m?s\.?/i;

/**
 * Shortens Google's text for a message: whole when it fits, else cut at a word boundary with "…",
 * keeping the "Please retry in …" advice when the cut would have dropped it (docs/engines.md).
 */
export function shorten(text: string, limit = QUOTE_LIMIT): string {
  const clean = text.trim();
  if (clean.length <= limit) return clean;
  const advice = RETRY_ADVICE.exec(clean)?.[0];
  const room = limit - 1 - (advice ? advice.length + 1 : 0);
  let cut = clean.slice(0, room);
  const boundary = cut.search(/\s\S*$/);
  if (boundary > room / 2) cut = cut.slice(0, boundary);
  cut = cut.replace(/[\s,;:]+$/, '');
  return advice && !cut.includes(advice) ? `${cut}… ${advice}` : `${cut}…`;
}
