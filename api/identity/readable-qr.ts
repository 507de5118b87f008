import * as zxingModule from "@zxing/library";
import QRCode from "qrcode";

// Bundlers (Workers, Vite) take the package's ES build, whose exports are named; Node's own ESM
// loader takes its CommonJS build, whose named exports it cannot see, only the default.
const zxing = ((zxingModule as { default?: typeof zxingModule }).default ?? zxingModule) as typeof zxingModule;
const { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } = zxing;

// Pixels per module: a card held up to a kiosk camera spans several; at 3–4 the detector's false
// finder patterns mostly vanish, so checking there alone would pass codes the camera cannot read.
const SCALES = [6, 10];
const MARGIN = 4;

/**
 * Whether the kiosk's own decoder reads this text from clean QR images at camera-like sizes. About
 * one random pass code in twenty draws modules that @zxing/library's detector takes for a finder
 * pattern, and then the camera does not read it at any angle; such a code is never issued (the
 * caller draws another).
 * Settings match what every pass is drawn with: error correction M, four modules of quiet zone.
 */
export function isReadableQr(text: string) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return SCALES.every((scale) => decodes(modules, scale, text));
}

function decodes(
  modules: { size: number; get(row: number, col: number): number | boolean },
  scale: number,
  text: string,
) {
  const side = (modules.size + 2 * MARGIN) * scale;
  const pixels = new Uint8ClampedArray(side * side).fill(255);
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = ((y + MARGIN) * scale + dy) * side;
        pixels.fill(0, row + (x + MARGIN) * scale, row + (x + MARGIN + 1) * scale);
      }
    }
  }
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, side, side)));
    // The kiosk's camera reader asks for QR codes only and nothing harder; so does this check.
    return (
      new QRCodeReader()
        .decode(bitmap, new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]]]))
        .getText() === text
    );
  } catch {
    return false;
  }
}
