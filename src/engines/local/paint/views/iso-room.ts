// An isometric room: a floor tile with its two back walls (a window in one, a picture on the
// other) and the setting's furniture as boxes: a bed and wardrobe in a bedroom, a counter and
// little tables in a café, desks in an office, shelves in a library (docs/local-engine.md, "Viewpoints").
import { shade } from '../color.js';
import type { SettingKind } from '../../read/lexicon-settings.js';
import { fitIso, type Iso, type ViewContext, type ViewScene } from './iso.js';

const N = 6;
const WALL_H = 3.4;

interface RoomLook {
  wall: string;
  floor: string;
  what: string;
  /** A chalk menu board on the wall instead of a framed picture. */
  board?: boolean;
  furnish: (iso: Iso, ctx: ViewContext) => void;
}

const WOOD = '#a8764a';

function bed(iso: Iso, x: number, y: number, blanket: string): void {
  iso.add(x + y + 2, () => {
    iso.box(x, y, 0, 2.2, 1.5, 0.45, WOOD);
    iso.box(x, y, 0, 0.2, 1.5, 1.1, shade(WOOD, -0.1));
    iso.box(x + 0.2, y + 0.05, 0.45, 1.95, 1.4, 0.22, '#f4f1ea');
    iso.box(x + 0.3, y + 0.2, 0.67, 0.45, 1.1, 0.16, '#ffffff');
    iso.box(x + 0.9, y + 0.02, 0.5, 1.32, 1.46, 0.22, blanket);
  });
}

function shelf(iso: Iso, x: number, y: number, w: number, d: number, h: number, alongX: boolean): void {
  iso.add(x + y + (w + d) / 2, () => {
    iso.box(x, y, 0, w, d, h, shade(WOOD, -0.15));
    // Rows of book spines on the open face.
    const rows = Math.max(2, Math.round(h / 0.55));
    const books = ['#c0392b', '#2e6da4', '#e0b43a', '#3f8a5a', '#7a4a8a', '#e07a3a'];
    for (let r = 0; r < rows; r++) {
      const z0 = 0.08 + (r * h) / rows, z1 = z0 + (h / rows) * 0.72;
      const len = alongX ? w : d;
      for (let k = 0; k * 0.16 < len - 0.16; k++) {
        const a0 = 0.08 + k * 0.16, a1 = a0 + 0.12, top = z1 - ((k * 7 + r * 3) % 4) * 0.04;
        const face = alongX ? [x + a0, y + d + 0.01, z0, x + a1, y + d + 0.01, z0, x + a1, y + d + 0.01, top, x + a0, y + d + 0.01, top] : [x + w + 0.01, y + a0, z0, x + w + 0.01, y + a1, z0, x + w + 0.01, y + a1, top, x + w + 0.01, y + a0, top];
        iso.poly(face, books[(k + r * 2) % books.length]!);
      }
    }
  });
}

function table(iso: Iso, x: number, y: number, w: number, d: number, h: number, top: string): void {
  iso.add(x + y + (w + d) / 2, () => {
    for (const [lx, ly] of [[x + 0.05, y + 0.05], [x + w - 0.15, y + 0.05], [x + 0.05, y + d - 0.15], [x + w - 0.15, y + d - 0.15]]) iso.box(lx!, ly!, 0, 0.1, 0.1, h - 0.08, shade(WOOD, -0.2));
    iso.box(x, y, h - 0.08, w, d, 0.08, top);
  });
}

function plant(iso: Iso, x: number, y: number): void {
  iso.add(x + y + 0.3, () => {
    iso.box(x, y, 0, 0.4, 0.4, 0.4, '#c46a3f');
    iso.tree(x + 0.2, y + 0.2, 1.3, '#4f9a46');
  });
}

function rug(iso: Iso, x: number, y: number, w: number, d: number, color: string): void {
  iso.patch([x, y, x + w, y, x + w, y + d, x, y + d], 0.01, color, 'bg');
  iso.patch([x + 0.15, y + 0.15, x + w - 0.15, y + 0.15, x + w - 0.15, y + d - 0.15, x + 0.15, y + d - 0.15], 0.011, shade(color, 0.25), 'bg', 0.5);
}

