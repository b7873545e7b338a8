// Vehicles by the names people give them (docs/local-engine.md, "Vehicles and their roads"): a
// brand or a model is read as the kind of vehicle it is ("a Ferrari" is a sports car, "a Harley" a
// motorcycle, "a Vespa" a scooter), never lettered or drawn as something else, and is named in
// `text` by that kind. A brand known for one colour brings it when the prompt names none (a Ferrari
// is red). Also the roads, rails and runways a place word names ("a coastal highway", "a mountain
// pass", "Route 66", "a racetrack"), and which kinds of vehicle ride a road or rails.
import { COLOR_WORDS } from './lexicon-scene.js';
import type { SettingKind } from './lexicon-settings.js';

type Spec = { icon: string; label: string; tint?: string };

const SPORTS: Spec = { icon: 'racing-car', label: 'sports car' };
const RED_SPORTS: Spec = { ...SPORTS, tint: COLOR_WORDS.red };
const CAR: Spec = { icon: 'automobile', label: 'car' };
const SUV: Spec = { icon: 'sport-utility-vehicle', label: 'SUV' };
const PICKUP: Spec = { icon: 'pickup-truck', label: 'pickup truck' };
const MOTORCYCLE: Spec = { icon: 'motorcycle', label: 'motorcycle' };
const SCOOTER: Spec = { icon: 'motor-scooter', label: 'scooter' };
const CAMPER: Spec = { icon: 'minibus', label: 'camper van' };
const LORRY: Spec = { icon: 'articulated-lorry', label: 'semi truck' };
const AIRLINER: Spec = { icon: 'airplane', label: 'airliner' };
const RIDER: Spec = { icon: 'person', label: 'motorcyclist' };
const SMALL_PLANE: Spec = { icon: 'small-airplane', label: 'small propeller plane' };

/** Brands (and a few of their models), by the kind each one makes. */
const BRANDS: Record<string, Spec> = {
  ferrari: RED_SPORTS, 'ferrari f40': RED_SPORTS, 'ferrari testarossa': RED_SPORTS, lamborghini: SPORTS, 'lamborghini aventador': SPORTS,
  'lamborghini huracan': SPORTS, 'lamborghini countach': SPORTS, porsche: SPORTS, 'porsche 911': SPORTS, mclaren: SPORTS, bugatti: SPORTS,
  'bugatti chiron': SPORTS, 'aston martin': SPORTS, corvette: SPORTS, 'chevy corvette': SPORTS, camaro: SPORTS, 'ford mustang': SPORTS,
  'dodge charger': SPORTS, 'dodge challenger': SPORTS, 'nissan gtr': SPORTS, 'nissan gt-r': SPORTS, maserati: SPORTS, koenigsegg: SPORTS,
  pagani: SPORTS, 'lotus elise': SPORTS, 'mazda miata': SPORTS, miata: SPORTS, 'shelby cobra': SPORTS, 'delorean': CAR,
  tesla: CAR, 'tesla model 3': CAR, 'tesla model s': CAR, 'tesla model y': CAR, 'tesla model x': CAR, 'model 3': CAR, bmw: CAR,
  audi: CAR, mercedes: CAR, 'mercedes benz': CAR, 'mercedes-benz': CAR, toyota: CAR, 'toyota corolla': CAR, 'toyota prius': CAR,
  prius: CAR, honda: CAR, 'honda civic': CAR, volvo: CAR, volkswagen: CAR, vw: CAR, 'vw beetle': CAR, 'volkswagen beetle': CAR,
  'vw golf': CAR, 'mini cooper': CAR, 'fiat 500': CAR, fiat: CAR, peugeot: CAR, renault: CAR, citroen: CAR, 'citroen 2cv': CAR,
  hyundai: CAR, kia: CAR, subaru: CAR, mazda: CAR, nissan: CAR, chevrolet: CAR, chevy: CAR, cadillac: CAR, lexus: CAR, 'rolls royce': CAR,
  'rolls-royce': CAR, bentley: CAR, 'model t': CAR, 'ford model t': CAR, 'jaguar car': CAR, 'jaguar xk': CAR, 'jaguar e-type': CAR, 'land rover': SUV, 'range rover': SUV, 'land cruiser': SUV,
  'jeep wrangler': SUV, hummer: SUV, 'g wagon': SUV, 'ford f-150': PICKUP, 'f-150': PICKUP, 'f150': PICKUP, 'ford ranger': PICKUP,
  'toyota hilux': PICKUP, cybertruck: PICKUP, harley: MOTORCYCLE, 'harley davidson': MOTORCYCLE, 'harley-davidson': MOTORCYCLE,
  ducati: MOTORCYCLE, kawasaki: MOTORCYCLE, yamaha: MOTORCYCLE, 'royal enfield': MOTORCYCLE, vespa: SCOOTER,
  lambretta: SCOOTER, 'vw van': CAMPER, 'vw bus': CAMPER, 'vw camper': CAMPER, 'vw camper van': CAMPER, 'volkswagen van': CAMPER,
  'volkswagen bus': CAMPER, kombi: CAMPER, boeing: AIRLINER, 'boeing 747': AIRLINER, airbus: AIRLINER, 'airbus a380': AIRLINER,
  concorde: AIRLINER, cessna: SMALL_PLANE, shinkansen: { icon: 'bullet-train', label: 'bullet train' },
};

