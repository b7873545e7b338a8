import { readBodyLent } from './body-reader.js';
import { httpTransport, type RawResponse, type Transport } from './http-transport.js';
import { decodeInline, liftInlineData } from './inline-data.js';

/**
 * What the engine takes from Google's answer beside the SDK, through `httpOptions.fetch` (which the
 * SDK calls in place of the global `fetch`):
 * - each candidate's `finishMessage`, which the SDK's Developer API converter does not copy (Vertex
 *   answers keep it; the SDK's `sdkHttpResponse` holds only the headers);
 * - the pictures. The answer is read once, as bytes; each `inlineData.data` is lifted out
 *   (inline-data.ts) and the SDK is handed the small JSON that is left, with a placeholder where
 *   the base64 was. The engine maps the SDK's response as usual and decodes the picture from here.
 */
export interface RawAnswer {
  /** `candidates[i].finishMessage` as Google sent it. */
  finishMessages: (string | undefined)[];
  /** The picture bytes a placeholder in the SDK's response stands for (decoded as the answer was read); undefined for any other string. */
  inlineBytes(data: string): Buffer | undefined;
}

/**
 * A `fetch` for one call that reads a good answer once, keeps what the SDK would drop, and hands the
 * SDK the rest. The bytes travel by `transport` (http-transport.ts).
 */
export function capturingFetch(transport: Transport = httpTransport, allocate?: (size: number) => Buffer): { fetch: typeof fetch; read(): RawAnswer | undefined } {
  let captured: RawAnswer | undefined;
  const wrapped: typeof fetch = async (input, init) => {
    const response = await transport(input, init);
    if (!response.ok) return asResponse(response, Buffer.concat(await readAll(response)));
    const body = await readBodyLent(response);
    let json: Buffer;
    const pictures = new Map<string, Buffer>();
    try {
      const lifted = liftInlineData(body.bytes);
      // The small JSON is its own copy unless nothing was lifted; the lent buffer goes back below.
      json = lifted.json === body.bytes ? Buffer.from(body.bytes) : lifted.json;
      for (const [placeholder, base64] of lifted.inline) pictures.set(placeholder, decodeInline(base64, allocate));
    } finally {
      body.release();
    }
    captured = {
      // Cheap test first: most answers (every good one) carry no finishMessage.
      finishMessages: json.includes('"finishMessage"') ? readFinishMessages(json) : [],
      inlineBytes: (data) => pictures.get(data),
    };
    const headers = new Headers(response.headers);
    // The body is now the small JSON: the original length (and any encoding) no longer describe it.
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(new Uint8Array(json), { status: response.status, statusText: response.statusText, headers });
  };
  return { fetch: wrapped, read: () => captured };
}

/** An error answer (small) as the SDK reads it: a `Response` with its status, headers and body. */
function asResponse(response: RawResponse, body: Buffer): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(nullBody ? null : new Uint8Array(body), { status: response.status, statusText: response.statusText, headers });
}

async function readAll(response: RawResponse): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(Buffer.from(chunk));
  return chunks;
}

function readFinishMessages(json: Buffer): (string | undefined)[] {
  try {
    const body = JSON.parse(json.toString('utf8')) as { candidates?: { finishMessage?: unknown }[] };
    const candidates = Array.isArray(body?.candidates) ? body.candidates : [];
    return candidates.map((c) => (typeof c?.finishMessage === 'string' ? c.finishMessage : undefined));
  } catch {
    return [];
  }
}
