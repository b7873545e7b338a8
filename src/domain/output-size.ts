// The pixel sizes every engine produces (docs/api.md, "Output sizes": the Gemini 3.1 Flash Image table).
// 21:9 at 512 is 792x336, not upstream's 792x168, which breaks the ratio.

export const STANDARD_ASPECT_RATIOS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'] as const;
export const EXTENDED_ASPECT_RATIOS = ['1:4', '4:1', '1:8', '8:1'] as const;
export const ASPECT_RATIOS = [...STANDARD_ASPECT_RATIOS, ...EXTENDED_ASPECT_RATIOS] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

export const RESOLUTIONS = ['512', '1K', '2K', '4K'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Accepted spellings of `resolution` and what they mean (docs/api.md, "Create a task": low = 1K, medium = 2K, high = 4K). */
export const RESOLUTION_ALIASES: Record<string, Resolution> = {
  '512': '512',
  '1K': '1K',
  '2K': '2K',
  '4K': '4K',
  low: '1K',
  medium: '2K',
  high: '4K',
};

const TABLE: Record<AspectRatio, [number, number][]> = {
  // 512, 1K, 2K, 4K
  '1:1': [[512, 512], [1024, 1024], [2048, 2048], [4096, 4096]],
  '2:3': [[424, 632], [848, 1264], [1696, 2528], [3392, 5056]],
  '3:2': [[632, 424], [1264, 848], [2528, 1696], [5056, 3392]],
  '3:4': [[448, 600], [896, 1200], [1792, 2400], [3584, 4800]],
  '4:3': [[600, 448], [1200, 896], [2400, 1792], [4800, 3584]],
  '4:5': [[464, 576], [928, 1152], [1856, 2304], [3712, 4608]],
  '5:4': [[576, 464], [1152, 928], [2304, 1856], [4608, 3712]],
  '9:16': [[384, 688], [768, 1376], [1536, 2752], [3072, 5504]],
  '16:9': [[688, 384], [1376, 768], [2752, 1536], [5504, 3072]],
  '21:9': [[792, 336], [1584, 672], [3168, 1344], [6336, 2688]],
  '1:4': [[256, 1024], [512, 2048], [1024, 4096], [2048, 8192]],
  '4:1': [[1024, 256], [2048, 512], [4096, 1024], [8192, 2048]],
  '1:8': [[192, 1536], [384, 3072], [768, 6144], [1536, 12288]],
  '8:1': [[1536, 192], [3072, 384], [6144, 768], [12288, 1536]],
};

/** Width and height in pixels for a ratio at a resolution. */
export function outputSize(aspectRatio: AspectRatio, resolution: Resolution): { width: number; height: number } {
  const [width, height] = TABLE[aspectRatio][RESOLUTIONS.indexOf(resolution)];
  return { width, height };
}
