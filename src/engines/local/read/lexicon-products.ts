// Products drawn as shapes because no emoji shows them (a perfume bottle is no lotion pump, a
// steel water bottle no baby's bottle, a stir fry is food in its wok, a microchip a square chip
// with pins), the words that choose them, and a few product and character words the other tables lack.
import { GOODS_PROCS, GOODS_WORDS } from './lexicon-goods.js';

/** Procedural product pictures (paint/props/products.ts). */
export const PRODUCT_PROCS = ['perfume-bottle', 'water-bottle', 'mug', 'soda-can', 'cosmetic-jar', 'vr-headset', 'brochure', 'wok', 'stir-fry', 'microchip', 'milk-carton', 'yogurt-cup', 'layer-cake', 'console-tower', 'game-console', 'stroller', 'dropper-bottle', ...GOODS_PROCS] as const;
export type ProductProc = (typeof PRODUCT_PROCS)[number];

/** Synonyms merged into the thing table (read/lexicon-things.ts). */
export const PRODUCT_WORDS: Record<string, string | { icon?: string; proc?: ProductProc; label?: string; size?: number }> = {
  cheeseburger: 'hamburger', burger: 'hamburger', 'rocket ship': 'rocket', spaceship: 'rocket',
  character: { icon: 'person', label: 'cartoon character' }, mascot: { icon: 'person', label: 'mascot' },
  mug: { proc: 'mug' }, 'coffee mug': { proc: 'mug', label: 'mug' }, 'soda can': { proc: 'soda-can', label: 'soda can' },
  'cola can': { proc: 'soda-can', label: 'soda can' }, 'coca cola': { proc: 'soda-can', label: 'soda can' },
  'energy drink': { proc: 'soda-can', label: 'drink can' }, cologne: { proc: 'perfume-bottle', label: 'perfume bottle' },
  fragrance: { proc: 'perfume-bottle', label: 'perfume bottle' }, thermos: { proc: 'water-bottle', label: 'water bottle' },
  'face cream': { proc: 'cosmetic-jar', label: 'cream jar' }, moisturizer: { proc: 'cosmetic-jar', label: 'cream jar' },
  'vr headset': { proc: 'vr-headset', label: 'VR headset' }, 'vr goggles': { proc: 'vr-headset', label: 'VR headset' },
  'virtual reality headset': { proc: 'vr-headset', label: 'VR headset' }, 'vr glasses': { proc: 'vr-headset', label: 'VR headset' },
  oculus: { proc: 'vr-headset', label: 'VR headset' }, brochure: { proc: 'brochure', size: 0.55 }, leaflet: { proc: 'brochure', label: 'brochure', size: 0.55 },
  pamphlet: { proc: 'brochure', label: 'brochure', size: 0.55 }, booklet: { proc: 'brochure', label: 'brochure', size: 0.55 },
  catalogue: { proc: 'brochure', label: 'brochure', size: 0.55 }, catalog: { proc: 'brochure', label: 'brochure', size: 0.55 },
  wok: { proc: 'wok', size: 0.34 }, 'stir fry': { proc: 'stir-fry', label: 'stir fry in a wok', size: 0.34 },
  stirfry: { proc: 'stir-fry', label: 'stir fry in a wok', size: 0.34 }, 'stir fried': { proc: 'stir-fry', label: 'stir fry in a wok', size: 0.34 },
  'stir fried vegetables': { proc: 'stir-fry', label: 'stir fry in a wok', size: 0.34 },
  microchip: { proc: 'microchip', size: 0.24 }, 'micro chip': { proc: 'microchip', label: 'microchip', size: 0.24 },
  'computer chip': { proc: 'microchip', label: 'microchip', size: 0.24 }, 'silicon chip': { proc: 'microchip', label: 'microchip', size: 0.24 },
  cpu: { proc: 'microchip', label: 'CPU chip', size: 0.24 }, gpu: { proc: 'microchip', label: 'GPU chip', size: 0.24 },
  processor: { proc: 'microchip', label: 'processor chip', size: 0.24 }, semiconductor: { proc: 'microchip', label: 'microchip', size: 0.24 },
  'integrated circuit': { proc: 'microchip', label: 'microchip', size: 0.24 },
  // Electronics as goods on sale: the microchip is their picture.
  'electronic components': { proc: 'microchip', label: 'microchip', size: 0.24 },
  'electronic parts': { proc: 'microchip', label: 'microchip', size: 0.24 },
  'electronics components': { proc: 'microchip', label: 'microchip', size: 0.24 },
  'electronic component': { proc: 'microchip', label: 'microchip', size: 0.24 },
  'hardware tools': { icon: 'hammer-and-wrench', label: 'hammer and wrench' },
  // Groceries as they are sold: a milk carton is the carton box, a yogurt cup its pot with a spoon.
  'milk carton': { proc: 'milk-carton', label: 'milk carton', size: 0.25 }, 'carton of milk': { proc: 'milk-carton', label: 'milk carton', size: 0.25 },
  'yogurt cup': { proc: 'yogurt-cup', label: 'yogurt cup', size: 0.12 }, 'yoghurt cup': { proc: 'yogurt-cup', label: 'yogurt cup', size: 0.12 },
  'yogurt pot': { proc: 'yogurt-cup', label: 'yogurt cup', size: 0.12 },
  // Dishes named by their cuisine's word: a curry with rice, a bowl of soup or noodles.
  'butter chicken': 'curry-rice', 'chicken curry': 'curry-rice', 'tikka masala': 'curry-rice', 'chicken tikka': 'curry-rice',
  biryani: 'cooked-rice', tehari: 'cooked-rice', pilaf: 'cooked-rice', 'tom yum': 'steaming-bowl', 'tom yum soup': 'steaming-bowl', pho: 'steaming-bowl',
  'fried chicken': 'poultry-leg', 'roast chicken': 'poultry-leg',
  // A whole layered cake; "cake" alone stays the emoji's slice.
  gateau: { proc: 'layer-cake', label: 'layer cake', size: 0.3 }, 'layer cake': { proc: 'layer-cake', size: 0.3 },
  'chocolate cake': { proc: 'layer-cake', label: 'chocolate layer cake', size: 0.3 },
  'black forest cake': { proc: 'layer-cake', label: 'black forest gateau', size: 0.3 },
  'black forest gateau': { proc: 'layer-cake', label: 'black forest gateau', size: 0.3 },
  'gateau cake': { proc: 'layer-cake', label: 'layer cake', size: 0.3 },
  // Shoes for the office or an evening are the leather shoe, not a running shoe.
  'leather shoe': { icon: 'mans-shoe', label: 'leather shoe' }, 'leather shoes': { icon: 'mans-shoe', label: 'leather shoe' },
  'dress shoe': { icon: 'mans-shoe', label: 'dress shoe' }, 'dress shoes': { icon: 'mans-shoe', label: 'dress shoe' },
  loafer: { icon: 'mans-shoe', label: 'loafer' }, loafers: { icon: 'mans-shoe', label: 'loafer' }, oxfords: { icon: 'mans-shoe', label: 'oxford shoe' },
  // A console is the machine (the video-game emoji is its controller, kept for "controller", "gamepad").
  console: { proc: 'game-console', label: 'game console', size: 0.3 }, 'game console': { proc: 'game-console', size: 0.3 },
  'games console': { proc: 'game-console', label: 'game console', size: 0.3 }, 'gaming console': { proc: 'game-console', label: 'game console', size: 0.3 },
  'video game console': { proc: 'game-console', label: 'game console', size: 0.3 }, xbox: { proc: 'game-console', label: 'Xbox console', size: 0.3 },
  playstation: { proc: 'console-tower', label: 'PlayStation console', size: 0.4 }, playstation5: { proc: 'console-tower', label: 'PlayStation 5 console', size: 0.4 },
  'playstation 5': { proc: 'console-tower', label: 'PlayStation 5 console', size: 0.4 }, ps5: { proc: 'console-tower', label: 'PlayStation 5 console', size: 0.4 },
  ps4: { proc: 'console-tower', label: 'PlayStation console', size: 0.4 },
  // A baby's stroller is the pram, not the baby.
  stroller: { proc: 'stroller', size: 0.6 }, 'baby stroller': { proc: 'stroller', label: 'baby stroller', size: 0.6 }, pram: { proc: 'stroller', label: 'pram', size: 0.6 },
  pushchair: { proc: 'stroller', label: 'pushchair', size: 0.6 }, 'baby carriage': { proc: 'stroller', label: 'baby carriage', size: 0.6 },
  'baby buggy': { proc: 'stroller', label: 'baby stroller', size: 0.6 }, strollers: { proc: 'stroller', label: 'stroller', size: 0.6 },
  // A serum or an essential oil comes in a dropper bottle, not a lotion pump.
  serum: { proc: 'dropper-bottle', label: 'serum dropper bottle', size: 0.2 }, 'face serum': { proc: 'dropper-bottle', label: 'serum dropper bottle', size: 0.2 },
  'dropper bottle': { proc: 'dropper-bottle', size: 0.2 }, 'essential oil': { proc: 'dropper-bottle', label: 'essential oil bottle', size: 0.2 },
  'cheese block': { icon: 'cheese-wedge', label: 'cheese' }, butter: 'butter', 'egg carton': { icon: 'egg', label: 'eggs' },
  ...GOODS_WORDS,
};

