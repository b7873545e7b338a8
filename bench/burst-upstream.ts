// The burst benchmark's stand-in for Google (bench/burst.ts starts it as its own process): it answers
// every generateContent after a latency drawn uniformly from --latency-ms (e.g. `10000-15000`, or
// one number) with a 4096×4096 JPEG of noise (~5 MiB, ~7 MB of base64) inline, as the image models
// do. The answer body is built once per process and the JPEG cached in the temp folder, so the fake
// spends almost nothing per answer and the server under test is what the benchmark measures.
//
//   PORT=8790 npx tsx bench/burst-upstream.ts --latency-ms 10000-15000
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

export const UPSTREAM_KEY = 'bench-upstream-key';
export const PICTURE = { width: 4096, height: 4096 };

/** The cached JPEG (built with noise so it does not compress away: sigma 30, quality 75 → ~5.2 MiB). */
export async function burstPicture(): Promise<Buffer> {
  const file = path.join(os.tmpdir(), `bananastand-burst-${PICTURE.width}x${PICTURE.height}-v1.jpg`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const jpeg = await sharp({
    create: { ...PICTURE, channels: 3, background: '#6688aa', noise: { type: 'gaussian', mean: 128, sigma: 30 } },
  })
    .jpeg({ quality: 75 })
    .toBuffer();
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, jpeg);
  fs.renameSync(tmp, file);
  return jpeg;
}

/** The generateContent answer around the picture, as the Developer API sends it. */
export function answerBody(jpeg: Buffer): Buffer {
  return Buffer.from(
    JSON.stringify({
      candidates: [
        {
          content: { role: 'model', parts: [{ text: 'Here is the picture.' }, { inlineData: { mimeType: 'image/jpeg', data: jpeg.toString('base64') } }] },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: { promptTokenCount: 12, candidatesTokenCount: 2000, totalTokenCount: 2012 },
      modelVersion: 'gemini-3.1-flash-image',
      responseId: 'bench',
    }),
  );
}

/** `10000-15000` → [10000, 15000]; `12000` → [12000, 12000]. */
export function parseLatency(text: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`--latency-ms must be a number of ms or a range like 10000-15000, got "${text}"`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (hi < lo) throw new Error(`--latency-ms range ${text} runs backwards`);
  return [lo, hi];
}

/** One generateContent call as the fake saw it (GET /__stats returns them). */
interface Served {
  receivedAt: number;
  latencyMs: number;
  sentAt?: number;
}

async function main() {
  const arg = process.argv.indexOf('--latency-ms');
  const [lo, hi] = parseLatency(arg >= 0 ? (process.argv[arg + 1] ?? '') : '10000-15000');
  const body = answerBody(await burstPicture());
  const served: Served[] = [];

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream');
    if (url.pathname === '/__stats') return send(res, 200, Buffer.from(JSON.stringify({ bodyBytes: body.length, served })));
    if (url.pathname === '/__body') return send(res, 200, body);
    if (req.headers['x-goog-api-key'] !== UPSTREAM_KEY) {
      return send(res, 403, Buffer.from(JSON.stringify({ error: { code: 403, message: 'wrong key', status: 'PERMISSION_DENIED' } })));
    }
    const m = /^\/v1beta\/models\/([^/:]+)(:generateContent)?$/.exec(url.pathname);
    if (!m) return send(res, 404, Buffer.from(JSON.stringify({ error: { code: 404, message: `no ${url.pathname}`, status: 'NOT_FOUND' } })));
    if (req.method === 'GET' && !m[2]) return send(res, 200, Buffer.from(JSON.stringify({ name: `models/${m[1]}`, version: '001' })));
    req.resume();
    req.on('end', () => {
      const call: Served = { receivedAt: Date.now(), latencyMs: Math.round(lo + Math.random() * (hi - lo)) };
      served.push(call);
      const timer = setTimeout(() => {
        call.sentAt = Date.now();
        send(res, 200, body);
      }, call.latencyMs);
      res.once('close', () => clearTimeout(timer));
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    console.log(`burst upstream on ${JSON.stringify(server.address())}, latency ${lo}-${hi} ms, answer ${body.length} bytes`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
}

function send(res: http.ServerResponse, status: number, body: Buffer) {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': body.length });
  res.end(body);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
