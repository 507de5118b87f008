import preact from "@preact/preset-vite";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { uiAlias } from "../../../../ui/build/ui-alias.js";
import { faceAssets } from "../../../../ui/build/face-assets";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".jpg": "image/jpeg",
  ".mjpeg": "image/jpeg",
};

export type Harness = { origin: string; fixtures: string; close: () => Promise<void> };

/**
 * Builds the identify modules into a throwaway page with the real face-assets plugin, under the
 * kiosk's /kiosk/ base, and serves it with files the test writes into `fixtures` at /fixtures/.
 */
export async function startHarness(): Promise<Harness> {
  const root = mkdtempSync(join(tmpdir(), "linli-identify-"));
  const outDir = join(root, "kiosk");
  const fixtures = join(root, "fixtures");
  mkdirSync(fixtures);
  await build({
    configFile: false,
    root: fileURLToPath(new URL("../harness", import.meta.url)),
    base: "/kiosk/",
    logLevel: "warn",
    plugins: [preact(), faceAssets()],
    resolve: { alias: uiAlias },
    build: { outDir, emptyOutDir: true, target: "es2022", reportCompressedSize: false, chunkSizeWarningLimit: 2000 },
  });

  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = path.startsWith("/kiosk/") || path.startsWith("/fixtures/") ? join(root, path) : "";
    const found =
      file && existsSync(file) && statSync(file).isFile()
        ? file
        : path.startsWith("/kiosk/")
          ? join(outDir, "index.html")
          : "";
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(found)] ?? "application/octet-stream" });
    createReadStream(found).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    fixtures,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
