import type { Transport } from '../../src/engines/gemini/http-transport.js';

/** The engine's transport interface over a `fetch`, so a test can stand in for Google with one. */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    return {
      status: response.status,
      statusText: response.statusText,
      ok: response.ok,
      headers: response.headers,
      body: (response.body ?? []) as AsyncIterable<Uint8Array>,
      cancel: () => void response.body?.cancel().catch(() => {}),
    };
  };
}
