// What marketing and product prompts ask for by their own words: a sale's percentage on a tag, the
// things on sale (a style word said in the plural is the things), a mascot that is a creature, a
// logo of a letter, the app a banner's phone shows, the products a shot lists
// (docs/local-engine-modes.md, "What a mode picture is about").
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const describeOf = (prompt: string, width = 640, height = 360) => composePicture({ plan: planScene(prompt), width, height, seed: 0 }).description;

describe('sales', () => {
  it.each([
    ['a flyer for a 30% sale on shoes', 'a shoe', '30%'],
    ['Instagram post: 15% off all candles this weekend', 'a candle', '15%'],
    ['banner, save 40 percent on headphones', 'headphones', '40%'],
  ])('%s → %s with a sale tag', (prompt, hero, pct) => {
    const d = describeOf(prompt);
    expect(d).toMatch(new RegExp(`^[a-z ]+: ${hero} \\(hero, centred\\)`));
    expect(d).toContain(`a sale tag reading "${pct} OFF"`);
    expect(d).not.toMatch(/not drawn:[^)]*\b(percent|off)\b/);
  });

  it('makes the tag the hero when nothing else is on sale', () => {
    expect(describeOf('a poster for a 50% off summer sale')).toMatch(/^poster: a sale tag reading "50% OFF" \(hero, centred\)/);
  });

  it('reads a plural style word as the things: pencils are pencils, a pencil sketch is the style', () => {
    expect(planScene('a sale on crayons and pencils').subjects.map((s) => s.thing.key)).toContain('pencil');
    expect(planScene('three pencils on a desk').style).not.toBe('sketch');
    expect(planScene('a pencil sketch of a cat').style).toBe('sketch');
  });
});

describe('mascots, letters and audiences', () => {
  it.each([
    ['mascot: a cheerful fox', 'fox'],
    ['a cute owl mascot for a school, logo', 'owl'],
    ['design a mascot logo of a penguin for a hockey team', 'penguin'],
  ])('%s → the %s is the mascot, with no person in costume', (prompt, creature) => {
    const plan = planScene(prompt);
    expect(plan.subjects[0]).toMatchObject({ role: 'main', thing: { key: creature } });
    expect(plan.subjects.some((s) => s.label === 'mascot')).toBe(false);
  });

  it('keeps a mascot that names no creature as the drawn character', () => {
    expect(planScene('a mascot for a tech company').subjects[0]?.label).toBe('mascot');
  });

  it.each([
    ['logo with the letter K', 'K'],
    ['A minimal logo of the letter "M", navy on a white background', 'M'],
    ["a monogram logo of the initials 'AJ'", 'AJ'],
  ])('%s → a badge with the letter %s, no envelope and no caption', (prompt, letter) => {
    const d = describeOf(prompt);
    expect(d).toMatch(new RegExp(`^logo: a logo badge with the ([a-z]+ )?letters? ${letter}( with speed lines)? in it \\(hero, centred\\)`));
    expect(d).not.toMatch(/envelope|letter \(main\)|reading/);
  });

  it('draws speed lines for a letter logo about motion, and a letter that is mail stays mail', () => {
    expect(describeOf('a fast logo of the letter Z, dynamic')).toContain('the letter Z with speed lines');
    expect(describeOf('A logo featuring the letter A in gold')).toMatch(/^logo: a logo badge with the gold letter A in it/);
    expect(describeOf('monogram logo "JD", black on a white background')).toMatch(/^logo: a logo badge with the black letters JD in it .*plain white backdrop/);
    expect(describeOf('a logo of the letter "R" made of flowing lines suggesting motion')).not.toMatch(/not drawn:[^)]*(lines|motion)/);
    expect(planScene('a letter to grandma on a desk').subjects[0]?.thing.key).toBe('envelope');
  });

  it.each([
    ['an ad for a red backpack designed for busy students', 'backpack'],
    ['Instagram ad for a white sneaker made for young women, city rooftop', 'running-shoe'],
  ])('%s → the product is the hero, the audience beside it', (prompt, key) => {
    expect(planScene(prompt).subjects[0]).toMatchObject({ role: 'main', thing: { key } });
  });
});

describe('a poster before a city', () => {
  it('stands the hero before the skyline a rooftop or cityscape names', () => {
    expect(describeOf('a poster of a sneaker on a city rooftop at golden hour')).toMatch(/^poster: a running shoe \(hero, centred\).* on a city skyline,/);
    expect(describeOf('an ad for headphones, cityscape at night')).toContain('on a city skyline');
  });
});

describe('apps and dishes a banner is for', () => {
  it.each([
    ['an Instagram ad for a food delivery app', /a phone showing a food menu with dishes and prices/],
    ['a banner for a fitness app with a phone', /a phone showing a fitness app/],
  ])('%s → the phone shows the app', (prompt, shows) => {
    expect(describeOf(prompt)).toMatch(shows);
  });

  it('draws a spread of dishes for food to order, one salad for healthy eating', () => {
    const d = describeOf('a flyer for a takeaway restaurant with many dishes');
    expect(d).toMatch(/a pizza/);
    expect(d).toMatch(/a hamburger/);
    expect(d).toMatch(/sushi/);
    expect(describeOf('Design a graphic for a social post on healthy eating')).not.toMatch(/hamburger|pizza/);
  });
});