/** Generic names of vehicles the everyday tables do not know. */
const KINDS: Record<string, Spec> = {
  supercar: SPORTS, hypercar: SPORTS, 'muscle car': SPORTS, 'hot rod': SPORTS, 'formula 1': { icon: 'racing-car', label: 'race car' },
  'formula one': { icon: 'racing-car', label: 'race car' }, 'f1 car': { icon: 'racing-car', label: 'race car' }, convertible: CAR, coupe: CAR,
  sedan: CAR, hatchback: CAR, 'vintage car': CAR, 'classic car': CAR, 'old car': CAR, 'electric car': CAR, limousine: CAR, limo: CAR,
  'station wagon': CAR, '4x4': SUV, 'off-roader': SUV, 'semi truck': LORRY, 'big rig': LORRY, '18 wheeler': LORRY,
  '18-wheeler': LORRY, 'tractor trailer': LORRY, 'dump truck': { icon: 'delivery-truck', label: 'truck' }, 'camper van': CAMPER,
  campervan: CAMPER, camper: CAMPER, motorhome: CAMPER, rv: CAMPER, 'double decker': { icon: 'bus', label: 'double decker bus', tint: COLOR_WORDS.red },
  'double decker bus': { icon: 'bus', label: 'double decker bus', tint: COLOR_WORDS.red }, 'double-decker bus': { icon: 'bus', label: 'double decker bus', tint: COLOR_WORDS.red },
  'school bus': { icon: 'bus', label: 'school bus', tint: COLOR_WORDS.yellow },
  moped: SCOOTER, 'dirt bike': MOTORCYCLE, superbike: MOTORCYCLE, 'road bike': { icon: 'bicycle', label: 'bicycle' },
  'mountain bike': { icon: 'bicycle', label: 'bicycle' }, bmx: { icon: 'bicycle', label: 'bicycle' }, 'e-bike': { icon: 'bicycle', label: 'bicycle' },
  subway: { icon: 'light-rail', label: 'subway train' }, 'subway train': { icon: 'light-rail', label: 'subway train' }, 'metro train': { icon: 'light-rail', label: 'subway train' },
  'underground train': { icon: 'light-rail', label: 'subway train' },
  'freight train': { icon: 'locomotive', label: 'train' },
  'high speed train': { icon: 'high-speed-train', label: 'high-speed train' }, 'high-speed train': { icon: 'high-speed-train', label: 'high-speed train' },
  airliner: AIRLINER, 'passenger jet': AIRLINER, 'jumbo jet': AIRLINER, 'passenger plane': AIRLINER, 'jet fighter': { icon: 'airplane', label: 'fighter jet' },
  'fighter plane': { icon: 'airplane', label: 'fighter jet' }, biplane: { icon: 'small-airplane', label: 'biplane' }, seaplane: SMALL_PLANE,
  'propeller plane': SMALL_PLANE, 'small plane': SMALL_PLANE, 'light plane': SMALL_PLANE, 'small airplane': SMALL_PLANE,
  biker: RIDER, motorcyclist: RIDER, 'motorcycle rider': RIDER, 'motorbike rider': RIDER, 'prop plane': SMALL_PLANE, 'light aircraft': SMALL_PLANE, aircraft: { icon: 'airplane', label: 'airplane' },
  superyacht: { icon: 'motor-boat', label: 'yacht' }, 'luxury yacht': { icon: 'motor-boat', label: 'yacht' }, catamaran: { icon: 'sailboat', label: 'sailboat' },
  dinghy: { icon: 'canoe', label: 'rowing boat' }, rowboat: { icon: 'canoe', label: 'rowing boat' }, 'jet ski': { icon: 'speedboat', label: 'speedboat' },
  'gas station': { icon: 'fuel-pump', label: 'fuel pump' }, 'petrol station': { icon: 'fuel-pump', label: 'fuel pump' },
  'filling station': { icon: 'fuel-pump', label: 'fuel pump' }, 'gas pump': { icon: 'fuel-pump', label: 'fuel pump' },
  'charging station': { icon: 'electric-plug', label: 'charging plug' }, 'ev charger': { icon: 'electric-plug', label: 'charging plug' },
};

