// "Full English breakfast, sunny-side up eggs, sautéed mushrooms, grilled tomatoes, baked beans,
// golden toast": a cooked breakfast is one plate with every food it names on it, each drawn as
// itself (compose/modes/breakfast-plate.ts). Pure words → plan data.

export type BreakfastItem = 'egg' | 'bacon' | 'sausage' | 'mushrooms' | 'tomato' | 'beans' | 'toast' | 'hash brown';

const ITEMS: [BreakfastItem, RegExp][] = [
  ['egg', /\b(eggs?|sunny[- ]side[- ]up|over[- ]easy|yolks?)\b/],
  ['bacon', /\b(bacon|rashers?)\b/],
  ['sausage', /\b(sausages?|bangers?)\b/],
  ['mushrooms', /\b(mushrooms?)\b/],
  ['tomato', /\b(tomato(?:es)?)\b/],
  ['beans', /\b(baked beans|beans)\b/],
  ['toast', /\b(toast|toasted bread|fried bread|bread)\b/],
  ['hash brown', /\b(hash ?browns?)\b/],
];

const PLATE = /\b(full english|english breakfast|irish breakfast|scottish breakfast|fry[- ]up|full breakfast|cooked breakfast|breakfast plate|big breakfast)\b/;

/** The foods of a cooked breakfast plate the prompt names (the classic plate when it names none), or undefined. */
export function breakfastPlate(lower: string): { items: BreakfastItem[]; words: string[] } | undefined {
  const named = ITEMS.filter(([, re]) => re.test(lower));
  if (!PLATE.test(lower) && !(named.length >= 3 && /\bbreakfast\b/.test(lower))) return undefined;
  const items = named.length >= 2 ? named.map(([k]) => k) : (['egg', 'bacon', 'sausage', 'mushrooms', 'tomato', 'beans', 'toast'] as BreakfastItem[]);
  const words = [...named.flatMap(([, re]) => (re.exec(lower)?.[0] ?? '').split(/[ -]/)), 'full', 'english', 'breakfast', 'sauteed', 'sautéed', 'grilled', 'fried',
    'runny', 'yolk', 'artisan', 'golden', 'sunny', 'side', 'up', 'plate', 'rustic', 'wooden', 'table', 'steam', 'rising', 'served'];
  return { items, words };
}
