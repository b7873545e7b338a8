// Vehicles and the roads under them (docs/local-engine.md, "Vehicles and their roads"): which road a
// picture lays (the one the prompt names, rails under a train, a road under a car in open country),
// a brand's colour when none is named, and whether the vehicle is speeding, driving or parked.
import { COLOR_WORDS } from '../read/lexicon-scene.js';
import { SETTING_LABELS, type SettingKind } from '../read/lexicon-settings.js';
import { RAIL_VEHICLES, ROAD_VEHICLES, type RoadKind } from '../read/vehicle-names.js';
import type { ScenePlan, Subject } from './scene-plan.js';
import { thingOf } from '../read/things.js';

const SPEEDING = /\b(?:speed(?:s|ing)?|zoom(?:s|ing)?|whizz(?:es|ing)?|hurtl(?:es|ing)|tear(?:s|ing) (?:down|along|through)|roar(?:s|ing)|racing(?! (?:cars?|circuits?|tracks?|stripes?|bikes?))|races (?:down|along|through|across)|at (?:high|full|top) speed|fast)\b/i;
const PARKED = /\b(?:parked|parking|stands? parked|sits? parked)\b/i;
const TOY = /\b(?:toys?|die-?cast|matchbox|hot wheels|lego|wind-?up|tin toy|plastic toy)\b/i;
/** "A small plane", "a little airplane": the light propeller plane, not a small airliner ("small" names the kind). */
const LIGHT_PLANE = /\b(?:small|little|tiny|light|single[- ]engine|private)\s+(?:(?:white|red|blue|yellow|old|vintage|\w+-coloured)\s+)?(?:air|aero)?planes?\b/i;
const DRIVING = /\b(?:driv(?:e|es|ing)|cruis(?:e|es|ing)|rid(?:e|es|ing)|roll(?:s|ing))\b/i;

/**
 * The road the plan lays: a named road kind where its place is the setting (a coastal highway on
 * the sea cliff; a mountain pass, racetrack or runway on open ground), rails under a train, a
 * plain road across a landscape the prompt names a road in, or under a car, truck or motorcycle
 * that stands in open country (unless a footpath is drawn there).
 */
export function roadOf(road: boolean, kind: RoadKind | undefined, setting: SettingKind, main: Subject | undefined,
  trail: boolean, landscape: boolean, prompt = ''): { road: boolean; roadKind?: RoadKind } {
  // A rider's mount is the vehicle ("a biker on a Harley").
  const key = main?.riding?.icon ?? main?.thing.icon ?? '';
  if (kind === 'coastal' && setting === 'coast') return { road: true, roadKind: 'coastal' };
  if (landscape && RAIL_VEHICLES.has(key) && main?.pose !== 'flying') return { road: true, roadKind: 'rails' };
  if (kind && kind !== 'coastal' && kind !== 'straight' && landscape) return { road: true, roadKind: kind };
  if (road && landscape) return { road: true };
  // A toy car in the sand is a toy: it brings no road of its own (a road the prompt names is laid).
  if (landscape && !trail && ROAD_VEHICLES.has(key) && key !== 'bicycle' && !TOY.test(prompt)) return { road: true };
  return { road: false };
}

/** A brand's colour when the prompt names none ("a Ferrari" is red), and what the main vehicle is doing. */
export function vehicleLooks(subjects: Subject[], prompt: string): void {
  // A train at the station stands at the platform drawn under it: the station emoji (a second train) is not drawn too.
  if (subjects.some((s) => s.role === 'main' && RAIL_VEHICLES.has(s.thing.icon ?? ''))) {
    const k = subjects.findIndex((s) => s.role !== 'main' && s.thing.icon === 'station');
    if (k >= 0) subjects.splice(k, 1);
  }
  for (const s of subjects) {
    const key = s.thing.icon ?? '';
    // "A biker", "a motorcyclist": a person on a motorcycle, unless the prompt gives them another mount.
    if (s.label === 'motorcyclist' && !s.riding) s.riding = thingOf('motorcycle', 'motorcycle');
    // "A cyclist riding a road bike": the biking emoji is already on its bicycle (no second bicycle under it).
    if (/-biking$/.test(key) && s.riding?.key === 'bicycle') delete s.riding;
    if (key === 'airplane' && /^(?:air|aero)?planes?$/.test(s.label) && LIGHT_PLANE.test(prompt)) {
      Object.assign(s, { label: 'small propeller plane', thing: { ...s.thing, key: 'small-airplane', icon: 'small-airplane', label: 'small propeller plane' }, size: 'normal' });
    }
    if (!ROAD_VEHICLES.has(key) && !RAIL_VEHICLES.has(key)) continue;
    if (s.thing.tint && !s.color) {
      const name = Object.keys(COLOR_WORDS).find((n) => COLOR_WORDS[n] === s.thing.tint);
      if (name) s.color = { name, hex: s.thing.tint };
    }
    if (s.role !== 'main') continue;
    const motion = SPEEDING.test(prompt) ? 'speeding' : PARKED.test(prompt) ? 'parked' : DRIVING.test(prompt) ? 'driving' : undefined;
    if (motion) s.motion = motion;
  }
}

/** How `text` names the setting when a road is drawn across it. */
export function roadLabel(plan: ScenePlan): string {
  const place = SETTING_LABELS[plan.setting];
  switch (plan.roadKind) {
    case 'coastal': return 'on a coastal highway along a sea cliff above the waves';
    case 'winding': return `on a road winding in hairpin bends up the slopes, ${place}`;
    case 'race': return 'on a racetrack with red and white kerbs before a grandstand';
    case 'runway': return 'on an airport runway with a control tower';
    case 'rails': return /\b(?:platforms?|station)\b/i.test(plan.prompt) ? 'at a station platform under a canopy, on a railway track' : `on a railway track, ${place}`;
    default:
      if (plan.setting === 'park' && /\b(?:highways?|freeways?|motorways?|interstates?)\b/i.test(plan.prompt)) return 'on a highway through open country';
      return plan.setting === 'desert' ? 'on a highway running straight to the horizon across a desert' : `on a road ${place.replace(/^on a farm$/, 'across a farm')}`;
  }
}

const HARBOR = /\b(?:harbou?rs?|marinas?|quays?|wharf|wharves|docks|seaport|fishing port|boat dock)\b/i;
/** "A sailboat in the harbor", "a yacht in a marina": the open sea drawn as a harbour (paint/backdrops/roads.ts). */
export function harborOf(prompt: string, setting: SettingKind): { harbor?: true } {
  return setting === 'ocean' && HARBOR.test(prompt) ? { harbor: true } : {};
}
