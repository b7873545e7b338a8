// Page formats (docs/local-engine-modes.md, "Formats"): an event's flyer, poster, invitation or menu;
// a side-by-side comparison; a social media post; a presentation slide or deck. Each is chosen by its
// own words and not by near-misses, its `text` names the format and its parts, and quoted words are
// set on the page exactly.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const compose = (prompt: string, width = 640, height = 480) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const text = (prompt: string) => compose(prompt).description;
const format = (prompt: string) => planScene(prompt).mode?.format;

/** The mean colour of a region of a PNG, as [r, g, b]. */
async function meanOf(png: Buffer, left: number, top: number, width: number, height: number): Promise<number[]> {
  const { data, info } = await sharp(png).extract({ left: Math.round(left), top: Math.round(top), width: Math.round(width), height: Math.round(height) }).raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += info.channels) for (let k = 0; k < 3; k++) sum[k]! += data[i + k]!;
  return sum.map((v) => v / (data.length / info.channels));
}

/** The words the SVG sets, each <text> element's lines joined by spaces. */
function drawnTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => {
    const spans = [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((s) => s[1]!);
    return (spans.length ? spans.join(' ') : m[1]!).replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  });
}

describe('choosing a format by its words', () => {
  it.each([
    ['a flyer for a French wine-and-cheese tasting in Renoir\'s style', 'flyer', 'flyer'],
    ['poster for a jazz night', 'flyer', 'poster'],
    ['invitation card for a garden party', 'flyer', 'invitation'],
    ['a menu for an Italian restaurant', 'flyer', 'menu'],
    ['before and after photo of a kitchen renovation', 'compare', 'before-and-after comparison'],
    ['cats vs dogs', 'compare', 'comparison'],
    ['on the left a red sports car, on the right a bicycle', 'compare', 'side-by-side comparison'],
    ['side-by-side comparison of a lion and a tiger', 'compare', 'side-by-side comparison'],
    ['a tweet from Einstein about time', 'post', 'tweet'],
    ['an Instagram post announcing a new bakery', 'post', 'Instagram post'],
    ['a LinkedIn post about hiring', 'post', 'LinkedIn post'],
    ['a slide deck in Swiss grid style about climate change', 'slide', 'slide deck'],
    ['a presentation slide showing quarterly results', 'slide', 'presentation slide'],
  ])('%s → %s (%s)', (prompt, kind, label) => {
    expect(format(prompt)).toMatchObject({ kind, label });
    expect(text(prompt)).toMatch(new RegExp(`^${label}: `));
  });

  it.each([
    ['a cat on the left of a dog', undefined],
    ['two cats sitting side by side', undefined],
    ['a kid on a slide in a playground', undefined],
    ['a presentation of sushi on a plate', undefined],
    ['a waiter handing a menu to a couple in a restaurant', undefined],
    ['a living room with a sofa on the left and a lamp on the right', undefined],
    ['Trendy coffee shop interior, warm cozy flat illustration, menu board overhead', undefined],
    ['a bird that tweets on a branch', undefined],
    ['a deck of cards', undefined],
    ['a night market, poster art', undefined],
    ['rock concert poster', 'poster'],
    ['a poster of a guitar', 'poster'],
    ['a flyer for a 30% sale on shoes', 'advertisement'],
    ['typographic poster for a jazz night', 'poster'],
    ['a restaurant menu app on a phone screen', 'screen mockup'],
    ['Instagram post for a coffee shop opening, warm colors', 'social media post'],
    ['Instagram post: 15% off all candles this weekend', 'social media post'],
  ])('%s is no format (mode: %s)', (prompt, label) => {
    const plan = planScene(prompt);
    expect(plan.mode?.format).toBeUndefined();
    expect(plan.mode?.label).toBe(label);
  });
});

