// Marketing and print prompts (docs/local-engine-modes.md, "Covers", "Abstract tech backgrounds",
// "T-shirt designs", "What a mode picture is about"): covers drawn as covers with their title area,
// capitals named as a masthead or headline written, symbols inside logos drawn as the symbol, tech
// backgrounds drawn as lines and glow, a themed T-shirt showing its theme, and the banner formats
// (stories, email headers, roll-up banners) read as banners.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { COLOR_WORDS } from '../../../../src/engines/local/read/lexicon-scene.js';

const compose = (prompt: string, width = 600, height = 800) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const keys = (prompt: string) => planScene(prompt).subjects.map((s) => s.thing.key);

function drawnTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => {
    const spans = [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((s) => s[1]!);
    return (spans.length ? spans.join(' ') : m[1]!).replace(/&amp;/g, '&');
  });
}

const MAGAZINE = 'A 1980s art-and-architecture magazine cover, ATTENTION as an ultra-bold masthead in black on bone, IS ALL YOU NEED in a thin serif beneath, volume and issue numbers at the bottom';

describe('covers are drawn as covers', () => {
  it('a magazine cover writes its capitals masthead and line, on bone paper, with volume and issue labels', () => {
    const plan = planScene(MAGAZINE);
    expect(plan.mode?.format?.kind).toBe('cover');
    expect(plan.mode?.format?.cover?.cover).toBe('magazine');
    expect(plan.texts.map((t) => t.text)).toEqual(['ATTENTION', 'IS ALL YOU NEED']);
    // "bone" is the paper, "volume" no loudspeaker, "numbers" no number keys.
    expect(keys(MAGAZINE).filter((k) => /bone|loudspeaker|speaker|input-numbers/.test(k))).toEqual([]);
    const out = compose(MAGAZINE);
    const words = drawnTexts(out.svg);
    expect(words).toContain('ATTENTION');
    expect(words).toContain('IS ALL YOU NEED');
    expect(words).toEqual(expect.arrayContaining(['VOL.', 'NO.']));
    expect(out.description).toMatch(/^magazine cover: .*the masthead "ATTENTION".*"IS ALL YOU NEED" in thin type beneath.*volume and issue/);
    expect(out.description).not.toMatch(/bone|loudspeaker|numbers/);
  });

  it('book covers of several genres show the picture, a genre line and a title area, never a book', () => {
    for (const [prompt, genre] of [['moody fantasy book cover with a dragon over a castle', 'A FANTASY NOVEL'], ['a thriller novel cover with a lone figure in the rain', 'A THRILLER NOVEL'],
      ['horror book cover with a haunted house', 'A HORROR NOVEL'], ['a science fiction book cover with a spaceship', 'A SCIENCE FICTION NOVEL']] as const) {
      const plan = planScene(prompt);
      expect(plan.mode?.format?.label, prompt).toBe('book cover');
      expect(keys(prompt).some((k) => /book/.test(k)), prompt).toBe(false);
      const out = compose(prompt);
      expect(drawnTexts(out.svg), prompt).toContain(genre);
      expect(out.description, prompt).toMatch(/^book cover: .*a title area with placeholder bars \(no title given\)/);
    }
    // A moody genre darkens its picture and takes a fitting place (a lone figure on a night street, not a meadow).
    expect(compose('a thriller novel cover with a lone figure in the rain').description).toMatch(/person.*city street.*night.*darkened/);
  });

  it('a cover that names nothing to show draws its genre picture; a given title is written', () => {
    const fantasy = planScene('a fantasy book cover');
    expect(fantasy.mode?.panels?.[0]?.subjects.map((s) => s.thing.key)).toContain('dragon');
    const titled = compose('a mystery novel cover titled THE LAST KEY');
    expect(drawnTexts(titled.svg)).toContain('THE LAST KEY');
    expect(titled.description).toContain('the title "THE LAST KEY"');
  });

  it('a light masthead is set over a full-bleed picture; a cookbook is a cover; a music app keeps its screen', () => {
    expect(compose('travel magazine cover, the headline WANDER in white, mountains at sunrise').description).toMatch(/^magazine cover: .*filling the cover, the masthead "WANDER" across the top over the picture/);
    expect(planScene('cookbook cover with pasta and tomatoes').mode?.format?.label).toBe('book cover');
    expect(planScene('a music player app showing album art of a sunset').mode?.format?.kind).not.toBe('cover');
  });

  it('album covers and movie posters are their formats', () => {
    expect(compose('album cover for a synthwave band, a sunset over a grid', 600, 600).description).toMatch(/^album cover: a square sleeve/);
    const movie = compose('movie poster for a space adventure with an astronaut');
    expect(movie.description).toMatch(/^movie poster: astronaut.*billing block/);
  });
});

