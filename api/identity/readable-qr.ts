import * as zxingModule from "@zxing/library";
import QRCode from "qrcode";

// Bundlers (Workers, Vite) take the package's ES build, whose exports are named; Node's own ESM
// loader takes its CommonJS build, whose named exports it cannot see, only the default.
const zxing = ((zxingModule as { default?: typeof zxingModule }).default ?? zxingModule) as typeof zxingModule;
const { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } = zxing;

const SCALE = 4;
const MARGIN = 4;

/**
 * Whether the kiosk's own decoder reads this text from a clean QR image. About one random pass
 * code in twenty draws modules that @zxing/library's detector takes for a finder pattern, and then
 * no camera angle or size reads it; such a code is never issued (the caller draws another).
 * Settings match what every pass is drawn with: error correction M, four modules of quiet zone.
 */
export function isReadableQr(text: string) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const side = (modules.size + 2 * MARGIN) * SCALE;
  const pixels = new Uint8ClampedArray(side * side).fill(255);
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < SCALE; dy++) pixels.fill(0, ((y + MARGIN) * SCALE + dy) * side + (x + MARGIN) * SCALE, ((y + MARGIN) * SCALE + dy) * side + (x + MARGIN + 1) * SCALE);
    }
  }
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, side, side)));
    // The kiosk's camera reader asks for QR codes only and nothing harder; so does this check.
    return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]]])).getText() === text;
  } catch {
    return false;
  }
}
