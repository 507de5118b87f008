import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Crop } from "../../support/fake-camera";

const require = createRequire(import.meta.url);
export const samplePhoto = (n: number) => readFileSync(require.resolve(`@vladmandic/face-api/demo/sample${n}.jpg`));

/**
 * Faces picked by eye from face-api's sample photos, each crop holding one face and no
 * neighbour. The samples never show the same
 * person twice, so "same person" is the same face cropped at another scale and offset.
 */
export const faces = {
  blonde: { photo: 3, crop: { x: 965, y: 170, width: 455, height: 430, scale: 0.75 } },
  blondeCloser: { photo: 3, crop: { x: 1000, y: 220, width: 360, height: 340, scale: 1.2 } },
  darkHaired: { photo: 6, crop: { x: 560, y: 260, width: 440, height: 460, scale: 0.75 } },
} satisfies Record<string, { photo: number; crop: Crop }>;