// "a Ferrari sports car", "a Harley Davidson motorcycle": the brand and the kind after it are one vehicle.
const KIND_NOUNS: Record<string, string[]> = {
  'sports car': ['car', 'sports car', 'supercar', 'coupe', 'convertible'], car: ['car', 'sedan', 'coupe', 'convertible', 'hatchback'],
  SUV: ['suv', 'jeep', 'car', '4x4'], 'pickup truck': ['truck', 'pickup', 'pickup truck'], motorcycle: ['motorcycle', 'motorbike', 'bike'],
  scooter: ['scooter', 'moped'], 'camper van': ['van', 'camper', 'camper van', 'bus'], airliner: ['plane', 'jet', 'airliner', 'airplane'],
};
const WITH_KINDS: Record<string, Spec> = {};
for (const [brand, spec] of Object.entries(BRANDS)) {
  if (brand.split(' ').length > 2) continue;
  for (const noun of KIND_NOUNS[spec.label] ?? []) if ((brand + ' ' + noun).split(' ').length <= 3) WITH_KINDS[`${brand} ${noun}`] = spec;
}

/** Brand, model and kind names → the vehicle's picture and the kind `text` names it by. */
export const VEHICLE_WORDS: Record<string, Spec> = { ...KINDS, ...BRANDS, ...WITH_KINDS };

// Words that make a car of a name that is also an animal ("a classic Mustang on Route 66", "a VW Beetle").
const CAR_TALK = ['car', 'cars', 'road', 'street', 'highway', 'route', 'drive', 'driving', 'drives', 'driven', 'parked', 'parking', 'garage',
  'vw', 'volkswagen', 'ford', 'convertible', 'engine', 'v8', 'wheel', 'wheels', 'race', 'racing', 'speeding', 'gas', 'petrol', 'dealership',
  'showroom', 'headlights', 'chrome', 'freeway', 'motorway', 'traffic', 'desert highway', 'classic', 'jaguar xk', 'e-type'];

/** Senses (word-senses.ts) for names that are cars only beside car words. */
export const VEHICLE_SENSES: Record<string, { when?: readonly string[]; as: string | null | undefined }[]> = {
  mustang: [{ when: CAR_TALK, as: 'ford mustang' }, { as: 'horse' }],
  beetle: [{ when: CAR_TALK.filter((w) => w !== 'race' && w !== 'racing'), as: 'vw beetle' }, { as: undefined }],
  jaguar: [{ when: CAR_TALK.filter((w) => w !== 'race' && w !== 'racing'), as: 'jaguar car' }, { as: undefined }],
  mini: [{ when: ['cooper', 'car', 'drive', 'driving', 'parked', 'road', 'street'], as: 'mini cooper' }, { as: undefined }],
  // Harley Quinn, Nikola Tesla, fiat money and a Subway sandwich are no vehicles (and have no picture here).
  harley: [{ when: ['quinn', 'joker', 'gotham', 'batman', 'villain', 'cosplay'], as: null }, { as: undefined }],
  tesla: [{ when: ['nikola', 'coil', 'coils', 'inventor', 'scientist', 'electricity', 'lightning'], as: null }, { as: undefined }],
  fiat: [{ when: ['currency', 'money', 'crypto', 'bitcoin', 'dollar', 'inflation'], as: null }, { as: undefined }],
  subway: [{ when: ['sandwich', 'sandwiches', 'footlong', 'sub', 'subs'], as: null }, { as: undefined }],
};

/** The kinds of road (or track) a picture can lay under its vehicles. */
export type RoadKind = 'straight' | 'coastal' | 'winding' | 'race' | 'runway' | 'rails';

