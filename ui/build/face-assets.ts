import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

const require = createRequire(import.meta.url);
const faceApiModels = join(dirname(require.resolve("@vladmandic/face-api/package.json")), "model");
const tfjsWasm = join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json")), "dist");

// Only the nets face-descriptor.ts loads: detector, landmarks, recognition (≈12.4 MB together);
// age, gender and expression models are never shipped.
const NETS = ["ssd_mobilenetv1_model", "face_landmark_68_model", "face_recognition_model"];
// tfjs picks one at run time: plain, SIMD, or threaded SIMD when the page is cross-origin isolated.
const WASM = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];

/** URL path under face/ → file on disk. */
const FILES = new Map<string, string>([
  ...NETS.flatMap((net) => [`${net}-weights_manifest.json`, `${net}.bin`]).map(
    (file) => [`models/${file}`, join(faceApiModels, file)] as const,
  ),
  ...WASM.map((file) => [file, join(tfjsWasm, file)] as const),
]);

const CONTENT_TYPES: Record<string, string> = {
  json: "application/json",
  bin: "application/octet-stream",
  // Without this type the browser cannot compile the WASM while it downloads.
  wasm: "application/wasm",
};

/**
 * Face-api's weights and tfjs's WASM binaries ship inside their npm packages; this serves them
 * at <base>face/ in `vite dev` and copies them to <outDir>/face/ at build, so the kiosk and the
 * admin panel load them from their own origin and no face data goes to a third-party CDN.
 */
export function faceAssets(): Plugin {
  return {
    name: "linli-face-assets",
    configureServer(server) {
      const prefix = `${server.config.base}face/`;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split("?")[0];
        const file = path?.startsWith(prefix) ? FILES.get(path.slice(prefix.length)) : undefined;
        if (!file) return next();
        res.setHeader("Content-Type", CONTENT_TYPES[file.split(".").pop()!] ?? "application/octet-stream");
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [path, file] of FILES)
        this.emitFile({ type: "asset", fileName: `face/${path}`, source: readFileSync(file) });
    },
  };
}
