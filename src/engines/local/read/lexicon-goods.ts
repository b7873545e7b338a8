// Goods people put in product shots that no emoji shows right (docs/local-engine-modes.md,
// "Product vocabulary"): earbuds are no headphones, an espresso machine no cup of coffee, a
// blender no plain box. Drawn in paint/props/goods/; the words that choose each picture.

/** Procedural goods pictures (paint/props/goods/). */
export const GOODS_PROCS = [
  'earbuds', 'smartphone', 'tablet', 'smartwatch', 'fitness-band', 'drone', 'bluetooth-speaker', 'smart-speaker', 'power-bank', 'charger',
  'espresso-machine', 'blender', 'toaster', 'electric-kettle', 'air-fryer', 'stand-mixer', 'knife-block',
  'necklace', 'wine-bottle', 'beer-bottle', 'coffee-bag', 'protein-tub', 'cereal-box', 'reed-diffuser', 'nail-polish', 'powder-compact', 'yoga-mat', 'dumbbell',
  'vase', 'wallet', 'squeeze-bottle', 'game-controller', 'lipstick',
] as const;
export type GoodsProc = (typeof GOODS_PROCS)[number];

type Spec = { icon?: string; proc?: GoodsProc; label?: string; size?: number };
const spec = (proc: GoodsProc, label: string, size: number, words: string[]): Record<string, Spec> =>
  Object.fromEntries(words.map((w) => [w, { proc, label, size }]));

/** Synonyms merged into the thing table (read/lexicon-things.ts); sizes are relative to a person (~0.75). */
export const GOODS_WORDS: Record<string, Spec> = {
  ...spec('earbuds', 'pair of wireless earbuds in their charging case', 0.2, ['earbuds', 'earbud', 'ear buds', 'wireless earbuds', 'airpods', 'air pods', 'true wireless earbuds', 'earphones', 'in-ear headphones', 'in ear headphones', 'earbuds case', 'earbud case', 'charging case']),
  ...spec('tablet', 'tablet', 0.3, ['tablet computer', 'android tablet', 'ipad']),
  ...spec('smartwatch', 'smartwatch', 0.18, ['smartwatch', 'smart watch', 'apple watch', 'smartwatches']),
  ...spec('fitness-band', 'fitness band', 0.16, ['fitness tracker', 'fitness band', 'activity tracker', 'fitbit', 'smart band']),
  ...spec('drone', 'drone', 0.34, ['drone', 'quadcopter', 'camera drone']),
  ...spec('bluetooth-speaker', 'bluetooth speaker', 0.28, ['bluetooth speaker', 'wireless speaker', 'portable speaker', 'bluetooth speakers', 'wireless speakers']),
  ...spec('smart-speaker', 'smart speaker', 0.26, ['smart speaker', 'smart home speaker', 'echo speaker', 'homepod']),
  ...spec('power-bank', 'power bank', 0.18, ['power bank', 'powerbank', 'portable charger', 'battery pack']),
  ...spec('charger', 'wall charger', 0.16, ['charger', 'phone charger', 'wall charger', 'usb charger', 'charging adapter', 'power adapter']),
  ...spec('espresso-machine', 'espresso machine', 0.4, ['espresso machine', 'espresso maker', 'coffee machine', 'coffee maker', 'espresso machines', 'coffee machines', 'barista machine']),
  ...spec('blender', 'blender', 0.4, ['blender', 'blenders', 'smoothie blender', 'countertop blender']),
  ...spec('toaster', 'toaster', 0.3, ['toaster', 'toasters', 'pop-up toaster', 'pop up toaster']),
  ...spec('electric-kettle', 'electric kettle', 0.32, ['electric kettle', 'electric kettles', 'cordless kettle']),
  ...spec('air-fryer', 'air fryer', 0.36, ['air fryer', 'airfryer', 'air fryers']),
  ...spec('stand-mixer', 'stand mixer', 0.4, ['stand mixer', 'kitchen mixer', 'kitchenaid', 'kitchenaid mixer', 'food mixer', 'stand mixers']),
  ...spec('knife-block', 'knife block', 0.34, ['knife set', 'knife block', 'kitchen knife set', 'chef knife set', 'knives set']),
  ...spec('necklace', 'pendant necklace', 0.22, ['necklace', 'pendant necklace', 'gold necklace', 'chain necklace', 'necklaces']),
  ...spec('wine-bottle', 'wine bottle', 0.36, ['wine bottle', 'bottle of wine', 'wine bottles', 'bottle of red wine', 'bottle of white wine']),
  ...spec('beer-bottle', 'beer bottle', 0.3, ['beer bottle', 'bottle of beer', 'craft beer', 'beer bottles']),
  ...spec('coffee-bag', 'coffee bag', 0.3, ['coffee bag', 'bag of coffee', 'coffee beans bag', 'coffee pouch', 'coffee packaging', 'coffee package']),
  ...spec('protein-tub', 'protein powder tub', 0.3, ['protein powder', 'protein tub', 'protein powder tub', 'whey protein', 'supplement tub', 'tub of protein']),
  ...spec('cereal-box', 'cereal box', 0.34, ['cereal box', 'box of cereal', 'cereal boxes', 'cereal packaging']),
  ...spec('reed-diffuser', 'reed diffuser', 0.28, ['diffuser', 'reed diffuser', 'aroma diffuser', 'fragrance diffuser']),
  ...spec('nail-polish', 'nail polish bottle', 0.14, ['nail polish', 'nail polish bottle', 'nail varnish', 'nail lacquer']),
  ...spec('powder-compact', 'powder compact', 0.16, ['compact', 'powder compact', 'compact powder', 'makeup compact', 'pressed powder', 'compact mirror']),
  ...spec('yoga-mat', 'rolled yoga mat', 0.3, ['yoga mat', 'exercise mat', 'fitness mat', 'yoga mats']),
  ...spec('dumbbell', 'dumbbell', 0.22, ['dumbbell', 'dumbbells', 'hex dumbbell', 'hand weights']),
  ...spec('vase', 'ceramic vase', 0.3, ['ceramic vase', 'empty vase', 'pottery vase', 'stoneware vase']),
  ...spec('wallet', 'wallet', 0.16, ['wallet', 'wallets', 'leather wallet', 'bifold wallet', 'card holder', 'cardholder']),
  ...spec('squeeze-bottle', 'shampoo bottle', 0.26, ['shampoo bottle', 'shampoo bottles', 'conditioner bottle', 'body wash', 'shower gel', 'shampoo', 'shampoos', 'conditioner', 'hair conditioner', 'shampoo and conditioner']),
  // Emoji that show the thing: a computer mouse, not the animal; a baseball cap, not a bottle's cap.
  'computer mouse': { icon: 'computer-mouse', label: 'computer mouse', size: 0.14 }, 'wireless mouse': { icon: 'computer-mouse', label: 'computer mouse', size: 0.14 },
  'gaming mouse': { icon: 'computer-mouse', label: 'computer mouse', size: 0.14 }, 'optical mouse': { icon: 'computer-mouse', label: 'computer mouse', size: 0.14 },
  'snapback cap': { icon: 'billed-cap', label: 'baseball cap' }, 'trucker hat': { icon: 'billed-cap', label: 'baseball cap' }, 'baseball hat': { icon: 'billed-cap', label: 'baseball cap' }, 'trucker cap': { icon: 'billed-cap', label: 'baseball cap' }, 'dad hat': { icon: 'billed-cap', label: 'baseball cap' },
};