describe('electronics', () => {
  it.each([
    'a hero banner with electronic components and hardware tools',
    'a banner for an electronics store',
    'flyer for a shop selling electronic parts',
  ])('%s → a microchip with a battery and a plug', (prompt) => {
    const d = describeOf(prompt);
    expect(d).toMatch(/: a microchip \(hero, centred\)/);
    expect(d).toMatch(/a battery and an electric plug around it/);
    expect(d).not.toMatch(/not drawn:[^)]*components/);
  });
});

describe('product assortments and cakes', () => {
  it('lays five or more products out together, each named', () => {
    const d = describeOf('Product photo of breakfast groceries: milk cartons, yogurt cups, croissants, eggs and cheese on a white background', 512, 512);
    expect(d).toMatch(/^product shot: a milk carton \(the product, centred, in an assortment of products\)/);
    for (const item of ['yogurt cup', 'croissant', 'egg', 'cheese']) expect(d).toContain(item);
  });

  it('keeps one product with two things beside it as before', () => {
    expect(describeOf('Holiday gift set with perfume and candle, festive product photography', 512, 512)).toMatch(/\(the product, centred\), with a perfume bottle and a candle beside it/);
  });

  it.each([
    ['a black forest cake, food photography', 'black forest gateau'],
    ['product shot of a chocolate cake on a stand', 'chocolate layer cake'],
    ['a three-tier gateau at a wedding', 'layer cake'],
  ])('%s → a whole %s, not the slice', (prompt, label) => {
    const main = planScene(prompt).subjects[0];
    expect(main).toMatchObject({ label, thing: { key: 'proc:layer-cake' } });
    expect(planScene(prompt).unknown).not.toContain('gateau');
  });

  it('keeps "a slice of cake" the slice', () => {
    expect(planScene('a slice of cake').subjects[0]?.thing.key).toBe('shortcake');
  });
});

describe('typographic and vintage posters', () => {
  it.each([
    'A retro poster with bold typography',
    'typographic poster for a jazz night',
    'a flyer with big chunky lettering, distressed print',
  ])('%s → a type specimen as the hero, not abstract shapes', (prompt) => {
    expect(describeOf(prompt)).toMatch(/^[a-z ]+: bold letterforms "Aa" between ruled lines, a type specimen \(hero, centred\)/);
  });

  it('prints a vintage poster on cream and tan, and leaves screens\' type on their page', () => {
    expect(describeOf('a vintage poster of a bicycle')).toMatch(/^poster: a bicycle .*on a cream and tan gradient/);
    expect(describeOf('a website landing page with clean typography')).not.toContain('type specimen');
  });

  it('lists distressed textures as drawn', () => {
    expect(describeOf('A vintage-inspired poster, with bold typography and distressed textures')).not.toMatch(/not drawn:[^)]*(textures|distressed)/);
  });
});

describe('a table seen from above', () => {
  it.each([
    ['a banner with a wooden table of sushi, pizza and soup, overhead view', ['sushi', 'pizza', 'soup']],
    ['flat lay of a breakfast with coffee, croissants and orange juice', ['cup of coffee', 'croissants', 'orange juice']],
    ['top view of a table full of dishes', ['green salad', 'spaghetti']],
  ])('%s → the table top with the dishes on it', (prompt, dishes) => {
    const d = describeOf(prompt);
    expect(d).toMatch(/: a wooden table seen from above, with .* on it \(/);
    for (const dish of dishes) expect(d).toContain(dish);
  });

  it('reads dishes by their cuisine, not as live animals', () => {
    expect(planScene('Indian butter chicken').subjects[0]?.thing.key).toBe('curry-rice');
    expect(planScene('a bowl of tom yum soup').subjects[0]?.thing.key).toBe('steaming-bowl');
  });

  it('keeps a table seen from the side without view words, and a top-view bowl on its table in a scene', () => {
    expect(describeOf('a banner with a wooden table, sushi and pizza')).not.toContain('seen from above');
    expect(planScene('a bowl of ramen on a wooden table, top view').mode).toBeUndefined();
  });
});

describe('flat lays of things', () => {
  it('lays out the things a flat lay names, not only what belongs on tables', () => {
    const d = describeOf('flat lay of makeup products: lipstick, perfume and nail polish');
    expect(d).toMatch(/^flat lay: a wooden table seen from above, with a lipstick, a perfume bottle and a nail polish bottle on it/);
  });

  it('says "sale" is drawn when its tag is', () => {
    expect(describeOf('Black Friday sale banner, 70% off everything')).not.toMatch(/not drawn:[^)]*sale/);
  });
});
