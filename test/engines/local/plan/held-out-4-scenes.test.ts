// Scenes from the fourth held-out set (now tuning material): hyphenated number compounds are no
// counts, snow lies on the ground and the trees, wading birds stand in water among reeds, named
// characters are drawn as a generic picture named by the art, and named planets are themselves.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createLocalEngine } from '../../../../src/engines/local/index.js';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, size = 512) => composePicture({ plan: planScene(prompt), width: size, height: size, seed: 0 });
const main = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

const engine = createLocalEngine();
async function draw(prompt: string): Promise<{ png: Buffer; text: string }> {
  const result = await engine.generate({ prompt, aspectRatio: '4:3', resolution: '512', useGoogleSearch: false, references: [] }, { signal: new AbortController().signal });
  return { png: result.images[0].bytes, text: result.text ?? '' };
}

/** Mean luma of a box given in fractions of the picture. */
async function lumaOf(png: Buffer, x: number, y: number, w: number, h: number): Promise<number> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const region = { left: Math.round(x * width), top: Math.round(y * height), width: Math.round(w * width), height: Math.round(h * height) };
  const { channels } = await sharp(await sharp(png).extract(region).png().toBuffer()).stats();
  return 0.299 * channels[0].mean + 0.587 * channels[1].mean + 0.114 * channels[2].mean;
}

describe('hyphenated number compounds are modifiers, never counts', () => {
  it.each([
    ["a weathered two-story fisherman's cottage with a sagging roof", 'cottage'],
    ['a three-legged dog', 'dog'],
    ['a one-eyed cat', 'cat'],
    ['a four-wheel jeep on a dirt road', 'jeep'],
    ['a 6-year-old child painting', 'child'],
    ['a two-tone car', 'car'],
  ])('"%s" draws one %s', (prompt) => {
    expect(main(prompt)?.count).toBe(1);
  });

  it('still counts a number on its own', () => {
    expect(main('two cottages by a lake')?.count).toBe(2);
    expect(main('3 dogs in a park')?.count).toBe(3);
  });

  it('draws no "story" or "minute" out of the compound', () => {
    const plan = planScene('a two-story house and a 10-minute timer');
    expect(plan.unknown).not.toContain('story');
    expect(plan.unknown).not.toContain('minute');
  });

  it("lights the cottage's own window for \"a single lit window\", with no window beside it, in the rain", () => {
    const prompt = "a weathered two-story fisherman's cottage with a sagging roof and a single lit window, perched on a rain-soaked rocky cliff";
    const plan = planScene(prompt);
    expect(plan.litWindow).toBe(true);
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('window');
    expect(plan.weather).toBe('rain');
    const picture = compose(prompt);
    expect(picture.svg).toContain('#ffd45a');
    expect(picture.layout.filter((p) => p.role === 'main')).toHaveLength(1);
    expect(picture.description).toContain('cottage (main) with a lit window');
  });
});

describe('snow on the ground and on the trees', () => {
  it('reads a snow-covered forest as snowy, keeping the full moon at night', () => {
    const plan = planScene('A snow-covered forest at night with a full moon in the sky.');
    expect(plan.snowy).toBe(true);
    expect(plan.setting).toBe('forest');
    expect(plan.time).toBe('night');
    expect(plan.subjects.map((s) => s.thing.key)).toContain('full-moon');
  });

  it('caps the trees with snow and strews no mushrooms or fallen leaves', () => {
    const snowy = compose('a snowy forest').svg;
    const green = compose('a forest').svg;
    expect(snowy).toContain('#f7fbff');
    expect(green).not.toContain('#f7fbff');
    expect(snowy.length).toBeLessThan(green.length + 20000);
  });

  it('paints the ground of a snowy forest much lighter than a green one', async () => {
    const snowy = await lumaOf((await draw('a snowy forest')).png, 0.1, 0.85, 0.8, 0.1);
    const green = await lumaOf((await draw('a forest')).png, 0.1, 0.85, 0.8, 0.1);
    expect(snowy).toBeGreaterThan(green + 80);
  });

  it('keeps the snow lighter than grass at night, under the moon', async () => {
    const snowy = await lumaOf((await draw('A snow-covered forest at night with a full moon in the sky.')).png, 0.1, 0.85, 0.8, 0.1);
    const green = await lumaOf((await draw('a forest at night with a full moon in the sky')).png, 0.1, 0.85, 0.8, 0.1);
    expect(snowy).toBeGreaterThan(green + 25);
  });
});

