// The held-out prompt sets (scripts/gallery-prompts/) are measurements only if each came from
// sources no earlier set used, with at most three prompts from one source (docs/local-engine.md,
// "Real prompts: tuning and held-out").
import { describe, expect, it } from 'vitest';
import { FRESH_REAL_PROMPTS } from '../../scripts/gallery-prompts/held-out-2.js';
import { HELD_OUT_3_PROMPTS } from '../../scripts/gallery-prompts/held-out-3.js';
import { HELD_OUT_4_PROMPTS } from '../../scripts/gallery-prompts/held-out-4.js';
import { HELD_OUT_5_PROMPTS } from '../../scripts/gallery-prompts/held-out-5.js';
import { HELD_OUT_6_PROMPTS } from '../../scripts/gallery-prompts/held-out-6.js';
import { HELD_OUT_7_PROMPTS } from '../../scripts/gallery-prompts/held-out-7.js';
import { HELD_OUT_8_PROMPTS } from '../../scripts/gallery-prompts/held-out-8.js';
import { HELD_OUT_9_PROMPTS } from '../../scripts/gallery-prompts/held-out-9.js';
import { REAL_PROMPTS, type RealPrompt } from '../../scripts/gallery-prompts/real-prompts.js';

const SETS: [string, RealPrompt[]][] = [
  ['real-prompts', REAL_PROMPTS], ['held-out-2', FRESH_REAL_PROMPTS], ['held-out-3', HELD_OUT_3_PROMPTS],
  ['held-out-4', HELD_OUT_4_PROMPTS], ['held-out-5', HELD_OUT_5_PROMPTS], ['held-out-6', HELD_OUT_6_PROMPTS],
  ['held-out-7', HELD_OUT_7_PROMPTS], ['held-out-8', HELD_OUT_8_PROMPTS], ['held-out-9', HELD_OUT_9_PROMPTS],
];

describe('gallery prompt sets', () => {
  it('share no source between two sets', () => {
    const firstSet = new Map<string, string>();
    const shared: string[] = [];
    for (const [name, prompts] of SETS) {
      for (const source of new Set(prompts.map((p) => p.source))) {
        const earlier = firstSet.get(source);
        if (earlier && earlier !== name) shared.push(`${source}: ${earlier} and ${name}`);
        else firstSet.set(source, name);
      }
    }
    expect(shared).toEqual([]);
  });

  it('take at most three prompts from one source in a held-out set, each named and non-empty', () => {
    for (const [name, prompts] of SETS.slice(1)) {
      const perSource = new Map<string, number>();
      for (const p of prompts) perSource.set(p.source, (perSource.get(p.source) ?? 0) + 1);
      const over = [...perSource].filter(([, n]) => n > 3).map(([s]) => s);
      expect(over, name).toEqual([]);
      expect(prompts.every((p) => p.source.trim().length > 0 && p.prompt.trim().length > 0), name).toBe(true);
    }
  });

  it('hold 48 prompts in the ninth set: 10 marketing, 8 product, 8 portrait, 6 UI, 10 scenes, 6 styles', () => {
    const counts: Record<string, number> = {};
    for (const p of HELD_OUT_9_PROMPTS) counts[p.category] = (counts[p.category] ?? 0) + 1;
    expect(counts).toEqual({ marketing: 10, product: 8, portrait: 8, ui: 6, scene: 10, style: 6 });
  });
});