function screenDesk(iso: Iso, x: number, y: number): void {
  table(iso, x, y, 1.6, 0.9, 0.9, '#e9e4da');
  iso.add(x + y + 1.4, () => {
    iso.box(x + 0.5, y + 0.25, 0.9, 0.5, 0.06, 0.02, '#333333');
    iso.box(x + 0.7, y + 0.2, 0.9, 0.08, 0.08, 0.25, '#333333');
    iso.box(x + 0.35, y + 0.15, 1.15, 0.9, 0.06, 0.55, '#2b2f36');
    iso.poly([x + 0.4, y + 0.22, 1.2, x + 1.2, y + 0.22, 1.2, x + 1.2, y + 0.22, 1.65, x + 0.4, y + 0.22, 1.65], '#6fb6e8');
  });
  chair(iso, x + 0.55, y + 1.05);
}

function chair(iso: Iso, x: number, y: number, color = '#3b4a5a'): void {
  iso.add(x + y + 0.5, () => {
    iso.box(x + 0.2, y + 0.2, 0, 0.1, 0.1, 0.45, '#555555');
    iso.box(x, y, 0.45, 0.55, 0.55, 0.1, color);
    iso.box(x, y + 0.45, 0.55, 0.55, 0.1, 0.55, color);
  });
}

function sofa(iso: Iso, x: number, y: number, color: string): void {
  iso.add(x + y + 1.2, () => {
    iso.box(x, y, 0, 0.7, 2.2, 0.9, shade(color, -0.1));
    iso.box(x + 0.3, y, 0, 0.8, 0.3, 0.7, color);
    iso.box(x + 0.7, y + 0.3, 0, 0.75, 1.6, 0.45, color);
    iso.box(x + 0.3, y + 1.9, 0, 0.8, 0.3, 0.7, color);
  });
}

function counter(iso: Iso, x: number, y: number, w: number, d: number, top: string, front: string): void {
  iso.add(x + y + (w + d) / 2, () => {
    iso.box(x, y, 0, w, d, 1, front);
    iso.box(x - 0.03, y - 0.03, 1, w + 0.06, d + 0.06, 0.1, top);
  });
}

const ROOMS: Partial<Record<SettingKind, RoomLook>> = {
  bedroom: {
    wall: '#e9dfd0', floor: '#c89a6a', what: 'a bed, a wardrobe, a nightstand, a rug and a plant',
    furnish: (iso, ctx) => {
      bed(iso, 0.25, 0.3, ctx.rng.pick(['#6c8fc7', '#d98a8a', '#8fb88a', '#e0b45a']));
      iso.addBox(0.25, 2.0, 0, 0.6, 0.6, 0.6, WOOD);
      iso.addBox(3.6, 0.25, 0, 1.6, 0.7, 2.5, shade(WOOD, -0.05));
      rug(iso, 2.4, 2.4, 2.4, 2, '#c96a6a');
      plant(iso, 0.3, 4.9);
    },
  },
  cafe: {
    wall: '#efe3cf', floor: '#8a5a3a', board: true, what: 'a counter with an espresso machine, little tables with chairs and a menu board',
    furnish: (iso) => {
      counter(iso, 0.3, 0.3, 3.4, 0.8, '#e8e2d6', '#6a4a32');
      iso.addBox(1.0, 0.4, 1.1, 0.6, 0.5, 0.5, '#b8bcc2');
      iso.addBox(2.4, 0.5, 1.1, 0.3, 0.3, 0.35, '#c46a3f');
      for (const [x, y] of [[1.4, 2.6], [3.6, 2.4], [2.6, 4.4]]) {
        table(iso, x!, y!, 0.8, 0.8, 0.85, '#f4efe6');
        chair(iso, x! - 0.6, y! + 0.15, '#a8764a');
        chair(iso, x! + 0.2, y! + 0.9, '#a8764a');
      }
      plant(iso, 0.3, 4.9);
    },
  },
  office: {
    wall: '#e4e8ec', floor: '#9aa3ad', what: 'desks with screens and chairs, a shelf and a plant',
    furnish: (iso) => {
      screenDesk(iso, 0.5, 0.3);
      screenDesk(iso, 3.0, 0.3);
      shelf(iso, 0.2, 2.4, 0.5, 2.2, 2, false);
      screenDesk(iso, 2.8, 3.0);
      plant(iso, 5.2, 5.2);
    },
  },
  library: {
    wall: '#d9c8aa', floor: '#7a5234', what: 'walls of bookshelves, a reading table and a rug',
    furnish: (iso) => {
      shelf(iso, 0.2, 0.2, 5.4, 0.5, 2.6, true);
      shelf(iso, 0.2, 0.8, 0.5, 4.8, 2.6, false);
      rug(iso, 1.6, 1.8, 3.4, 3, '#7a2f3a');
      table(iso, 2.3, 2.6, 1.8, 1.1, 0.85, WOOD);
      chair(iso, 2.8, 3.9, '#7a2f3a');
    },
  },
  kitchen: {
    wall: '#eef0ea', floor: '#d9d2c4', what: 'counters along the walls, a fridge and a table',
    furnish: (iso) => {
      counter(iso, 1.1, 0.2, 4.4, 0.8, '#f4f4f2', '#6f9a8a');
      counter(iso, 0.2, 1.1, 0.8, 2.6, '#f4f4f2', '#6f9a8a');
      iso.addBox(0.2, 0.2, 0, 0.85, 0.85, 2.4, '#e6e8ea');
      table(iso, 2.6, 2.8, 1.6, 1.2, 0.85, WOOD);
      chair(iso, 3.1, 4.1, '#a8764a');
    },
  },
};

