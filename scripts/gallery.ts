// Renders a gallery of prompts with the local engine to gallery/ (PNG files and an index.html),
// to look at what a new user sees first. Run: npx tsx scripts/gallery.ts [filter]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { GenerateRequest } from '../src/engines/engine.js';
import { createLocalEngine } from '../src/engines/local/index.js';
import type { AspectRatio, Resolution } from '../src/tasks/output-size.js';

interface Entry {
  prompt: string;
  ratio: AspectRatio;
  resolution?: Resolution;
  seed?: number;
  /** A solid-colour reference image, to show palette steering. */
  referenceColor?: string;
  referenceText?: string;
}

const ENTRIES: Entry[] = [
  { prompt: 'A suited raccoon smoking a pipe in a vintage study room, warm lighting', ratio: '1:1' },
  { prompt: 'A suited raccoon smoking a pipe in a vintage study room, warm lighting', ratio: '16:9', seed: 7 },
  { prompt: 'A neon sign that says "OPEN" on a rainy city street at night', ratio: '16:9' },
  { prompt: 'A cat holding a sign that says "HELLO"', ratio: '4:5' },
  { prompt: 'A poster reading "SALE" in a cozy cafe', ratio: '3:2' },
  { prompt: 'A banner saying "HAPPY BIRTHDAY" over a garden party with balloons and a cake', ratio: '21:9' },
  { prompt: 'A robot saying "Hello, world!" in an office', ratio: '1:1' },
  { prompt: 'Three tiny red cars on a city street at night', ratio: '16:9' },
  { prompt: 'An astronaut riding a horse on the moon, oil painting', ratio: '4:3' },
  { prompt: 'A school of fish in a coral reef, watercolor', ratio: '3:4' },
  { prompt: 'Two dogs and a cat playing in a meadow at sunset, pixel art', ratio: '16:9' },
  { prompt: 'A cozy cabin in snowy mountains, golden hour', ratio: '21:9' },
  { prompt: 'A fox in a misty forest at dawn', ratio: '2:3' },
  { prompt: 'A penguin wearing a red scarf in the snow', ratio: '9:16' },
  { prompt: 'A camel and cacti in the desert under a huge sun, flat poster', ratio: '3:4' },
  { prompt: 'A lighthouse on the beach at sunset', ratio: '4:5' },
  { prompt: 'A pirate ship on the ocean during a storm, dramatic lighting', ratio: '16:9' },
  { prompt: 'A wizard owl reading a book in a library, candlelit', ratio: '1:1' },
  { prompt: 'A rocket flying through outer space past a ringed planet, neon style', ratio: '9:16' },
  { prompt: 'A cup of coffee and a croissant on a wooden table, minimalist', ratio: '1:1' },
  { prompt: 'A pencil sketch of an elephant in the jungle', ratio: '3:2' },
  { prompt: 'A vintage photo of a gentleman in a top hat and a monocle, sepia', ratio: '2:3' },
  { prompt: 'A cow, a pig and three chickens on a farm with a red barn', ratio: '16:9' },
  { prompt: 'A teacher in a classroom with a chalkboard that says "2 + 2 = 4"', ratio: '4:3' },
  { prompt: 'A chef cooking in a kitchen, warm light', ratio: '5:4' },
  { prompt: 'A dragon flying over a castle, dramatic lighting', ratio: '3:2' },
  { prompt: 'A hot air balloon above the clouds', ratio: '9:16' },
  { prompt: 'A city skyline at night with a full moon', ratio: '8:1' },
  { prompt: 'A tall lighthouse, a seagull and the sea', ratio: '1:8' },
  { prompt: 'A panorama of a park with a bench, trees and a dog', ratio: '4:1' },
  { prompt: 'A tower of books in a library', ratio: '1:4' },
  { prompt: 'A singer on a stage with a microphone, spotlight', ratio: '16:9' },
  { prompt: 'A teddy bear in a bedroom at night, soft lighting', ratio: '1:1' },
  { prompt: 'A giraffe and a zebra at golden hour', ratio: '21:9' },
  { prompt: 'A white cat wearing glasses reading a newspaper, cyberpunk', ratio: '1:1' },
  { prompt: 'A bear in a blue sweater drinking tea in the forest, watercolour', ratio: '4:5' },
  { prompt: 'xyzzy plonk frobnicate', ratio: '1:1' },
  { prompt: 'A garden with tulips and a butterfly, in these colors', ratio: '1:1', referenceColor: '#6a2c91', referenceText: 'use this colour palette' },
  { prompt: 'A snowman under a starry night sky', ratio: '2:3' },
  { prompt: 'A mouse with a tiny umbrella in the rain', ratio: '3:4', seed: 3 },
];

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
}

async function main(): Promise<void> {
  const filter = process.argv[2]?.toLowerCase();
  const out = path.resolve('gallery');
  await mkdir(out, { recursive: true });
  const engine = createLocalEngine();
  const rows: string[] = [];
  for (const [i, e] of ENTRIES.entries()) {
    if (filter && !e.prompt.toLowerCase().includes(filter)) continue;
    const references: GenerateRequest['references'] = [];
    if (e.referenceColor) {
      const bytes = await sharp({ create: { width: 64, height: 64, channels: 3, background: e.referenceColor } }).png().toBuffer();
      references.push({ index: 0, bytes, mimeType: 'image/png', ...(e.referenceText ? { text: e.referenceText } : {}) });
    }
    const started = performance.now();
    const result = await engine.generate(
      { prompt: e.prompt, aspectRatio: e.ratio, resolution: e.resolution ?? '1K', useGoogleSearch: false, references, ...(e.seed !== undefined ? { seed: e.seed } : {}) },
      { signal: new AbortController().signal },
    );
    const ms = performance.now() - started;
    const image = result.images[0];
    const file = `${String(i + 1).padStart(2, '0')}-${slug(e.prompt)}-${e.ratio.replace(':', 'x')}.png`;
    await writeFile(path.join(out, file), image.bytes);
    console.log(`${file}  ${image.width}x${image.height}  ${ms.toFixed(0)} ms\n    ${result.text}`);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    rows.push(`<figure><img src="${file}" alt="${esc(e.prompt)}" loading="lazy"><figcaption><b>${esc(e.prompt)}</b><br>${e.ratio} · ${image.width}×${image.height} · ${ms.toFixed(0)} ms${e.referenceColor ? ` · reference ${e.referenceColor}` : ''}<br><i>${esc(result.text ?? '')}</i></figcaption></figure>`);
  }
  const html = `<!doctype html><meta charset="utf-8"><title>bananastand local engine gallery</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;background:#f4f2ee}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:20px}
figure{margin:0;background:#fff;padding:10px;border-radius:8px}img{width:100%;height:auto;max-height:480px;object-fit:contain;background:#ddd}figcaption{margin-top:6px;color:#333}</style>
<h1>Local engine gallery</h1><p>Rendered by <code>npx tsx scripts/gallery.ts</code>.</p><main>${rows.join('\n')}</main>`;
  if (!filter) await writeFile(path.join(out, 'index.html'), html);
}

await main();
