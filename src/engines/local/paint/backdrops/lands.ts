// Outdoor settings: sky, far silhouettes, ground, and the decorations each landscape brings.
import type { LandPainter } from './ground.js';
import { mars, nightSky, sky, space } from './space.js';
import { cityStreet, farm, garden, park, skyline, village } from './town.js';
import { beach, lake, ocean, underwater } from './water.js';
import { canyon, coast } from './rock.js';
import { fjord, greekTemple } from './heights.js';
import { market, storefront } from './shops.js';
import { stadium } from './venues.js';
import { constructionSite, skatepark } from './work-places.js';
import { desert, forest, jungle, mountainsLand, savanna, snow } from './wild.js';
import type { SettingKind } from '../../read/lexicon-settings.js';

export const LAND_PAINTERS: Partial<Record<SettingKind, LandPainter>> = {
  forest, jungle, beach, ocean, lake, underwater, mountains: mountainsLand, desert, savanna, snow,
  'city-street': cityStreet, village, skyline, park, garden, farm, 'night-sky': nightSky, space, mars, sky,
  canyon, coast, market, storefront, stadium, fjord, 'greek-temple': greekTemple,
  skatepark, 'construction-site': constructionSite,
};
