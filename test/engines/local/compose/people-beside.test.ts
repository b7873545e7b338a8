// People beside the main subject ("with a woman and a boy", a family's others) are whole figures,
// head on a body, standing on the ground: their emoji are faces, and alone they floated at head
// height. And "a family of four watching tv" is four people, not four televisions.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string) => composePicture({ plan: planScene(prompt), width: 1000, height: 700, seed: 0 });

describe('people beside the main subject', () => {
  it('are drawn standing, as tall figures, not as faces', () => {
    // (Watching tv, a family sits on a sofa: compose/watching-tv.test.ts.)
    for (const prompt of ['a family of four in a living room', 'a teacher with two children in a classroom', 'a man with a woman and a girl in a park']) {
      const { layout } = compose(prompt);
      const people = layout.filter((p) => p.role === 'prop' && /^(woman|boy|girl|child|children|man|person)$/.test(p.what));
      expect(people.length, prompt).toBeGreaterThan(0);
      for (const p of people) {
        // A face emoji is about square; a figure is at least half again as tall as it is wide.
        expect(p.box.h / p.box.w, `${prompt}: ${p.what}`).toBeGreaterThan(1.5);
        // It stands in the lower part of the picture, not floating at head height.
        expect(p.box.y + p.box.h, `${prompt}: ${p.what}`).toBeGreaterThan(700 * 0.6);
      }
    }
  });

  it('a group\'s size is not a count of the next thing', () => {
    const counts = (prompt: string) => Object.fromEntries(planScene(prompt).subjects.map((s) => [s.thing.key, s.count]));
    expect(counts('a family of four watching tv in a living room')).toMatchObject({ man: 1, woman: 1, boy: 1, girl: 1 });
    // The one television is the watching template's.
    expect(planScene('a family of four watching tv in a living room').interaction?.object?.key).toBe('television');
    expect(counts('a family of four with a tv in a living room')).toMatchObject({ man: 1, woman: 1, boy: 1, girl: 1, television: 1 });
    expect(counts('a family of five having a picnic with three sandwiches').sandwich).toBe(3);
    // A number followed by its noun still counts it, and "a family of ducks" is still four ducks.
    expect(counts('a team of 5 engineers around a table').technologist).toBe(5);
    expect(counts('a family of ducks on a pond').duck).toBe(4);
  });

  it('a chess game names only its two players; the crowd is said as people, never "a people"', () => {
    const chess = compose('two old men playing chess in a busy market, many people in the background');
    expect(chess.description).toMatch(/^two old men \(main\) playing chess across a chessboard/);
    // The five others are not drawn across the game table: either drawn around it or said not drawn.
    const crowd = chess.layout.filter((p) => p.what === 'people');
    if (!crowd.length) expect(chess.description).toContain('not drawn: people');
    for (const prompt of ['a crowd of people in a square', 'people shopping in a market', 'a man and five people at a bus stop']) {
      const { description } = compose(prompt);
      expect(description, prompt).not.toMatch(/\ba people\b|\bpeoples\b/);
    }
  });
});
