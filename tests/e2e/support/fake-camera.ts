import { writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import QRCode from "qrcode";

/** Chromium flags that replace the camera with `file` (.y4m or .mjpeg) and grant access silently. */
export const fakeCameraArgs = (file: string) => [
  "--use-fake-device-for-media-stream",
  "--use-fake-ui-for-media-stream",
  `--use-file-for-fake-video-capture=${file}`,
];

const WIDTH = 640;
const HEIGHT = 480;
const QUIET_ZONE_MODULES = 4;

/**
 * Writes a Y4M video (YUV 4:2:0) of `text` as a black-on-white QR code centred in a white frame,
 * as a printed pass held up to the camera. Chromium loops the few identical frames.
 */
export function writeQrVideo(path: string, text: string, frames = 3) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const side = modules.size + 2 * QUIET_ZONE_MODULES;
  const scale = Math.floor((Math.min(WIDTH, HEIGHT) * 0.9) / side);
  const left = Math.floor((WIDTH - modules.size * scale) / 2);
  const top = Math.floor((HEIGHT - modules.size * scale) / 2);

  const luma = Buffer.alloc(WIDTH * HEIGHT, 235); // video-range white; the whole frame is quiet zone
  for (let y = 0; y < modules.size * scale; y++) {
    for (let x = 0; x < modules.size * scale; x++) {
      if (modules.get(Math.floor(y / scale), Math.floor(x / scale))) luma[(top + y) * WIDTH + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128); // U and V planes: no colour
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

export type Crop = { x: number; y: number; width: number; height: number; scale: number };

/**
 * Draws `crop` of the JPEG at `photo`, enlarged or shrunk by `scale`, centred on a grey 640×480
 * JPEG frame: a person standing a little way from the kiosk, with nobody else in view. Chromium's
 * own decoder and canvas do the work (no image tools needed on the machine). With a .mjpeg
 * extension a single frame is a valid fake-camera video; the same bytes also load as an image.
 */
export async function writeFaceFrame(browser: Browser, photo: Buffer, crop: Crop, path: string) {
  const page = await browser.newPage();
  try {
    const dataUrl = await page.evaluate(
      async ({ src, crop, width, height }) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = Object.assign(document.createElement("canvas"), { width, height });
        const context = canvas.getContext("2d")!;
        context.fillStyle = "#808080";
        context.fillRect(0, 0, width, height);
        const [w, h] = [crop.width * crop.scale, crop.height * crop.scale];
        context.drawImage(image, crop.x, crop.y, crop.width, crop.height, (width - w) / 2, (height - h) / 2, w, h);
        return canvas.toDataURL("image/jpeg", 0.92);
      },
      { src: `data:image/jpeg;base64,${photo.toString("base64")}`, crop, width: WIDTH, height: HEIGHT },
    );
    writeFileSync(path, Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));
  } finally {
    await page.close();
  }
}
