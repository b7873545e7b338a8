// Logos that name their brand: the name (quoted or not) is lettered as a wordmark under the badge,
// or beside it in a wide picture; monogram letters are the mark; "black and white" is black ink on
// white paper; a thing paired with the subject is drawn in the badge with it; generic phrases
// ("for a coffee brand", "for a Japanese restaurant") letter nothing (docs/local-engine-modes.md, "Logos").
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const BREW = 'Create a modern logo for a coffee brand called Brew & Bean.';
const GOOGLE = 'Simple elegant logo for [Google], [G circle United states], successful vibe, minimalist, thought-provoking, abstract, recognizable, black and white';
const DIGITAL = 'Simple elegant logo for Digital Art, D A circle, successful vibe, minimalist, thought-provoking, abstract, recognizable, black and white';
const CAMERA = "logo,Minimalist,Make a picture of a camera with the word 'Me'";
const PANDA = 'wablogo, Minimalist, banboo and panda,logo';

const compose = (prompt: string, width = 600, height = 600) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
/** Each drawn text of the picture, its lines joined, with its position. */
const texts = (svg: string) => [...svg.matchAll(/<text([^>]*)>(.*?)<\/text>/g)].map((m) => {
  const spans = [...m[2]!.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)">([^<]*)<\/tspan>/g)];
  const text = (spans.length ? spans.map((s) => s[3]).join(' ') : m[2]!).replace(/&amp;/g, '&').replace(/&apos;/g, "'");
  return { text, x: Number(spans[0]?.[1] ?? /x="([\d.]+)"/.exec(m[1]!)?.[1]), y: Number(spans.at(-1)?.[2] ?? /y="([\d.]+)"/.exec(m[1]!)?.[1]) };
});

describe('the five real logo prompts', () => {
  it('letters "Brew & Bean" under a coffee emblem, and lists neither brand nor bean as not drawn', () => {
    const plan = planScene(BREW);
    expect(plan.mode).toMatchObject({ label: 'logo', wordmark: 'Brew & Bean' });
    expect(plan.unknown).toEqual([]);
    const r = compose(BREW);
    expect(r.description).toMatch(/^logo: a logo badge with cup of coffee in it \(hero, centred\), the name "Brew & Bean" lettered below it/);
    const word = texts(r.svg).filter((t) => t.text === 'Brew & Bean');
    expect(word).toHaveLength(1);
    expect(word[0]!.y).toBeGreaterThan(600 * 0.7);
  });

  it('draws a "G" monogram in a circle with the name "Google", black on white', async () => {
    const plan = planScene(GOOGLE);
    expect(plan.mode).toMatchObject({ wordmark: 'Google', letter: 'G' });
    // The "circle" is the badge, no wheel; "United states" is still listed.
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('wheel');
    expect(plan.unknown).toEqual(['united', 'states']);
    const r = compose(GOOGLE);
    expect(r.description).toMatch(/^logo: a logo badge with the black letter G in it .*the name "Google" lettered below it, on a plain white backdrop/);
    expect(texts(r.svg).map((t) => t.text)).toEqual(expect.arrayContaining(['G', 'Google']));
    const { data, info } = await sharp(await rasterize(r.svg, { width: 300, height: 300, pixelate: false })).raw().toBuffer({ resolveWithObject: true });
    let colourful = 0, white = 0, dark = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      const [red, green, blue] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (Math.max(red, green, blue) - Math.min(red, green, blue) > 12) colourful++;
      if (Math.min(red, green, blue) > 225) white++;
      if (Math.max(red, green, blue) < 60) dark++;
    }
    const n = info.width * info.height;
    // Black and white: no colour anywhere, mostly white paper, and black ink for the ring and letters.
    expect(colourful).toBe(0);
    expect(white / n).toBeGreaterThan(0.5);
    expect(dark / n).toBeGreaterThan(0.03);
  });

  it('makes "D A circle" the letters DA of a badge named "Digital Art"', () => {
    expect(planScene(DIGITAL).mode).toMatchObject({ wordmark: 'Digital Art', letter: 'DA', ink: expect.any(String) });
    const r = compose(DIGITAL);
    expect(r.description).toContain('the black letters DA in it');
    expect(texts(r.svg).map((t) => t.text)).toEqual(expect.arrayContaining(['DA', 'Digital Art']));
  });

  it('letters the quoted word "Me" under the camera, as the logo\'s name and not a headline beside it', () => {
    const plan = planScene(CAMERA);
    expect(plan.mode?.wordmark).toBe('Me');
    expect(plan.subjects[0]?.thing.key).toBe('camera');
    const d = compose(CAMERA).description;
    expect(d).toMatch(/^logo: a logo badge with camera in it \(hero, centred\), the name "Me" lettered below it/);
    expect(d).not.toMatch(/headline|copy space|not drawn/);
  });

  it('draws the panda with the (misspelt) bamboo in the badge, and lists only the trigger word', () => {
    const plan = planScene(PANDA);
    expect(plan.subjects.map((s) => s.thing.key)).toEqual(['panda', 'herb']);
    expect(plan.unknown).toEqual(['wablogo']);
    const d = compose(PANDA).description;
    expect(d).toMatch(/^logo: a logo badge with panda and herb in it \(hero, centred\)/);
    expect(d).not.toMatch(/around it/);
  });
});