/**
 * A general picture the prompt's words make specific: the lotion pump the word senses give a
 * bottle is a perfume bottle beside "perfume", a steel bottle beside "water bottle"; a coffee
 * emoji is a mug when a mug is asked; a canned food tin is a soda can beside "cola".
 */
export const PRODUCT_VARIANTS: { from: string[]; when: RegExp; proc: ProductProc; label: string }[] = [
  { from: ['lotion-bottle', 'bottle-with-popping-cork'], when: /\b(perfume|fragrance|cologne|eau de)\b/, proc: 'perfume-bottle', label: 'perfume bottle' },
  { from: ['lotion-bottle', 'baby-bottle'], when: /\b(water bottle|bottles? of water|steel|insulated|flask|thermos|sports bottle|reusable bottle)\b/, proc: 'water-bottle', label: 'water bottle' },
  { from: ['lotion-bottle', 'jar'], when: /\b(face cream|moisturi[sz]er|cream jar|cosmetic jar|skin ?care jar|night cream|day cream)\b/, proc: 'cosmetic-jar', label: 'cream jar' },
  { from: ['lotion-bottle'], when: /\b(drink|beverage|protein|juice|smoothie|shake|kombucha|sports drink|energy drink|soda) bottles?\b/, proc: 'water-bottle', label: 'drink bottle' },
  { from: ['lotion-bottle'], when: /\b(serums?|droppers?|essential oils?|tinctures?)\b/, proc: 'dropper-bottle', label: 'serum dropper bottle' },
  { from: ['hot-beverage', 'teacup-without-handle'], when: /\bmugs?\b/, proc: 'mug', label: 'mug' },
  // "Black forest gateau cake": the words before "cake" make the slice a whole layered cake.
  { from: ['shortcake'], when: /\bblack ?forest\b/, proc: 'layer-cake', label: 'black forest gateau' },
  { from: ['shortcake'], when: /\b(gateaux?|layer(?:ed)? cake|chocolate cake|torte)\b/, proc: 'layer-cake', label: 'layer cake' },
  { from: ['canned-food', 'cup-with-straw', 'beverage-box'], when: /\b(soda|cola|coke|cans?|energy drink|sparkling water|beer can)\b/, proc: 'soda-can', label: 'soda can' },
];