// A room the tables furnish no further (a stage, a courtroom, an art room): a table with chairs,
// a shelf, a rug and a plant; a dungeon is bare stone with barrels and a table.
const PLAIN: RoomLook = {
  wall: '#e6e0d6', floor: '#b8895a', what: 'a table with chairs, a shelf, a rug and a plant',
  furnish: (iso) => {
    rug(iso, 1.4, 1.6, 3, 2.8, '#8a9fb0');
    table(iso, 2.2, 2.4, 1.6, 1.1, 0.85, WOOD);
    chair(iso, 2.5, 3.6, '#a8764a');
    chair(iso, 3.4, 3.6, '#a8764a');
    shelf(iso, 0.2, 0.2, 2.4, 0.5, 2.2, true);
    plant(iso, 5.1, 0.4);
  },
};

const STONE: RoomLook = {
  wall: '#7a7a80', floor: '#5e5e66', what: 'barrels and a rough table, all in grey stone',
  furnish: (iso) => {
    for (const [x, y] of [[0.3, 0.3], [1.0, 0.3], [0.3, 1.0]]) iso.addBox(x!, y!, 0, 0.6, 0.6, 0.8, '#8a5a36');
    table(iso, 2.4, 2.2, 1.6, 1, 0.8, shade(WOOD, -0.25));
  },
};

const LIVING: RoomLook = {
  wall: '#e6ddd0', floor: '#b8895a', what: 'a sofa, a coffee table, a TV on a low cabinet, a rug and a plant',
  furnish: (iso, ctx) => {
    rug(iso, 1.6, 1.6, 2.8, 2.8, '#6f8fb0');
    sofa(iso, 0.25, 1.6, ctx.rng.pick(['#6a8fb5', '#c9755a', '#7aa06a', '#8a6aa0']));
    table(iso, 2.3, 2.4, 1.1, 1.2, 0.45, WOOD);
    iso.add(4.2, () => {
      iso.box(1.8, 0.2, 0, 2.6, 0.6, 0.6, shade(WOOD, -0.1));
      iso.box(2.2, 0.35, 0.6, 1.8, 0.1, 1, '#1f2329');
    });
    plant(iso, 5.1, 0.4);
    shelf(iso, 4.8, 1.4, 0.6, 0.6, 2.2, false);
  },
};