describe('names a logo prompt gives without quotes', () => {
  it.each([
    ['A logo for a bakery called Sunrise Loaves, warm colours', 'Sunrise Loaves'],
    ['Logo for a tech startup named Nimbus, blue', 'Nimbus'],
    ['logo for my podcast The Night Shift', 'The Night Shift'],
    ['A mascot logo of a fox for a gaming team called Night Foxes', 'Night Foxes'],
    ['Logo for Blue Harbor Seafood, a fish and waves', 'Blue Harbor Seafood'],
    ['a logo for the Acme Corporation', 'Acme Corporation'],
    ['a logo for a company named nimbus labs', 'nimbus labs'],
    ['Create a bold and dynamic logo for a sports team called [ywz], featuring athletic imagery', 'ywz'],
  ])('%s → the wordmark "%s"', (prompt, name) => {
    expect(planScene(prompt).mode?.wordmark).toBe(name);
    expect(compose(prompt).description).toContain(`the name "${name}" lettered below it`);
  });

  it.each([
    'Create a logo for a tech startup with a modern and sleek design.',
    'A logo for a Japanese restaurant',
    'Logo for Italian restaurants',
    'a logo named after my dog',
    'Generate one single logo for a business eco-friendly packaging firm. Without human faces or texts.',
    'Logo for a YouTube channel about cooking',
    'A circle logo with a tree',
  ])('"%s" letters no name', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.mode?.label).toBe('logo');
    expect(plan.mode?.wordmark).toBeUndefined();
    expect(compose(prompt).description).not.toContain('lettered');
  });

  it('reads the name\'s words as no things: no sunrise, no night, no cloud', () => {
    expect(planScene('A logo for a bakery called Sunrise Loaves').time).toBe('day');
    expect(planScene('logo for my podcast The Night Shift')).toMatchObject({ time: 'day', mode: { dark: false } });
    expect(planScene('Logo for a tech startup named Nimbus').subjects.map((s) => s.thing.key)).not.toContain('cloud');
  });

  it('sets the name beside the badge in a wide picture', () => {
    const r = compose(BREW, 1376, 768);
    expect(r.description).toContain('the name "Brew & Bean" lettered beside it');
    // Ranged left from just right of the badge, which fills the left two fifths.
    expect(texts(r.svg).find((t) => t.text === 'Brew & Bean')!.x).toBeGreaterThan(1376 * 0.44);
  });

  it('draws the logo a prompt asks to create, whatever marketing it will be used for', () => {
    const prompt = 'Create a bold and dynamic logo for a sports team called [ywz], featuring athletic imagery like mascots, balls or equipment. The logo should be ideal for use on uniforms, merchandise and promotional materials.';
    expect(planScene(prompt).mode).toMatchObject({ label: 'logo', wordmark: 'ywz' });
    expect(planScene('Create a banner with our logo and a coffee cup').mode?.label).toBe('marketing banner');
  });

  it('draws the mark a logo names alone, without its topic\'s picture around it', () => {
    const d = compose('A gym logo with a lion, bold').description;
    expect(d).toMatch(/^logo: a logo badge with lion in it \(hero, centred\), on /);
    expect(d).not.toMatch(/lifting weights|around it|not drawn/);
    // With no mark named, the topic is the mark.
    expect(compose('Generate one single logo for an eco-friendly gardening firm.').description).toMatch(/^logo: a logo badge with seedling in it/);
  });

  it('writes a name read in a picture that is no logo on it too', () => {
    expect(planScene('a product shot of a mug with the logo of a cafe called Moon Bean').texts.map((t) => t.text)).toEqual(['Moon Bean']);
  });
});

describe('monograms and wordmarks', () => {
  it.each([
    ['logo with the initials JM, black and white', 'JM'],
    ['A minimalist letter-mark K logo in red', 'K'],
    ['A monogram logo for Hart & Cole, black and white', 'HC'],
  ])('%s → the letters %s', (prompt, letters) => {
    expect(planScene(prompt).mode?.letter).toBe(letters);
    const d = compose(prompt).description;
    expect(d).toMatch(new RegExp(`a logo badge with the ([a-z]+ )?letters? ${letters} in it`));
    expect(d).not.toMatch(/envelope|not drawn/);
  });

  it('reads capitals before a badge word as letters, but an acronym\'s thing as the thing', () => {
    expect(planScene('logo, JM monogram, gold').mode?.letter).toBe('JM');
    const ufo = planScene('a logo with a UFO emblem');
    expect(ufo.mode?.letter).toBeUndefined();
    expect(ufo.subjects[0]?.thing.key).toBe('flying-saucer');
    expect(planScene('A circle logo with a tree').mode?.letter).toBeUndefined();
  });

  it('draws a wordmark alone when nothing else is asked, and a named logo with nothing to draw as its initial', () => {
    const lumen = compose("wordmark for 'Lumen'");
    expect(lumen.description).toMatch(/^logo: the wordmark "Lumen" \(hero, centred\)/);
    expect(texts(lumen.svg).map((t) => t.text)).toEqual(['Lumen']);
    expect(compose('a logo called Zorp').description).toMatch(/^logo: a logo badge with the letter Z in it .*the name "Zorp" lettered below it/);
  });

  it('keeps a logo whose name is quoted after "logo" as before: the quoted name exactly, under its emblem', () => {
    const r = compose('a logo for a coffee shop called "BEAN THERE", flat design');
    expect(r.description).toMatch(/^hot beverage \(main\), a logo reading "BEAN THERE"/);
    expect(texts(r.svg).map((t) => t.text)).toContain('BEAN THERE');
  });

  it('gives a quoted-name logo its topic\'s emblem, not the studio\'s camera, and else the name\'s initial', () => {
    const launch = planScene('Design a modern, minimalist startup logo for a company called "Launchpad AI".');
    expect(launch.subjects.map((s) => s.thing.key)).toEqual(['rocket']);
    const acme = compose('a logo for "Acme"');
    expect(planScene('a logo for "Acme"').subjects).toEqual([]);
    expect(texts(acme.svg).map((t) => t.text)).toEqual(expect.arrayContaining(['A', 'Acme']));
  });
});
