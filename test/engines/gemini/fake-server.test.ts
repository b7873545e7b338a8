import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGemini, type FakeGemini } from '../../fakes/gemini-server.js';

// The fake is only useful while it answers as Google does; these pin the wire details the engine
// tests rely on without going through the SDK.
let fake: FakeGemini;
beforeEach(async () => {
  fake = await startFakeGemini();
});
afterEach(async () => {
  await fake.close();
});

const generate = (model: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${fake.url}/v1beta/models/${model}:generateContent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': fake.apiKey, ...headers },
    body: JSON.stringify(body),
  });

const prompt = (text: string, imageConfig?: object, extra: object = {}) => ({
  contents: [{ role: 'user', parts: [{ text }] }],
  generationConfig: { responseModalities: ['TEXT', 'IMAGE'], ...(imageConfig ? { imageConfig } : {}) },
  ...extra,
});

describe('the fake Gemini server', () => {
  it('answers with a final JPEG part carrying a thoughtSignature, a text part and usageMetadata', async () => {
    const res = await generate('gemini-3.1-flash-image', prompt('a lighthouse', { aspectRatio: '9:16', imageSize: '512' }));
    expect(res.status).toBe(200);
    const body = await res.json();
    const parts = body.candidates[0].content.parts;
    expect(parts[0]).toEqual({ text: 'Here is a fake picture of "a lighthouse".' });
    expect(parts[1]).toEqual({ inlineData: { mimeType: 'image/jpeg', data: expect.any(String) }, thoughtSignature: expect.any(String) });
    expect(Buffer.from(parts[1].inlineData.data, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(body.candidates[0].finishReason).toBe('STOP');
    expect(body.usageMetadata.candidatesTokensDetails[0]).toEqual({ modality: 'IMAGE', tokenCount: 747 });
  });

  it('wants a key: none is 403 PERMISSION_DENIED, a wrong one 400 API_KEY_INVALID', async () => {
    const none = await fetch(`${fake.url}/v1beta/models/gemini-3.1-flash-image`);
    expect(none.status).toBe(403);
    expect((await none.json()).error).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
    const wrong = await fetch(`${fake.url}/v1beta/models/gemini-3.1-flash-image`, { headers: { 'x-goog-api-key': 'nope' } });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toMatchObject({
      status: 'INVALID_ARGUMENT',
      message: 'API key not valid. Please pass a valid API key.',
      details: [expect.objectContaining({ reason: 'API_KEY_INVALID' })],
    });
    const query = await fetch(`${fake.url}/v1beta/models/gemini-3.1-flash-image?key=${fake.apiKey}`);
    expect(query.status).toBe(200);
  });

  it('knows the models: an unknown or retired one is 404 NOT_FOUND', async () => {
    const res = await generate('gemini-3.1-flash-image-preview', prompt('x'));
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: 404, status: 'NOT_FOUND', message: expect.stringContaining('models/gemini-3.1-flash-image-preview') });
  });

  it.each([
    ['gemini-3.1-flash-image', { imageSize: '1k' }, 'Unsupported image size "1k"'],
    ['gemini-3.1-flash-image', { aspectRatio: '7:3' }, 'Unsupported aspect ratio "7:3"'],
    ['gemini-3-pro-image', { imageSize: '512' }, 'Unsupported image size "512"'],
    ['gemini-3-pro-image', { aspectRatio: '1:4' }, 'Unsupported aspect ratio "1:4"'],
  ])('%s rejects %j with 400 INVALID_ARGUMENT', async (model, imageConfig, message) => {
    const res = await generate(model, prompt('x', imageConfig));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining(message) });
  });

  it('rejects gs:// URIs on the Developer API and more than 14 images', async () => {
    const gs = await generate('gemini-3.1-flash-image', {
      contents: [{ role: 'user', parts: [{ fileData: { fileUri: 'gs://b/o.png', mimeType: 'image/png' } }, { text: 'x' }] }],
    });
    expect(gs.status).toBe(400);
    const image = { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } };
    const many = await generate('gemini-3.1-flash-image', { contents: [{ role: 'user', parts: [...Array(15).fill(image), { text: 'x' }] }] });
    expect(many.status).toBe(400);
    expect((await many.json()).error.message).toContain('Too many input images: 15');
  });

  it('adds grounding metadata only when the googleSearch tool is on', async () => {
    const plain = await (await generate('gemini-3.1-flash-image', prompt('x'))).json();
    expect(plain.candidates[0].groundingMetadata).toBeUndefined();
    const searched = await (await generate('gemini-3.1-flash-image', prompt('x', undefined, { tools: [{ googleSearch: {} }] }))).json();
    expect(searched.candidates[0].groundingMetadata).toMatchObject({ webSearchQueries: ['x'], searchEntryPoint: { renderedContent: expect.any(String) } });
  });

  it('sends a 429 with RetryInfo, and 502 as an HTML page like Google\'s front end', async () => {
    fake.script([
      { kind: 'error', status: 429, retryDelay: '7s' },
      { kind: 'error', status: 502 },
    ]);
    const limited = await generate('gemini-3.1-flash-image', prompt('x'));
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.details).toContainEqual({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '7s' });
    const gateway = await generate('gemini-3.1-flash-image', prompt('x'));
    expect(gateway.status).toBe(502);
    expect(gateway.headers.get('content-type')).toContain('text/html');
  });

  it('records each request with its path, headers and parsed body', async () => {
    await generate('gemini-3.1-flash-image', prompt('recorded'));
    expect(fake.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v1beta/models/gemini-3.1-flash-image:generateContent',
        headers: expect.objectContaining({ 'x-goog-api-key': fake.apiKey }),
        body: prompt('recorded'),
      }),
    ]);
  });

  it('on the Vertex path wants a bearer token or key: none is 401 UNAUTHENTICATED', async () => {
    const path = '/v1beta1/projects/p/locations/global/publishers/google/models/gemini-3.1-flash-image:generateContent';
    const none = await fetch(`${fake.url}${path}`, { method: 'POST', body: JSON.stringify(prompt('x')) });
    expect(none.status).toBe(401);
    expect((await none.json()).error.status).toBe('UNAUTHENTICATED');
    const bearer = await fetch(`${fake.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.apiKey}` },
      body: JSON.stringify(prompt('x')),
    });
    expect(bearer.status).toBe(200);
  });
});