/** An isometric room of the setting (a living room for rooms without furniture of their own). */
export function isoRoom(ctx: ViewContext): ViewScene {
  const { c, setting } = ctx;
  const look = ROOMS[setting] ?? (setting === 'study' ? ROOMS.library! : setting === 'classroom' ? ROOMS.office! : setting === 'restaurant' ? ROOMS.cafe! : setting === 'living-room' ? LIVING : setting === 'dungeon' ? STONE : PLAIN);
  const iso = fitIso(c, N, 0.35, WALL_H + 0.3);
  iso.block(N, 0.35, look.floor, shade(look.floor, -0.25), 0);
  // Floor boards.
  const boards: number[][] = [];
  for (let i = 1; i < N * 2; i++) boards.push([0, i / 2, 0.002, N, i / 2, 0.002, N, i / 2 + 0.02, 0.002, 0, i / 2 + 0.02, 0.002]);
  c.path(iso.d(boards), shade(look.floor, -0.2), { layer: 'bg', bare: true, opacity: 0.5 });
  // The two back walls, their tops edged, a window in one and a framed picture on the other.
  iso.box(-0.2, 0, 0, 0.2, N, WALL_H, look.wall, 'bg');
  iso.box(-0.2, -0.2, 0, N + 0.2, 0.2, WALL_H, shade(look.wall, 0.04), 'bg');
  iso.poly([0, 0, 0, 0, N, 0, 0, N, WALL_H, 0, 0, WALL_H], shade(look.wall, -0.1), 'bg');
  iso.poly([0, 0, 0, N, 0, 0, N, 0, WALL_H, 0, 0, WALL_H], shade(look.wall, 0.02), 'bg');
  iso.poly([0, 0, 0, 0, N, 0, 0, N, 0.18, 0, 0, 0.18], shade(look.wall, -0.35), 'bg');
  iso.poly([0, 0, 0, N, 0, 0, N, 0, 0.18, 0, 0, 0.18], shade(look.wall, -0.3), 'bg');
  const sky = ctx.night ? '#22305a' : '#a9d4f7';
  iso.poly([0.01, 3.4, 1.2, 0.01, 5.2, 1.2, 0.01, 5.2, 2.8, 0.01, 3.4, 2.8], '#f4f1ea', 'bg');
  iso.poly([0.02, 3.5, 1.3, 0.02, 5.1, 1.3, 0.02, 5.1, 2.7, 0.02, 3.5, 2.7], sky, 'bg');
  iso.poly([0.03, 4.27, 1.3, 0.03, 4.33, 1.3, 0.03, 4.33, 2.7, 0.03, 4.27, 2.7], '#f4f1ea', 'bg');
  if (ctx.night) iso.poly([0.03, 3.7, 2.3, 0.03, 3.76, 2.3, 0.03, 3.76, 2.36, 0.03, 3.7, 2.36], '#ffffff', 'bg');
  iso.poly([1.4, 0.01, 1.8, 2.6, 0.01, 1.8, 2.6, 0.01, 2.9, 1.4, 0.01, 2.9], '#6a4a32', 'bg');
  iso.poly([1.5, 0.02, 1.9, 2.5, 0.02, 1.9, 2.5, 0.02, 2.8, 1.5, 0.02, 2.8], look.board ? '#2b3530' : ctx.rng.pick(['#e0b45a', '#7fb0a0', '#d98a6a']), 'bg');
  if (look.board) {
    // Chalk lines of the menu.
    const lines = [2.6, 2.45, 2.3, 2.15, 2.0].map((z, i) => [1.62, 0.03, z, 1.62 + (i ? 0.55 + (i % 2) * 0.2 : 0.76), 0.03, z, 1.62 + (i ? 0.55 + (i % 2) * 0.2 : 0.76), 0.03, z + 0.04, 1.62, 0.03, z + 0.04]);
    c.path(iso.d(lines), '#e8e4da', { layer: 'bg', bare: true, opacity: 0.85 });
  }
  look.furnish(iso, ctx);
  const spots = [[3.4, 4.6], [4.8, 3.6]].map(([x, y]) => ({ x: iso.x(x!, y!), y: iso.y(x!, y!, 0), h: 1.5 * iso.s, depth: x! + y! }));
  return { what: `a floor tile with two walls, ${look.what}`, spots, iso };
}
