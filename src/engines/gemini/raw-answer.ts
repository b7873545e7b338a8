/**
 * What `@google/genai` drops when it parses a Developer API answer and the engine still needs:
 * each candidate's `finishMessage` (the SDK's mldev converter does not copy it; Vertex answers keep
 * it). The SDK's `sdkHttpResponse` holds only the headers, so the body is read through
 * `httpOptions.fetch`, which the SDK calls in place of the global `fetch`.
 */
export interface RawAnswer {
  /** `candidates[i].finishMessage` as Google sent it. */
  finishMessages: (string | undefined)[];
}

/** A `fetch` for one call that records the answer's finishMessages and hands the SDK the same body. */
export function capturingFetch(): { fetch: typeof fetch; read(): RawAnswer | undefined } {
  let captured: RawAnswer | undefined;
  const wrapped: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (!response.ok) return response;
    const text = await response.text();
    // Cheap test first: most answers (every good one) carry no finishMessage.
    if (text.includes('"finishMessage"')) captured = readFinishMessages(text);
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return { fetch: wrapped, read: () => captured };
}

function readFinishMessages(text: string): RawAnswer | undefined {
  try {
    const body = JSON.parse(text) as { candidates?: { finishMessage?: unknown }[] };
    const candidates = Array.isArray(body?.candidates) ? body.candidates : [];
    return {
      finishMessages: candidates.map((c) => (typeof c?.finishMessage === 'string' ? c.finishMessage : undefined)),
    };
  } catch {
    return undefined;
  }
}
