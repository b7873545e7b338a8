// A board game is its two players across a table, with its table and its word taken by the
// template; anyone else named (a dog that watches, a market's crowd) is drawn around them, further
// back if the players fill the front. "Centered on two men" is no shopping centre, and "while their
// dog watches" no wristwatch. (docs/local-engine.md, "Interactions")
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 1200, height = 896) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

describe('board games', () => {
  it('draws the game for games beyond chess, and never lists the game as not drawn', () => {
    for (const [prompt, game] of [['two kids playing checkers at a kitchen table', 'checkers'], ['two women playing backgammon in a bazaar', 'backgammon'],
      ['two old men playing mancala at a market', 'mancala'], ['a boy and a girl playing ludo on the floor', 'ludo']] as const) {
      const { description } = compose(prompt);
      expect(description, prompt).toContain(`playing ${game} across a`);
      expect(description, prompt).not.toMatch(new RegExp(`not drawn:[^)]*\\b${game}\\b`));
      // The table they play at is the template's: not held, not drawn twice.
      expect(description, prompt).not.toMatch(/holding a table|with a table/);
    }
  });

  it('seats both players on stools, and draws checkers and mancala boards of their own', () => {
    const svgs = ['two kids playing chess at a kitchen table', 'two kids playing checkers at a kitchen table', 'two kids playing mancala at a kitchen table']
      .map((p) => compose(p).svg);
    expect(new Set(svgs).size).toBe(3);
    expect(compose('two kids playing checkers at a kitchen table').description).toContain('across a checkerboard');
    expect(compose('two men playing mancala at a market').description).toContain('across a mancala board');
  });

    it('draws a creature that watches the game, and reads "watches" as what it does', () => {
    for (const prompt of ['a grandfather and his grandson playing chess in the park while their dog watches', 'two boys play checkers as their grandmother watches',
      'two friends playing cards in a cafe while a cat sleeps']) {
      const { description } = compose(prompt);
      expect(description, prompt).not.toMatch(/\bwatch\b|not drawn/);
      expect(description, prompt).toMatch(/with a (dog|grandmother|cat)\b/);
    }
    // A watch that is a thing is still one.
    expect(planScene('a man wearing two watches').subjects.map((s) => s.thing.key).join(' ')).not.toContain('dog');
  });

  it('draws the crowd named beside a game, at a market even when shops are named', () => {
    const market = 'two men playing dominoes centered in a busy market, many people in the background shopping, people in shops';
    const { description } = compose(market);
    expect(planScene(market).setting).toBe('market');
    expect(description).toMatch(/^two men \(main\) playing dominoes across a game table, with \w+ people/);
    expect(description).not.toMatch(/department store|not drawn:[^)]*people/);
    // A shopping centre named as a noun is still the department store.
    expect(planScene('a shopping center with a fountain').subjects[0].thing.key).toBe('department-store');
  });
});
