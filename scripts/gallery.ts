// Renders a gallery of prompts with the local engine to gallery/ (PNG files, an index.html and a
// contact sheet), to look at what a new user sees first.
// Run: npx tsx scripts/gallery.ts [--set tuned|fresh|tuning|held-out|held-out-2|held-out-3|held-out-4|held-out-5|held-out-6|held-out-7|held-out-8|held-out-9] [filter]
// "tuned" is the set the engine was tuned on; "fresh" is a held-out set of everyday prompts, for
// checking that a change generalises (it renders to gallery/fresh/). "tuning" and "held-out" are
// the two halves of real prompts gathered from public code and docs (gallery-prompts/real-prompts.ts),
// rendered to gallery/tuning/ and gallery/held-out/. "held-out-2" to "held-out-9" are later
// sets gathered from other sources (gallery-prompts/held-out-2.ts … held-out-9.ts), each looked
// at only to measure.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { GenerateRequest } from '../src/engines/engine.js';
import { createLocalEngine } from '../src/engines/local/index.js';
import type { AspectRatio, Resolution } from '../src/domain/output-size.js';
import { FRESH_REAL_PROMPTS } from './gallery-prompts/held-out-2.js';
import { HELD_OUT_3_PROMPTS } from './gallery-prompts/held-out-3.js';
import { HELD_OUT_4_PROMPTS } from './gallery-prompts/held-out-4.js';
import { HELD_OUT_5_PROMPTS } from './gallery-prompts/held-out-5.js';
import { HELD_OUT_6_PROMPTS } from './gallery-prompts/held-out-6.js';
import { HELD_OUT_7_PROMPTS } from './gallery-prompts/held-out-7.js';
import { HELD_OUT_8_PROMPTS } from './gallery-prompts/held-out-8.js';
import { HELD_OUT_9_PROMPTS } from './gallery-prompts/held-out-9.js';
import { type PromptCategory, splitPrompts } from './gallery-prompts/real-prompts.js';

interface Entry {
  prompt: string;
  ratio: AspectRatio;
  resolution?: Resolution;
  seed?: number;
  /** A solid-colour reference image, to show palette steering. */
  referenceColor?: string;
  referenceText?: string;
}

const TUNED: Entry[] = [
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

const FRESH: Entry[] = [
  { prompt: 'a golden retriever puppy sleeping on a couch', ratio: '4:3' },
  { prompt: 'a bowl of ramen on a wooden table, top view', ratio: '1:1' },
  { prompt: 'a medieval knight standing guard at a castle gate', ratio: '2:3' },
  { prompt: 'a bicycle leaning against a brick wall in Paris', ratio: '4:5' },
  { prompt: 'a whale jumping out of the ocean at sunset', ratio: '21:9' },
  { prompt: 'an old man fishing on a lake at dawn, foggy', ratio: '16:9' },
  { prompt: 'a birthday cake with candles that says "30"', ratio: '1:1' },
  { prompt: 'a robot barista making coffee in a cafe, neon lighting', ratio: '3:2' },
  { prompt: 'a giraffe at golden hour in the savanna', ratio: '9:16' },
  { prompt: 'a spaceship landing on mars', ratio: '16:9' },
  { prompt: 'product photo of a red sneaker on a white background', ratio: '1:1' },
  { prompt: 'a cozy bedroom with fairy lights at night', ratio: '4:3' },
  { prompt: 'a koala hugging a tree', ratio: '3:4' },
  { prompt: 'children building a sandcastle on the beach', ratio: '16:9' },
  { prompt: 'a vintage car on a desert highway', ratio: '21:9' },
  { prompt: 'a watercolor of a hummingbird and flowers', ratio: '4:5' },
  { prompt: 'a pixel art dungeon with a treasure chest', ratio: '1:1' },
  { prompt: 'a movie poster that says "THE LAST BANANA"', ratio: '2:3' },
  { prompt: 'a family of ducks crossing a road', ratio: '3:2' },
  { prompt: 'a snowy village at christmas with a big tree', ratio: '16:9' },
  { prompt: 'a tall waterfall in the jungle', ratio: '1:8' },
  { prompt: 'a sailboat on a calm lake with mountains in the background', ratio: '21:9' },
  { prompt: 'a cute frog sitting on a lily pad in a pond', ratio: '1:1' },
  { prompt: 'a samurai cat with a sword under cherry blossoms', ratio: '3:4' },
  { prompt: 'a steaming cup of tea on a windowsill on a rainy day', ratio: '9:16' },
  { prompt: 'a campfire under the stars with a tent, 8-bit', ratio: '16:9' },
  { prompt: 'a steam train crossing a bridge over a river', ratio: '4:1' },
  { prompt: 'an underwater city with a submarine and jellyfish', ratio: '16:9' },
  { prompt: 'a dinosaur in a prehistoric jungle with a volcano erupting', ratio: '3:2' },
  { prompt: 'a logo for a coffee shop called "BEAN THERE", flat design', ratio: '1:1' },
];

/** The shape each kind of real prompt is usually asked in. */
const RATIO_OF: Record<PromptCategory, AspectRatio> = {
  marketing: '16:9', product: '1:1', portrait: '4:5', ui: '16:9', scene: '4:3', style: '1:1',
};

const realSet = (set: 'tuning' | 'held-out'): Entry[] =>
  splitPrompts(set).map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] }));

