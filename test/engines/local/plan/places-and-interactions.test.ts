// The settings added for real prompts, reachable from their words and drawn by their own painters;
// interaction templates chosen by their verbs, drawing every named character.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { LAND_PAINTERS } from '../../../../src/engines/local/paint/backdrops/lands.js';
import { ROOM_PAINTERS } from '../../../../src/engines/local/paint/backdrops/rooms.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { SETTINGS } from '../../../../src/engines/local/read/lexicon-settings.js';

const compose = (prompt: string, width = 768, height = 512) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

describe('places from their words', () => {
  it.each([
    ['a greenhouse full of seedlings', 'greenhouse'], ['orchids in a glasshouse', 'greenhouse'], ['a cat in the conservatory', 'greenhouse'],
    ['a red rock canyon at sunset', 'canyon'], ['hikers in a deep gorge', 'canyon'], ['the grand canyon', 'canyon'],
    ['a lighthouse on a cliff by the sea', 'coast'], ['a lighthouse on a cliff above the sea', 'coast'], ['an oil painting of a lighthouse on a cliff above the ocean', 'coast'], ['a castle on a headland', 'coast'], ['waves crashing on a rocky coast', 'coast'],
    ['a dog on the beach', 'beach'], ['a crab on the sand of a tropical island', 'beach'],
    ['a couple at a fancy restaurant', 'restaurant'], ['a chef in a trattoria', 'restaurant'], ['dinner in a bistro', 'restaurant'],
    ['a busy farmers market', 'market'], ['a market with fruit stalls', 'market'], ['a spice bazaar', 'market'],
    ['a bakery storefront with a striped awning', 'storefront'], ['a cozy shop front at night', 'storefront'], ['a boutique on a corner', 'storefront'],
    ['a singer on a stage', 'stage'], ['a pianist in a concert hall', 'stage'],
    ['a football stadium at night', 'stadium'], ['a crowd in an arena', 'stadium'], ['a soccer pitch', 'stadium'],
  ])('"%s" is set %s', (prompt, setting) => {
    expect(planScene(prompt).setting).toBe(setting);
  });

  it('does not read "stock market", "market share" or "shop online" as places', () => {
    expect(planScene('a stock market chart').setting).not.toBe('market');
    expect(planScene('a banner about market share').setting).not.toBe('market');
    expect(planScene('a woman shop online with a laptop').setting).not.toBe('storefront');
  });

  it('gives every setting a painter, and each new one a picture of its own', () => {
    for (const s of SETTINGS) expect(ROOM_PAINTERS[s] ?? LAND_PAINTERS[s], s).toBeDefined();
    const svgs = ['greenhouse', 'a canyon', 'a sea cliff', 'a restaurant', 'a market', 'a storefront', 'a stadium', 'a garden', 'a desert', 'a cafe', 'a city street']
      .map((p) => compose(p).svg);
    expect(new Set(svgs).size).toBe(svgs.length);
  });

  it('keeps default props to their own setting: no chalkboard in a restaurant, no fence in a greenhouse', () => {
    expect(compose('a sea cliff').description).toContain('on a sea cliff above the waves');
    // The chalkboard's green and the garden's white picket fence.
    expect(compose('a cafe').svg).toContain('#2f4a3a');
    expect(compose('a restaurant').svg).not.toContain('#2f4a3a');
    expect(compose('a garden').svg).toContain('#f7f5ef');
    expect(compose('a greenhouse').svg).not.toContain('#f7f5ef');
  });
});

