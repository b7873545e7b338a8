// Runs the fake Gemini server by hand, to try bananastand's gemini engine without a Google key:
//   npx tsx scripts/fake-gemini.ts            (FAKE_GEMINI_PORT, FAKE_GEMINI_KEY to change the defaults)
import { startFakeGemini } from '../test/fakes/gemini-server.js';

const port = Number(process.env.FAKE_GEMINI_PORT ?? 8788);
const fake = await startFakeGemini({
  port,
  apiKey: process.env.FAKE_GEMINI_KEY ?? 'fake-gemini-key',
  onRequest: (r) => console.log(`${new Date(r.receivedAt).toISOString()} ${r.method} ${r.path}`),
});

console.log(`Fake Gemini API listening on ${fake.url}
Models: gemini-3.1-flash-image, gemini-3-pro-image. Every answer is a labelled gradient, not a real picture.

Point bananastand at it:
  GOOGLE_GEMINI_BASE_URL=${fake.url} GEMINI_API_KEY=${fake.apiKey} BANANASTAND_ENGINE=gemini npm start

Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