describe('wading birds and reeds', () => {
  it('draws a heron as a wader standing on the ground, with reeds, by the water', () => {
    const plan = planScene('linocut heron in reeds at dusk');
    const heron = plan.subjects.find((s) => s.role === 'main')!;
    expect(heron.thing.proc).toBe('wader');
    expect(heron.thing.place).toBe('ground');
    expect(heron.label).toBe('heron');
    expect(plan.subjects.some((s) => s.thing.proc === 'reeds')).toBe(true);
    expect(plan.unknown).not.toContain('reeds');
    expect(plan.setting).toBe('lake');
  });

  it.each(['egret', 'stork', 'crane bird', 'sandhill crane'])('draws a %s as a wading bird', (bird) => {
    expect(main(`a ${bird} in a marsh`)?.thing.proc).toBe('wader');
  });

  it('keeps a construction crane from being a bird', () => {
    expect(main('a crane lifting steel beams at a construction site')?.thing.proc).not.toBe('wader');
  });

  it('stands the heron in the lower half of the picture, not up in the sky, and names the reeds', () => {
    const picture = compose('linocut heron in reeds at dusk');
    const heron = picture.layout.find((p) => p.role === 'main')!;
    expect(heron.box.y + heron.box.h).toBeGreaterThan(512 * 0.6);
    expect(picture.layout.some((p) => p.what === 'reeds')).toBe(true);
    expect(picture.description).toContain('heron');
    expect(picture.description).toContain('reeds');
    expect(picture.description).not.toContain('reedses');
  });
});

describe('named characters are drawn as a generic picture, named by the art', () => {
  it('draws a rusty Iron Man suit in the woods as an armoured suit overgrown with vines, in a forest', () => {
    const prompt = 'Rusty Iron Man suit found abandoned in the woods being reclaimed by nature';
    const plan = planScene(prompt);
    expect(main(prompt)?.thing.proc).toBe('overgrown-armour');
    expect(plan.setting).toBe('forest');
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('wood');
    expect(plan.unknown).not.toContain('rusty');
    const text = compose(prompt).description;
    expect(text).toContain('armoured suit');
    expect(text.toLowerCase()).not.toContain('iron man');
  });

  it('draws a clean robot suit when nothing says it was left to rust', () => {
    expect(main('an iron man suit in a workshop')?.thing.proc).toBe('armour-suit');
    expect(main('a mech suit on a city street')?.thing.proc).toBe('armour-suit');
  });

  it('draws Godzilla on trial as a lizard monster in a courtroom, in pencil', () => {
    const plan = planScene('court sketch of godzilla on trial');
    expect(main('court sketch of godzilla on trial')?.thing.proc).toBe('kaiju');
    expect(plan.setting).toBe('courtroom');
    expect(plan.style).toBe('sketch');
    expect(plan.unknown).toEqual([]);
    const text = compose('court sketch of godzilla on trial').description;
    expect(text).toContain('lizard monster');
    expect(text).toContain('courtroom');
    expect(text.toLowerCase()).not.toContain('godzilla');
  });

  it('draws a Pikachu that looks like a pug as a yellow pug', () => {
    const pug = main('A pikachu that looks lika a pug');
    expect(pug?.thing.key).toBe('dog');
    expect(pug?.color?.name).toBe('yellow');
    const text = compose('A pikachu that looks lika a pug').description;
    expect(text).toContain('yellow pug');
    expect(text.toLowerCase()).not.toContain('pikachu');
  });

  it('does not read "free trial" as a courtroom', () => {
    expect(planScene('a banner for a free trial of our app').setting).not.toBe('courtroom');
  });
});

describe('named planets', () => {
  it('draws Mars, Jupiter and Venus as themselves, in the sky', () => {
    for (const [word, proc] of [['jupiter', 'jupiter-planet'], ['venus', 'venus-planet']]) {
      const planet = main(`${word} in the night sky`);
      expect(planet?.thing.proc).toBe(proc);
      expect(planet?.thing.place).toBe('sky');
    }
    expect(main('saturn with its rings')?.thing.key).toBe('ringed-planet');
  });

  it('makes "a travel poster reading VISIT MARS" a poster of the planet over a Martian horizon, titled', () => {
    const prompt = 'vintage travel poster reading VISIT MARS, bold serif title, warm palette';
    const plan = planScene(prompt);
    expect(plan.mode?.kind).toBe('banner');
    expect(plan.setting).toBe('mars');
    expect(plan.texts.map((t) => t.text)).toEqual(['VISIT MARS']);
    expect(plan.unknown).not.toContain('visit');
    const picture = compose(prompt);
    expect(picture.description).toContain('planet Mars');
    expect(picture.description).toContain('Martian desert');
    expect(picture.description).toContain('"VISIT MARS"');
    expect(picture.description).not.toContain('map pin');
  });
});

describe('a human and an AI', () => {
  it('draws "human and AI working together" as a person and a robot facing each other', () => {
    const prompt = 'An abstract illustration of human and AI working together, modern tech aesthetic, interconnected nodes and flowing data, warm and cool color contrast, professional style';
    const plan = planScene(prompt);
    expect(plan.subjects.map((s) => s.thing.key)).toEqual(expect.arrayContaining(['person', 'robot']));
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('head-shaking-vertically');
    expect(compose(prompt).description).toContain('and a robot facing each other');
  });

  it('puts a robot beside the human for "human mind + machine intelligence"', () => {
    const plan = planScene('Visual metaphor: human mind + machine intelligence in harmony.');
    expect(plan.subjects.map((s) => s.thing.key)).toContain('robot');
  });

  it('draws no robot for an AI tool that pairs with no person', () => {
    expect(planScene('an AI logo maker for a coffee shop').subjects.map((s) => s.thing.key)).not.toContain('robot');
  });
});
