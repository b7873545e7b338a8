// Procedural pictures for things no emoji shows: furniture, a smoking pipe, lamps, a barn, a
// waterfall. Each draws into a box given by its bottom centre, width and height.
import type { Canvas } from '../canvas.js';
import type { ProcKind } from '../../read/lexicon-things.js';
import { hoodie } from './apparel.js';
import { brochure, cosmeticJar, microchip, mug, perfumeBottle, sodaCan, vrHeadset, waterBottle } from './products.js';
import { stirFry, wok } from './cookware.js';
import { consoleTower, dropperBottle, gameConsole, stroller } from './gear.js';
import { layerCake, milkCarton, yogurtCup } from './groceries.js';
import { armourSuit, kaiju, overgrownArmour } from './giants.js';
import { jupiter, mars, venus } from './planets.js';
import { reeds, wader } from './waterside.js';
import { boxOf, type Painter, type ProcOptions } from './proc-box.js';
import { GOODS_ASPECT, GOODS_PAINTERS } from './goods/goods.js';
import {
  armchair, bench, bookshelf, chest, desk, easel, fireplace, lamp, piano, pipe, rug, sign, sofa, stringLights, table,
} from './furniture.js';
import {
  acacia, barn, bridge, hotAirBalloon, lantern, lighthouse, lilyPad, streetlamp, submarine, torch, waterfall,
} from './outdoor.js';

/** Width / height of each procedural picture. */
export const PROC_ASPECT: Record<ProcKind, number> = {
  armchair: 1.05, sofa: 2.1, table: 1.5, desk: 1.8, lamp: 0.36, bookshelf: 0.72, pipe: 1.6, fireplace: 1.3,
  bench: 2.3, rug: 3.2, piano: 1.35, barn: 1.15, lighthouse: 0.38, 'hot-air-balloon': 0.74, lantern: 0.55,
  streetlamp: 0.24, easel: 0.7, sign: 1.5, chest: 1.3, acacia: 1.6, 'string-lights': 6, waterfall: 0.8, bridge: 3.2,
  'lily-pad': 2.4, submarine: 2.2, torch: 0.3, hoodie: 1.05,
  'perfume-bottle': 0.78, 'water-bottle': 0.36, mug: 1.05, 'soda-can': 0.56, 'cosmetic-jar': 1.3, 'vr-headset': 1.55, brochure: 1.35,
  wok: 1.5, 'stir-fry': 1.5, microchip: 1, 'milk-carton': 0.5, 'yogurt-cup': 0.95, 'layer-cake': 1.15,
  wader: 0.62, reeds: 2.2, 'armour-suit': 1, 'overgrown-armour': 1, kaiju: 0.8, 'mars-planet': 1, 'jupiter-planet': 1, 'venus-planet': 1,
  'console-tower': 0.42, 'game-console': 1.7, stroller: 1.05, 'dropper-bottle': 0.5, ...GOODS_ASPECT,
};

/** Pictures that stretch to the picture's shape (a waterfall is as tall as a tall picture allows): width / height range. */
export const PROC_STRETCH: Partial<Record<ProcKind, [number, number]>> = { waterfall: [0.3, 1.1] };

const PAINTERS: Record<ProcKind, Painter> = {
  armchair, sofa, table, desk, lamp, bookshelf, pipe, fireplace, bench, rug, piano, barn, lighthouse,
  'hot-air-balloon': hotAirBalloon, lantern, streetlamp, easel, sign, chest, acacia, 'string-lights': stringLights,
  waterfall, bridge, 'lily-pad': lilyPad, submarine, torch, hoodie,
  'perfume-bottle': perfumeBottle, 'water-bottle': waterBottle, mug, 'soda-can': sodaCan, 'cosmetic-jar': cosmeticJar, 'vr-headset': vrHeadset, brochure, wok, 'stir-fry': stirFry, microchip,
  'milk-carton': milkCarton, 'yogurt-cup': yogurtCup, 'layer-cake': layerCake,
  wader, reeds, 'armour-suit': armourSuit, 'overgrown-armour': overgrownArmour, kaiju, 'mars-planet': mars, 'jupiter-planet': jupiter, 'venus-planet': venus,
  'console-tower': consoleTower, 'game-console': gameConsole, stroller, 'dropper-bottle': dropperBottle, ...GOODS_PAINTERS,
};

/** Draw a procedural picture with its bottom centre at (cx, bottom), `h` tall. */
export function drawProc(c: Canvas, kind: ProcKind, cx: number, bottom: number, h: number, o: ProcOptions, w = h * PROC_ASPECT[kind]): void {
  PAINTERS[kind](c, boxOf(cx, bottom, w, h), o);
}