describe('interaction templates', () => {
  const acting = (prompt: string) => planScene(prompt).interaction;

  it.each([
    ['a grandfather teaching his grandson to play chess', 'board-game', ['grandfather', 'grandson']],
    ['two kids playing a board game', 'board-game', ['kid', 'kid']],
    ['a family having dinner around a table', 'group-table', ['man', 'woman', 'boy', 'girl']],
    ['two friends talking in a cafe', 'face', ['friend', 'friend']],
    ['a cat and a dog talking', 'face', ['cat', 'dog']],
    ['a dog surfing a big wave', 'surf', ['dog']],
    ['a woman watering tulips in a garden', 'water', ['woman']],
    ['a cat sleeping on a windowsill', 'rest-on', ['cat']],
    ['a puppy napping on a couch', 'rest-on', ['puppy']],
    ['a horse jumping over a fence', 'jump-over', ['horse']],
  ])('"%s" → %s with %j', (prompt, kind, figures) => {
    const i = acting(prompt);
    expect(i?.kind).toBe(kind);
    expect(i?.figures.map((f) => f.label)).toEqual(figures);
  });

  it('draws both people of a chess game facing across a chessboard, and says so', () => {
    const chess = compose('a grandfather teaching his grandson to play chess');
    expect(chess.description).toMatch(/^grandfather \(main\) and a grandson playing chess across a chessboard/);
    expect(chess.description).not.toContain('chess pawn');
    // Two heads on bodies and three pawns on the board, besides the meadow's trees and flowers
    // (fewer of those fit around the wider group: none may stand behind it).
    const alone = compose('a grandfather in a meadow');
    const drawnUses = (p: typeof alone) => (p.svg.match(/<use /g) ?? []).length - p.layout.filter((l) => l.role === 'decor').length;
    expect(drawnUses(chess)).toBeGreaterThanOrEqual(drawnUses(alone) + 3);
  });

  it('puts a surfer on the sea, a sleeping cat on the sill with z\'s, a jumper above its fence', () => {
    expect(planScene('a dog surfing').setting).toBe('ocean');
    // Curled up on the sill (paint/figures/curled.ts), and said so.
    expect(compose('a cat sleeping on a windowsill').description).toMatch(/^cat \(main\) curled up asleep on a windowsill/);
    expect(compose('a horse jumping over a fence').description).toMatch(/^horse \(main\) jumping over a fence/);
    expect(planScene('a horse jumping over a fence').unknown).not.toContain('fence');
  });

  it('gathers every member of a group at the table', () => {
    const { description } = compose('a family having dinner around a table');
    expect(description).toMatch(/^man \(main\) and a woman, a boy and a girl gathered around a table with plates/);
    expect(description).not.toMatch(/fork and knife/);
  });

  it('leaves prompts with no interaction to the usual layout', () => {
    expect(acting('a red fox in a forest')).toBeUndefined();
    expect(acting('a man holding an umbrella')).toBeUndefined();
  });
});

describe('a team of named people', () => {
  it('a creative team of professionals brainstorming is the people at a table, not the hugging emoji', () => {
    const plan = planScene('creative team brainstorming in a studio, diverse professionals collaborating');
    expect(plan.interaction?.kind).toBe('group-table');
    expect(plan.subjects.some((s) => s.thing.key === 'people-hugging')).toBe(false);
    expect(plan.subjects[0]?.role).toBe('main');
    expect(plan.subjects[0]?.thing.animate).toBe(true);
  });
});

describe('groups, props that hold things, and boats', () => {
  it('a family with no template is its people standing together; a couple dancing faces each other', () => {
    expect(planScene('a family in a park').subjects.map((s) => s.thing.icon)).toEqual(['man', 'woman', 'boy', 'girl']);
    const couple = planScene('a couple dancing');
    expect(couple.interaction?.kind).toBe('face');
    expect(couple.interaction?.figures.map((f) => f.thing.icon)).toEqual(['man', 'woman']);
  });

  it('what a prop holds stands beside it, and a figure in a boat is on the water', () => {
    const plan = planScene('a man walking his dog in the rain with an umbrella');
    expect(plan.subjects.map((s) => s.thing.icon)).toContain('umbrella');
    expect(planScene('an old fisherman in a yellow raincoat on a boat').setting).toBe('lake');
  });
});