/** Road places: the setting each is drawn in, the road laid across it, and whether another place named wins. */
export const ROAD_PLACES: Record<string, { setting: SettingKind; road: RoadKind; weak?: true }> = {
  'coastal highway': { setting: 'coast', road: 'coastal' }, 'coastal road': { setting: 'coast', road: 'coastal' },
  'coast road': { setting: 'coast', road: 'coastal' }, 'coastal drive': { setting: 'coast', road: 'coastal' },
  'cliff road': { setting: 'coast', road: 'coastal' }, 'clifftop road': { setting: 'coast', road: 'coastal' },
  'seaside road': { setting: 'coast', road: 'coastal' }, 'ocean road': { setting: 'coast', road: 'coastal' },
  'pacific coast highway': { setting: 'coast', road: 'coastal' }, 'amalfi coast': { setting: 'coast', road: 'coastal' },
  'big sur': { setting: 'coast', road: 'coastal' }, 'highway 1': { setting: 'coast', road: 'coastal' },
  'mountain pass': { setting: 'mountains', road: 'winding' }, 'mountain road': { setting: 'mountains', road: 'winding' },
  'alpine road': { setting: 'mountains', road: 'winding' }, 'alpine pass': { setting: 'mountains', road: 'winding' },
  switchback: { setting: 'mountains', road: 'winding' }, switchbacks: { setting: 'mountains', road: 'winding' },
  'hairpin bend': { setting: 'mountains', road: 'winding' }, 'hairpin bends': { setting: 'mountains', road: 'winding' },
  'hairpin turns': { setting: 'mountains', road: 'winding' }, 'serpentine road': { setting: 'mountains', road: 'winding' },
  'winding road': { setting: 'mountains', road: 'winding', weak: true }, 'winding mountain road': { setting: 'mountains', road: 'winding' },
  'stelvio pass': { setting: 'mountains', road: 'winding' }, 'desert highway': { setting: 'desert', road: 'straight' },
  'desert road': { setting: 'desert', road: 'straight' }, 'route 66': { setting: 'desert', road: 'straight' },
  'open road': { setting: 'desert', road: 'straight', weak: true }, racetrack: { setting: 'park', road: 'race' },
  'race track': { setting: 'park', road: 'race' }, 'racing track': { setting: 'park', road: 'race' }, raceway: { setting: 'park', road: 'race' },
  'race circuit': { setting: 'park', road: 'race' }, 'racing circuit': { setting: 'park', road: 'race' }, speedway: { setting: 'park', road: 'race' },
  'grand prix': { setting: 'park', road: 'race' }, 'pit lane': { setting: 'park', road: 'race' }, 'le mans': { setting: 'park', road: 'race' },
  runway: { setting: 'park', road: 'runway' }, 'grass airstrip': { setting: 'park', road: 'runway' }, 'landing strip': { setting: 'park', road: 'runway' }, airport: { setting: 'park', road: 'runway' }, airstrip: { setting: 'park', road: 'runway' },
  airfield: { setting: 'park', road: 'runway' }, tarmac: { setting: 'park', road: 'runway' },
  'country road': { setting: 'park', road: 'straight', weak: true }, 'country lane': { setting: 'park', road: 'straight', weak: true },
  'dirt road': { setting: 'park', road: 'straight', weak: true }, 'rural road': { setting: 'park', road: 'straight', weak: true },
  'farm road': { setting: 'farm', road: 'straight', weak: true }, 'gravel road': { setting: 'park', road: 'straight', weak: true },
  'railway track': { setting: 'park', road: 'rails', weak: true }, 'railway tracks': { setting: 'park', road: 'rails', weak: true },
  'train tracks': { setting: 'park', road: 'rails', weak: true }, 'railroad tracks': { setting: 'park', road: 'rails', weak: true },
  railway: { setting: 'park', road: 'rails', weak: true }, railroad: { setting: 'park', road: 'rails', weak: true },
  // A highway alone runs through open land; a city named wins ("a highway through the city").
  highway: { setting: 'park', road: 'straight', weak: true }, freeway: { setting: 'park', road: 'straight', weak: true },
  motorway: { setting: 'park', road: 'straight', weak: true }, interstate: { setting: 'park', road: 'straight', weak: true },
};

/** Pictures of vehicles that drive on a road. */
export const ROAD_VEHICLES = new Set(['automobile', 'racing-car', 'sport-utility-vehicle', 'pickup-truck', 'articulated-lorry',
  'delivery-truck', 'bus', 'minibus', 'taxi', 'police-car', 'motorcycle', 'motor-scooter', 'fire-engine', 'ambulance', 'bicycle']);
/** Pictures of vehicles that run on rails. */
export const RAIL_VEHICLES = new Set(['locomotive', 'bullet-train', 'high-speed-train', 'metro', 'light-rail', 'train', 'railway-car']);
/** Aircraft that stand on a runway unless flying. */
export const AIRCRAFT = new Set(['airplane', 'small-airplane', 'helicopter']);
/** Words that keep an aircraft in the air over its runway ("a jet taking off"). */
export const AIRBORNE = /\b(?:fly|flying|flies|flew|soar(?:s|ing)?|taking off|takes off|take off|in the air|in flight|overhead|above|over)\b/i;