describe('capitals named as words to write', () => {
  it('a headline in capitals is set on a banner, and names no things', () => {
    const plan = planScene('Black Friday sale banner with the headline BIG SALE, black and gold');
    expect(plan.mode?.kind).toBe('banner');
    expect(compose('Black Friday sale banner with the headline BIG SALE, black and gold', 1200, 600).description).toContain('headline reading "BIG SALE"');
  });

  it('acronyms and capitals not named as words stay unwritten', () => {
    expect(planScene('a T-shirt design with an AI theme').texts).toEqual([]);
    expect(planScene('a USA flag waving over a NYC street').texts).toEqual([]);
  });
});

describe('symbols inside logos', () => {
  it('a dollar sign, a euro symbol and an ampersand are the mark, not a signboard or banknote', () => {
    for (const [prompt, symbol] of [['a logo containing a dollar sign for a finance startup', '$'], ['logo with a euro symbol, blue', '€'], ['minimal logo with an ampersand for a design studio', '&']] as const) {
      const plan = planScene(prompt);
      expect(plan.mode?.letter, prompt).toBe(symbol);
      expect(plan.subjects.some((s) => s.thing.key === 'proc:sign' || s.label === 'sign'), prompt).toBe(false);
      const out = compose(prompt, 600, 600);
      expect(drawnTexts(out.svg), prompt).toContain(symbol);
      expect(out.description, prompt).toMatch(new RegExp(`symbol \\${symbol}`));
    }
  });
});

describe('abstract tech backgrounds', () => {
  it('nodes and data streams are drawn as glowing lines in the asked colours, never a bar chart', () => {
    const prompt = 'abstract digital landscape of interconnected nodes and flowing data streams, dark navy, glowing teal lines';
    const plan = planScene(prompt);
    expect(plan.mode?.label).toBe('tech background');
    const out = compose(prompt, 960, 540);
    expect(out.description).toMatch(/^tech background: an abstract tech background: a mesh of glowing nodes joined by lines, flowing streams/);
    expect(out.description).not.toMatch(/chart|mountains|not drawn/);
    expect(out.svg.toLowerCase()).toContain(COLOR_WORDS.teal!.toLowerCase());
  });

  it('circuits and particles are their own kinds', () => {
    expect(compose('abstract tech background with circuit traces, glowing blue', 960, 540).description).toContain('circuit traces ending in round pads');
    expect(compose('abstract background of glowing particles, purple and pink', 960, 540).description).toContain('glowing particles');
    // A creature keeps its picture.
    expect(planScene('a fox in an abstract digital background of nodes').mode?.label).not.toBe('tech background');
  });
});

describe('themed T-shirts and banner formats', () => {
  it('a themed T-shirt prints its theme', () => {
    expect(compose('a T-shirt design with an AI theme', 600, 600).description).toMatch(/printed with a brain with a microchip/);
    expect(compose('t-shirt design with a space theme', 600, 600).description).toMatch(/printed with a ringed planet/);
  });

  it('stories, email headers, roll-up banners and LinkedIn banners are banners with fitting heroes', () => {
    expect(planScene('Instagram story for a gym, bold colors').mode?.kind).toBe('banner');
    expect(planScene('email header for a spring sale with flowers').mode?.kind).toBe('banner');
    const rollup = planScene('a roll-up banner stand for a dental clinic');
    expect(rollup.mode?.kind).toBe('banner');
    expect(rollup.subjects.some((s) => /tent/.test(s.thing.key))).toBe(false);
    expect(compose('LinkedIn banner for a business consultant', 1200, 400).description).toMatch(/briefcase/);
    expect(compose('Instagram story for a gym, bold colors', 450, 800).description).not.toMatch(/not drawn: .*(instagram|story)/);
    // An event flyer's "event" is no ticket.
    expect(keys('event flyer for a jazz night at a club')).not.toContain('ticket');
  });
});
