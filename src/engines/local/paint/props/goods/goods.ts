// The drawn goods (docs/local-engine.md, "Product vocabulary"): each kind's painter and its
// width / height, merged into the procedural pictures (paint/props/props.ts).
import type { GoodsProc } from '../../../read/lexicon-goods.js';
import type { Painter } from './kit.js';
import { bluetoothSpeaker, charger, drone, earbuds, fitnessBand, gameController, powerBank, smartphone, smartSpeaker, smartwatch, tablet } from './tech.js';
import { airFryer, blender, electricKettle, espressoMachine, knifeBlock, standMixer, toaster } from './kitchen.js';
import { beerBottle, cerealBox, coffeeBag, dumbbell, lipstick, nailPolish, necklace, powderCompact, proteinTub, reedDiffuser, squeezeBottle, vase, wallet, wineBottle, yogaMat } from './shelf.js';

export const GOODS_ASPECT: Record<GoodsProc, number> = {
  earbuds: 1.3, smartphone: 0.78, tablet: 1.4, smartwatch: 0.6, 'fitness-band': 0.55, drone: 1.9, 'bluetooth-speaker': 2,
  'smart-speaker': 0.72, 'power-bank': 0.55, charger: 1,
  'espresso-machine': 1.05, blender: 0.55, toaster: 1.35, 'electric-kettle': 0.95, 'air-fryer': 0.82, 'stand-mixer': 1.05, 'knife-block': 0.8,
  necklace: 0.8, 'wine-bottle': 0.28, 'beer-bottle': 0.3, 'coffee-bag': 0.68, 'protein-tub': 0.85, 'cereal-box': 0.72, 'reed-diffuser': 0.5,
  'nail-polish': 0.55, 'powder-compact': 1.05, 'yoga-mat': 1.7, dumbbell: 2.4,
  vase: 0.72, wallet: 1.25, 'squeeze-bottle': 0.42, 'game-controller': 1.45, lipstick: 0.36,
};

export const GOODS_PAINTERS: Record<GoodsProc, Painter> = {
  earbuds, smartphone, tablet, smartwatch, 'fitness-band': fitnessBand, drone, 'bluetooth-speaker': bluetoothSpeaker,
  'smart-speaker': smartSpeaker, 'power-bank': powerBank, charger,
  'espresso-machine': espressoMachine, blender, toaster, 'electric-kettle': electricKettle, 'air-fryer': airFryer, 'stand-mixer': standMixer, 'knife-block': knifeBlock,
  necklace, 'wine-bottle': wineBottle, 'beer-bottle': beerBottle, 'coffee-bag': coffeeBag, 'protein-tub': proteinTub, 'cereal-box': cerealBox,
  'reed-diffuser': reedDiffuser, 'nail-polish': nailPolish, 'powder-compact': powderCompact, 'yoga-mat': yogaMat, dumbbell,
  vase, wallet, 'squeeze-bottle': squeezeBottle, 'game-controller': gameController, lipstick,
};