describe('what each format draws, by its text', () => {
  it('sets an event flyer\'s name in its title band, its subject in the picture panel, details as lines', () => {
    const d = text('a flyer for a French wine-and-cheese tasting in Renoir\'s style');
    expect(d).toMatch(/^flyer: a page with a title band reading "French Wine-and-Cheese Tasting" under a small "JOIN US FOR", a picture panel showing a wine and a cheese/);
    expect(d).toContain('date, time, place as short words with grey placeholder lines');
    // Renoir is an impressionist: the oil style, not a word left undrawn.
    expect(d).toMatch(/oil painting style$/);
    expect(text('an invitation')).toMatch(/^invitation: a page with a title band reading "You're Invited", a picture panel showing party popper/);
    expect(text('a menu for an Italian restaurant')).toMatch(/^menu: a page with a title band reading "Menu" under a small "ITALIAN RESTAURANT".*a list of dishes \(spaghetti\)/);
  });

  it('keeps left and right as written, and names each half', () => {
    const d = text('on the left a red sports car, on the right a bicycle');
    expect(d).toMatch(/the left half labelled "RED SPORTS CAR" showing red sports car .*; the right half labelled "BICYCLE" showing bicycle/);
    expect(text('cats vs dogs')).toMatch(/a red "VS" badge on the divider; the left half labelled "CATS" showing three cats .*the right half labelled "DOGS"/);
    expect(text('On the left, a cat; on the right, a dog')).toMatch(/left half labelled "CAT" showing cat .*right half labelled "DOG" showing dog/);
    expect(text('a tiny mouse compared to an elephant')).toMatch(/left half labelled "TINY MOUSE" showing (?:tiny )?mouse .*right half labelled "ELEPHANT"/);
    expect(text('compare an iPhone and an Android phone')).toMatch(/^side-by-side comparison: .*"IPHONE".*"ANDROID PHONE"/);
    const ba = text('before and after photo of a kitchen renovation');
    expect(ba).toMatch(/"BEFORE" showing .*kitchen.*\(faded, grey and dusty\); the right half labelled "AFTER" showing .*kitchen.*\(bright and clean, with sparkles\)/);
    expect(ba).not.toMatch(/not drawn/);
  });

  it('gives a post its author, handle and a line from the prompt, and drops the format words\' emoji', () => {
    const d = text('a tweet from Einstein about time');
    expect(d).toMatch(/^tweet: a post card with an avatar with the initial "E", the name "Einstein" and the handle "@einstein", the post reading "Some thoughts on time\."/);
    expect(d).toContain('reply, repost, like and share icons');
    expect(d).not.toMatch(/bird/);
    expect(text('a LinkedIn post by Satya Nadella announcing a new AI model')).toMatch(/the name "Satya Nadella" and the handle "@satyanadella", the post reading "Announcing a new AI model!"/);
    expect(text('an Instagram post announcing a new bakery')).toMatch(/the post reading "Announcing a new bakery!", a large square picture of croissant/);
  });

  it('titles a slide by what it is about, with a chart for results, and lays a deck out in a grid', () => {
    expect(text('a presentation slide showing quarterly results')).toMatch(/^presentation slide: a 16:9 slide titled "Quarterly Results" .*a rising bar chart/);
    const deck = text('a slide deck in Swiss grid style about climate change');
    expect(deck).toMatch(/^slide deck: six 16:9 slides in a 3 by 2 grid, a title slide reading "Climate Change"/);
    expect(deck).toContain('Swiss grid');
    expect(deck).not.toMatch(/cheese|not drawn/);
  });
});

describe('quoted words on the page', () => {
  it.each([
    ['a flyer for a book fair titled "Read More, Worry Less"', 'Read More, Worry Less'],
    ['a tweet saying "Just landed on Mars! The view is incredible."', 'Just landed on Mars! The view is incredible.'],
    ['a presentation slide titled "Q3 Revenue & Growth" with a chart', 'Q3 Revenue & Growth'],
    ['an invitation to a wedding reading "Anna & Tom, June 12"', 'Anna & Tom, June 12'],
  ])('%s sets "%s" exactly', (prompt, quoted) => {
    const r = compose(prompt);
    expect(drawnTexts(r.svg)).toContain(quoted);
    expect(r.description).toContain(`"${quoted}"`);
  });
});

describe('the pictures', () => {
  it('fades the before half and keeps the after half bright, with a divider between', async () => {
    const W = 320, H = 240;
    const png = await rasterize(compose('before and after photo of a living room', W, H).svg, { width: W, height: H, pixelate: false });
    const sat = async (left: number) => {
      const [r, g, b] = await meanOf(png, left, H * 0.3, W * 0.4, H * 0.6);
      return Math.max(r!, g!, b!) - Math.min(r!, g!, b!);
    };
    expect(await sat(W * 0.55)).toBeGreaterThan((await sat(W * 0.05)) + 8);
    const { data } = await sharp(png).extract({ left: W / 2 - 1, top: 10, width: 2, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data.subarray(0, 3))).toBeGreaterThan(230);
  });

  it('prints a flyer\'s title band in its accent over the paper, its panel a picture', async () => {
    const W = 300, H = 400;
    const png = await rasterize(compose('poster for a summer barbecue party', W, H).svg, { width: W, height: H, pixelate: false });
    const mean = (top: number, height: number) => meanOf(png, W * 0.2, top, W * 0.6, height);
    const band = await mean(Math.round(H * 0.13), 6);
    const paper = await mean(Math.round(H * 0.935), 4);
    expect(Math.min(...paper)).toBeGreaterThan(200);
    expect(Math.min(...band)).toBeLessThan(150);
  });
});
