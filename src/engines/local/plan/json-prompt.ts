// A prompt written as JSON ('{ "subject": { "pose": "lying on a bed" }, "lighting": "window light" }')
// is read as its values, in order, one phrase each (docs/local-engine.md, "Word senses"): its keys,
// braces and quotes are structure, never words to write on a label or things to draw. Values that
// are true, false or numbers say nothing to draw and are dropped.

/** The prompt's text: a JSON object or array as its string values joined by commas, else as it is. */
export function jsonPromptText(prompt: string): string {
  const trimmed = prompt.trim();
  if (!/^[{[]/.test(trimmed)) return prompt;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return prompt;
  }
  const phrases: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.trim()) phrases.push(v.trim().replace(/[.,;]+$/, ''));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return phrases.length ? phrases.join(', ') : prompt;
}
