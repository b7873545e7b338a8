/**
 * Lifts the base64 `inlineData.data` strings out of a generateContent answer's bytes, so that the
 * SDK parses a JSON of a few hundred bytes instead of a 4K picture's ~7 MB, and the picture is
 * decoded once, straight from the bytes that came off the socket (docs/benchmarks.md, "Burst").
 *
 * The scan follows the JSON's structure without parsing it: outside strings it looks at each byte
 * (an answer has a few hundred of them), and it jumps over every string with `indexOf` of the next
 * quote, which for the base64 is one memchr over megabytes. Only a string that is the value of
 * `data` inside an object under `inlineData` is lifted; the same word anywhere else (a key of
 * another object, or inside the model's text, where quotes are escaped) is left alone.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Keys longer than this are never ones the scan looks for, so their text is not read. */
const LONGEST_KEY = 16;

/** What stands in the small JSON for the lifted string number `i` (never valid base64: it has a colon). */
export function inlinePlaceholder(i: number): string {
  return `bananastand:inline:${i}`;
}

export interface LiftedAnswer {
  /** The answer with each lifted string replaced by its placeholder. */
  json: Buffer;
  /** Placeholder → the base64 bytes it stands for (views into the answer, not copies). */
  inline: Map<string, Buffer>;
}

interface Frame {
  object: boolean;
  /** The key this container is the value of, in its parent object. */
  parentKey?: string;
  /** The key whose value comes next (objects only). */
  key?: string;
}

/**
 * The answer with its inline data lifted. Bytes that are not well-formed enough to follow (an
 * unterminated string) come back as they are, with nothing lifted: the SDK then reports them as
 * it would have.
 */
export function liftInlineData(body: Buffer): LiftedAnswer {
  const spans: [number, number][] = [];
  const stack: Frame[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === QUOTE) {
      const end = stringEnd(body, i);
      if (end < 0) return { json: body, inline: new Map() };
      const top = stack.at(-1);
      if (top?.object && isKey(body, end + 1)) {
        top.key = end - i - 1 <= LONGEST_KEY ? body.toString('latin1', i + 1, end) : undefined;
      } else if (top?.object && top.key === 'data' && top.parentKey === 'inlineData') {
        spans.push([i + 1, end]);
      }
      i = end + 1;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const top = stack.at(-1);
      stack.push({ object: c === OPEN_OBJECT, parentKey: top?.object ? top.key : top?.parentKey });
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
    }
    i++;
  }
  if (!spans.length) return { json: body, inline: new Map() };

  const pieces: Buffer[] = [];
  const inline = new Map<string, Buffer>();
  let from = 0;
  spans.forEach(([start, end], n) => {
    const placeholder = inlinePlaceholder(n);
    pieces.push(body.subarray(from, start), Buffer.from(placeholder, 'latin1'));
    inline.set(placeholder, body.subarray(start, end));
    from = end;
  });
  pieces.push(body.subarray(from));
  return { json: Buffer.concat(pieces), inline };
}

/** Base64 characters decoded per step: small strings die young, where a 7 MB one is external memory. */
const DECODE_STEP = 32 * 1024;

/**
 * Decodes lifted base64 bytes (standard or URL-safe alphabet, as `Buffer.from(s, 'base64')` does)
 * into a Buffer of exactly the picture's size, a step at a time: a 4K picture's base64 as one
 * string would be 7 MB more of external memory per answer, and each such allocation pushes V8
 * toward a full garbage collection. `allocate` gives the memory it is written to. Strings with JSON
 * escapes (never seen in base64) take the plain path.
 */
export function decodeInline(base64: Buffer, allocate: (size: number) => Buffer = (size) => Buffer.allocUnsafeSlow(size)): Buffer {
  if (base64.includes(BACKSLASH) || base64.length % 4 !== 0) return Buffer.from(JSON.parse(`"${base64.toString('latin1')}"`) as string, 'base64');
  let padding = 0;
  while (padding < 2 && base64[base64.length - 1 - padding] === 0x3d) padding++;
  const out = allocate((base64.length / 4) * 3 - padding);
  let written = 0;
  for (let at = 0; at < base64.length; at += DECODE_STEP) {
    written += out.write(base64.toString('latin1', at, Math.min(at + DECODE_STEP, base64.length)), written, 'base64');
  }
  return written === out.length ? out : out.subarray(0, written);
}

/** Index of the quote that closes the string opened at `open`, or -1. */
function stringEnd(body: Buffer, open: number): number {
  let q = body.indexOf(QUOTE, open + 1);
  while (q >= 0) {
    let slashes = 0;
    while (body[q - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q;
    q = body.indexOf(QUOTE, q + 1);
  }
  return -1;
}

/** Whether the next byte past whitespace from `at` is a colon (the string before it was a key). */
function isKey(body: Buffer, at: number): boolean {
  let j = at;
  while (j < body.length && (body[j] === 0x20 || body[j] === 0x0a || body[j] === 0x0d || body[j] === 0x09)) j++;
  return body[j] === COLON;
}