/**
 * In a product shot, the general picture a word found is the product's own art: a phone is the
 * smartphone shown front and back, a speaker emoji (a volume symbol) the bluetooth speaker, a
 * teapot named "kettle" the electric kettle, a wine glass named "wine" the bottle, a mouse the
 * computer mouse. Scenes keep the emoji (a phone in a hand is one phone).
 */
export const PRODUCT_SWAPS: { from: string[]; when?: RegExp; proc?: GoodsProc; icon?: string; label: string }[] = [
  { from: ['mobile-phone'], when: /\b(tablets?|ipads?)\b/, proc: 'tablet', label: 'tablet' },
  { from: ['mobile-phone'], proc: 'smartphone', label: 'smartphone' },
  { from: ['speaker-high-volume', 'speaker-medium-volume', 'speaker-low-volume'], proc: 'bluetooth-speaker', label: 'bluetooth speaker' },
  { from: ['teapot'], when: /\bkettles?\b/, proc: 'electric-kettle', label: 'electric kettle' },
  { from: ['wine-glass', 'bottle-with-popping-cork'], when: /\bwine\b/, proc: 'wine-bottle', label: 'wine bottle' },
  { from: ['mouse', 'mouse-face', 'rat'], icon: 'computer-mouse', label: 'computer mouse' },
  // A controller in a product shot is drawn in the colour asked (the emoji has one colour).
  { from: ['video-game'], when: /\b(controllers?|gamepads?|game ?pads?|joypads?)\b/, proc: 'game-controller', label: 'game controller' },
  // A vase as the product is the vase; a vase of flowers keeps its bouquet.
  { from: ['bouquet'], when: /^(?!.*\b(?:flowers?|roses?|tulips?|bouquets?|peonies|lilies|blooms?|sunflowers?)\b).*\bvases?\b/, proc: 'vase', label: 'vase' },
  // A lipstick is drawn in the shade asked; a bare cap is the baseball cap (a bottle's cap is its part, read/senses-nearby.ts).
  { from: ['lipstick'], proc: 'lipstick', label: 'lipstick' },
  { from: ['billed-cap'], icon: 'billed-cap', label: 'baseball cap' },
  { from: ['beans'], when: /\b(?:bags?|pouch(?:es)?|packs?|packets?) of (?:coffee|coffee beans|roasted beans)\b/, proc: 'coffee-bag', label: 'coffee bag' },
];
