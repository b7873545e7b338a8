import { describe, expect, it } from 'vitest';
import { decodeInline, inlinePlaceholder, liftInlineData } from '../../../src/engines/gemini/inline-data.js';
import { fetchTransport } from '../../fakes/fetch-transport.js';
import { capturingFetch } from '../../../src/engines/gemini/raw-answer.js';

const picture = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256));
const answer = (parts: unknown[], extra: object = {}) => ({ candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', ...extra }] });

describe('liftInlineData', () => {
  it('lifts the base64 of inlineData.data and leaves a small JSON with a placeholder', () => {
    const body = Buffer.from(JSON.stringify(answer([{ text: 'hi' }, { inlineData: { mimeType: 'image/jpeg', data: picture.toString('base64') } }])));
    const { json, inline } = liftInlineData(body);
    expect(json.length).toBeLessThan(200);
    const parsed = JSON.parse(json.toString());
    const data = parsed.candidates[0].content.parts[1].inlineData.data;
    expect(data).toBe(inlinePlaceholder(0));
    expect(parsed.candidates[0].content.parts[0].text).toBe('hi');
    expect(decodeInline(inline.get(data)!).equals(picture)).toBe(true);
  });

  it('follows pretty-printed JSON and lifts every picture (drafts and the final one)', () => {
    const draft = Buffer.from('draft');
    const body = Buffer.from(
      JSON.stringify(answer([{ inlineData: { data: draft.toString('base64') }, thought: true }, { inlineData: { mimeType: 'image/png', data: picture.toString('base64') } }]), null, 2),
    );
    const { json, inline } = liftInlineData(body);
    const parts = JSON.parse(json.toString()).candidates[0].content.parts;
    expect(parts.map((p: { inlineData: { data: string } }) => p.inlineData.data)).toEqual([inlinePlaceholder(0), inlinePlaceholder(1)]);
    expect(decodeInline(inline.get(inlinePlaceholder(0))!).toString()).toBe('draft');
    expect(decodeInline(inline.get(inlinePlaceholder(1))!).equals(picture)).toBe(true);
  });

  it('leaves "data" alone outside inlineData, and inside text where its quotes are escaped', () => {
    const text = 'he wrote "data": "abc" and "inlineData": {"data": "xyz"} \\" done';
    const body = Buffer.from(JSON.stringify({ ...answer([{ text }]), data: 'keep', usageMetadata: { data: 'also' } }));
    const { json, inline } = liftInlineData(body);
    expect(inline.size).toBe(0);
    expect(json.equals(body)).toBe(true);
  });

  it('gives back bytes it cannot follow as they are', () => {
    const body = Buffer.from('{"candidates":[{"content":{"parts":[{"inlineData":{"data":"AAAA');
    expect(liftInlineData(body).json.equals(body)).toBe(true);
    expect(liftInlineData(body).inline.size).toBe(0);
  });
});

describe('capturingFetch', () => {
  it('reads the answer once: the SDK gets the small JSON, the engine the decoded picture and the finishMessage', async () => {
    const body = JSON.stringify(answer([{ inlineData: { mimeType: 'image/jpeg', data: picture.toString('base64') } }], { finishMessage: 'fine' }));
    const google = (async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } })) as typeof fetch;
    {
      const capture = capturingFetch(fetchTransport(google));
      const response = await capture.fetch('http://127.0.0.1/x');
      const text = await response.text();
      expect(text.length).toBeLessThan(250);
      expect(response.headers.get('content-length')).toBeNull();
      const data = JSON.parse(text).candidates[0].content.parts[0].inlineData.data;
      const raw = capture.read()!;
      expect(raw.finishMessages).toEqual(['fine']);
      expect(raw.inlineBytes(data)!.equals(picture)).toBe(true);
      expect(raw.inlineBytes('AAAA')).toBeUndefined();
    }
  });
});

describe('decodeInline', () => {
  it.each([0, 1, 2, 3, 24_575, 24_576, 24_577, 100_000])('decodes %i bytes exactly, across its steps', (n) => {
    const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + 7) % 256));
    for (const base64 of [bytes.toString('base64'), bytes.toString('base64url')]) {
      const out = decodeInline(Buffer.from(base64));
      expect(out.equals(bytes)).toBe(true);
    }
  });

  it('reads a string with JSON escapes as JSON would', () => {
    expect(decodeInline(Buffer.from('aGVs\\u0062G8=')).toString()).toBe('hello');
  });
});
