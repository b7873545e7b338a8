// Marketing and page formats on real prompts (issue 16): covers keep their subject below the title,
// flat and single-colour asks get a plain backdrop, named colours and values are used, icons and
// `text` stay honest.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const mainTop = (prompt: string, headroom: number | undefined, W = 512, H = 768) => {
  const plan = { ...planScene(prompt), headroom };
  const main = composePicture({ plan, width: W, height: H, seed: 1 }).layout.find((p) => p.role === 'main')!;
  return main.box.y / H;
};

describe('local engine: covers keep the subject below the title area', () => {
  it.each(['a dragon in a meadow', 'an astronaut on mars', 'an eagle over mountains', 'a wizard in a forest', 'a giant robot in a city'])('%s stands below the headroom', (prompt) => {
    expect(mainTop(prompt, 0.32)).toBeGreaterThanOrEqual(0.31);
  });
  it('without headroom a flying dragon rises into the top third', () => {
    expect(mainTop('a dragon in a meadow', undefined)).toBeLessThan(0.31);
  });
});

const said = (prompt: string, W = 512, H = 512) => composePicture({ plan: planScene(prompt), width: W, height: H, seed: 1 }).description;

describe('local engine: flat and single-colour asks get a plain backdrop', () => {
  it.each([
    'logo for a coffee shop, flat, no gradients, single color',
    'banner for a bakery, flat, no shadow, no gradients',
    'minimal logo of a fox, one color',
    'banner for a tech conference, no gradients',
  ])('%s', (prompt) => {
    expect(planScene(prompt).mode?.flat).toBe(true);
    const text = said(prompt);
    expect(text).toContain('on a plain');
    expect(text).not.toContain('gradient with a glow');
  });
  it('a named colour is the plain backdrop', () => {
    expect(said('flat design banner for a yoga studio on a solid teal background', 768, 432)).toContain('on a plain teal backdrop');
  });
  it('an ordinary logo keeps its gradient', () => {
    expect(planScene('logo for a bike shop').mode?.flat).toBeUndefined();
    expect(said('logo for a bike shop')).toContain('gradient with a glow');
  });
  it('a flat logo has no vignette or poster frame: its corners are its paper', () => {
    const svg = composePicture({ plan: planScene('logo for a coffee shop, flat, no gradients'), width: 256, height: 256, seed: 1 }).svg;
    expect(svg).not.toMatch(/#f6efe0/i);
    expect(svg).not.toMatch(/#1a1426/i);
  });
});

describe('local engine: the colour named for written words colours the words', () => {
  it.each([
    ['poster with the headline SUMMER FEST in bold yellow', 'SUMMER FEST', 'yellow'],
    ['a poster reading "JAZZ NIGHT" in red letters', 'JAZZ NIGHT', 'red'],
    ['a shop sign that says "OPEN" in green', 'OPEN', 'green'],
    ['a poster with the title BIG SALE in white', 'BIG SALE', 'white'],
    ['a banner with the words GRAND OPENING in gold', 'GRAND OPENING', 'gold'],
  ])('%s', (prompt, words, color) => {
    const plan = planScene(prompt);
    const t = plan.texts.find((x) => x.text === words)!;
    expect(t.color).toBeDefined();
    // The colour is the words', not the picture's palette.
    expect(plan.palette ?? []).toHaveLength(0);
    const r = composePicture({ plan, width: 512, height: 768, seed: 1 });
    expect(r.description).toContain(`reading "${words}" in ${color}`);
    expect(r.svg.toLowerCase()).toContain(`fill="${t.color!.toLowerCase()}"`);
  });
  it('yellow words on a poster get a dark sheet to stand on', () => {
    const svg = composePicture({ plan: planScene('poster with the headline SUMMER FEST in bold yellow'), width: 512, height: 768, seed: 1 }).svg;
    expect(svg).not.toMatch(/#fbf6e9/i);
  });
});

describe('local engine: number cards show the figures the prompt names', () => {
  const widgets = (prompt: string) => planScene(prompt).mode?.widgets ?? [];
  const card = (prompt: string, label: string) => widgets(prompt).find((w) => w.label === label)?.value;
  it.each([
    ['dashboard with revenue of $2M and 1,204 users', 'revenue', '$2M'],
    ['dashboard with revenue of $2M and 1,204 users', 'users', '1,204'],
    ['analytics dashboard showing 12% churn and a bar chart', 'churn', '12%'],
    ['analytics dashboard with 3.5K orders', 'orders', '3.5K'],
    ['sales dashboard: revenue: $1.2 million, profit $300K', 'revenue', '$1.2M'],
    ['sales dashboard: revenue: $1.2 million, profit $300K', 'profit', '$300K'],
    ['fitness app showing 540 calories and heart rate 88 bpm', 'calories', '540 kcal'],
    ['fitness app showing 540 calories and heart rate 88 bpm', 'heart rate', '88 bpm'],
  ])('%s: the %s card reads %s', (prompt, label, value) => {
    expect(card(prompt, label)).toBe(value);
  });
  it('with no figure given the card keeps its placeholder, and a year is no figure', () => {
    expect(card('admin dashboard with monthly revenue and a line chart', 'revenue')).toBe('$48.2K');
    expect(card('dashboard of 2024 revenue', 'revenue')).toBe('$48.2K');
  });
  it('a table of top products is titled so, and text says it', () => {
    const prompt = 'dashboard with revenue of $2M and 1,204 users and a table of top products';
    expect(widgets(prompt).find((w) => w.kind === 'table')?.label).toBe('top products');
    const text = said(prompt, 768, 432);
    expect(text).toContain('a table of top products');
    expect(text).toContain('a revenue card reading "$2M"');
    expect(text).toContain('a users card reading "1,204"');
  });
});

describe('local engine: icons keep to their topic and their plain paper', () => {
  const GENERIC = ['gear', 'bell', 'house', 'magnifying glass', 'person', 'envelope', 'star'];
  const icons = (prompt: string) => planScene(prompt).mode?.iconSet?.items.map((t) => t.label) ?? [];
  it.each(['a set of 9 icons for a coffee shop', 'a set of 12 flat icons for a weather app', 'icon pack of 6 icons for a pet store', 'a set of 8 line icons for a medical clinic', 'a set of 9 icons for a travel agency'])('%s: no generic interface icons pad the set', (prompt) => {
    const got = icons(prompt);
    expect(got.length).toBeGreaterThanOrEqual(4);
    for (const g of GENERIC) expect(got).not.toContain(g);
  });
  it('a coffee shop\'s set is coffee and pastries, not shopping', () => {
    const got = icons('a set of 9 icons for a coffee shop');
    expect(got).toContain('cup of coffee');
    expect(got).not.toContain('shopping cart');
  });
  it('a set of interface icons still gets interface icons', () => {
    expect(icons('set of 4 icons: home, search, settings, profile')).toEqual(['house', 'magnifying glass', 'gear', 'person']);
  });
  it.each(['a rocket icon, flat poster style', 'a minimal flat icon of a fox in poster style'])('%s: an icon, with no poster frame', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.mode?.label).toBe('icon');
    const svg = composePicture({ plan, width: 256, height: 256, seed: 1 }).svg;
    expect(svg).not.toMatch(/#f6efe0/i);
  });
});

describe('local engine: format and market words are not "not drawn", a paper plane is no airliner', () => {
  const notDrawn = (prompt: string) => planScene(prompt).unknown;
  it.each([
    ['landing page for a high-end e-commerce startup', ['end', 'high', 'startup', 'commerce', 'e-commerce']],
    ['an ecommerce website for a premium brand', ['ecommerce', 'premium', 'brand']],
    ['app icon for a fitness app with the text "FIT"', ['fitness']],
  ])('%s', (prompt, words) => {
    for (const w of words) expect(notDrawn(prompt)).not.toContain(w);
  });
  it.each(['a paper airplane flying', 'a boy throwing a paper plane', 'two paper planes over a desk'])('%s: no airliner, and text says the paper plane is not drawn', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('airplane');
    expect(plan.unknown.some((w) => /^paper planes?$/.test(w))).toBe(true);
  });
  it('an airplane painted on paper is still an airplane', () => {
    expect(planScene('a watercolor on paper of an airplane').subjects.map((s) => s.thing.key)).toContain('airplane');
  });
  it('an app icon of a plural picture takes no article', () => {
    for (const prompt of ['app icon of cherries', 'app icon showing footprints', 'app icon of chopsticks']) {
      const text = said(prompt);
      expect(text).toMatch(/showing (?:cherries|footprints|chopsticks) /);
    }
  });
});

describe('local engine: an email header\'s hero is what it names, not an envelope', () => {
  it.each([
    ['email header with roses and tulips for a spring sale', 'rose'],
    ['email banner for a bakery with croissants', 'croissant'],
    ['newsletter header with sunflowers', 'sunflower'],
    ['email header with a cat and a ball of yarn', 'cat'],
  ])('%s: the %s is the hero', (prompt, key) => {
    const plan = planScene(prompt);
    expect(plan.subjects.find((s) => s.role === 'main')?.thing.key).toBe(key);
    expect(plan.subjects.map((s) => s.thing.key)).not.toContain('envelope');
    expect(said(prompt, 768, 512)).not.toContain('envelope');
  });
  it('an email header naming nothing else, or an envelope itself, keeps the envelope', () => {
    expect(planScene('email header for a spring sale').subjects[0]?.thing.key).toBe('envelope');
    expect(planScene('email header with an envelope and hearts').subjects.map((s) => s.thing.key)).toContain('envelope');
  });
});