const SETS: Record<string, { entries: Entry[]; dir: string }> = {
  tuned: { entries: TUNED, dir: 'gallery' },
  fresh: { entries: FRESH, dir: 'gallery/fresh' },
  tuning: { entries: realSet('tuning'), dir: 'gallery/tuning' },
  'held-out': { entries: realSet('held-out'), dir: 'gallery/held-out' },
  'held-out-2': { entries: FRESH_REAL_PROMPTS.map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] })), dir: 'gallery/held-out-2' },
  'held-out-3': { entries: HELD_OUT_3_PROMPTS.map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] })), dir: 'gallery/held-out-3' },
  'held-out-4': { entries: HELD_OUT_4_PROMPTS.map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] })), dir: 'gallery/held-out-4' },
  'held-out-5': { entries: HELD_OUT_5_PROMPTS.map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] })), dir: 'gallery/held-out-5' },
  'held-out-6': { entries: HELD_OUT_6_PROMPTS.map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] })), dir: 'gallery/held-out-6' },
  'held-out-7': { entries: HELD_OUT_7_PROMPTS.map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] })), dir: 'gallery/held-out-7' },
  'held-out-8': { entries: HELD_OUT_8_PROMPTS.map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] })), dir: 'gallery/held-out-8' },
  'held-out-9': { entries: HELD_OUT_9_PROMPTS.map((p) => ({ prompt: p.prompt, ratio: RATIO_OF[p.category] })), dir: 'gallery/held-out-9' },
};

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const setAt = args.indexOf('--set');
  const setName = setAt >= 0 ? args.splice(setAt, 2)[1] ?? '' : 'tuned';
  const set = SETS[setName];
  if (!set) throw new Error(`unknown set "${setName}": use ${Object.keys(SETS).join(' or ')}`);
  const filter = args[0]?.toLowerCase();
  const out = path.resolve(set.dir);
  await mkdir(out, { recursive: true });
  const engine = createLocalEngine();
  const rows: string[] = [];
  const thumbs: { file: string; bytes: Buffer }[] = [];
  for (const [i, e] of set.entries.entries()) {
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
    thumbs.push({ file, bytes: image.bytes });
    console.log(`${file}  ${image.width}x${image.height}  ${ms.toFixed(0)} ms\n    ${result.text}`);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    rows.push(`<figure><img src="${file}" alt="${esc(e.prompt)}" loading="lazy"><figcaption><b>${esc(e.prompt)}</b><br>${e.ratio} · ${image.width}×${image.height} · ${ms.toFixed(0)} ms${e.referenceColor ? ` · reference ${e.referenceColor}` : ''}<br><i>${esc(result.text ?? '')}</i></figcaption></figure>`);
  }
  const html = `<!doctype html><meta charset="utf-8"><title>bananastand local engine gallery</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;background:#f4f2ee}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:20px}
figure{margin:0;background:#fff;padding:10px;border-radius:8px}img{width:100%;height:auto;max-height:480px;object-fit:contain;background:#ddd}figcaption{margin-top:6px;color:#333}</style>
<h1>Local engine gallery</h1><p>Rendered by <code>npx tsx scripts/gallery.ts</code>.</p><main>${rows.join('\n')}</main>`;
  if (filter) return;
  await writeFile(path.join(out, 'index.html'), html);
  await writeFile(path.join(out, 'contact.png'), await contactSheet(thumbs));
}

/** Every picture fitted into a 256 px cell, numbered, six to a row: one image to look over a set. */
async function contactSheet(items: { file: string; bytes: Buffer }[]): Promise<Buffer> {
  const cell = 256, pad = 6, across = 6;
  const rows = Math.max(1, Math.ceil(items.length / across));
  const tiles = await Promise.all(items.map(async ({ file, bytes }, i) => {
    const thumb = await sharp(bytes).resize(cell, cell, { fit: 'contain', background: '#dddddd' }).png().toBuffer();
    const label = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="22"><rect width="40" height="22" fill="#000" fill-opacity=".6"/><text x="20" y="16" font-family="DejaVu Sans" font-size="14" fill="#fff" text-anchor="middle">${file.slice(0, 2)}</text></svg>`);
    const left = pad + (i % across) * (cell + pad), top = pad + Math.floor(i / across) * (cell + pad);
    return [{ input: thumb, left, top }, { input: label, left, top }];
  }));
  return sharp({ create: { width: pad + across * (cell + pad), height: pad + rows * (cell + pad), channels: 3, background: '#f4f2ee' } })
    .composite(tiles.flat()).png().toBuffer();
}

await main();
