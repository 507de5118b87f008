// Gzip sizes against the goals: the JS the kiosk loads before anything lazy (what index.html names),
// and the Worker as `wrangler deploy` would upload it. gzip at node:zlib's default level.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const KIB = 1024;
const KIOSK_INDEX = "dist/kiosk/index.html";

const sizeOf = (files: string[]) =>
  files.reduce(
    (sum, file) => {
      const bytes = readFileSync(file);
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes).length };
    },
    { raw: 0, gzip: 0 },
  );

/** Entry scripts and their modulepreloads: everything the first paint waits for. */
function kioskInitialScripts() {
  const html = readFileSync(KIOSK_INDEX, "utf8");
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].flatMap(([tag]) => {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    const preload = /\srel="modulepreload"/.test(tag) ? /\shref="([^"]+)"/.exec(tag)?.[1] : undefined;
    return [src ?? preload].filter((url): url is string => url !== undefined);
  });
  return [...new Set(urls)].map((url) => join("dist", new URL(url, "http://x/").pathname));
}

/** The Worker bundle from a dry-run deploy; an empty assets dir, as assets are not in the bundle. */
function workerBundle(dir: string) {
  const out = join(dir, "out");
  const emptyAssets = mkdtempSync(join(dir, "assets-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out, "--assets", emptyAssets], {
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
    stdio: "pipe",
  });
  return readdirSync(out)
    .filter((f) => f.endsWith(".js"))
    .map((f) => join(out, f));
}

function report(name: string, files: string[], goalKiB: number) {
  const { raw, gzip } = sizeOf(files);
  const verdict = gzip <= goalKiB * KIB ? "within" : "OVER";
  console.log(
    `${name.padEnd(22)} ${(gzip / KIB).toFixed(1).padStart(7)} KiB gzip (${(raw / KIB).toFixed(1)} KiB raw, ${files.length} files)  goal ≤ ${goalKiB} KiB: ${verdict}`,
  );
}

if (existsSync(KIOSK_INDEX)) report("kiosk initial JS", kioskInitialScripts(), 50);
else console.log(`kiosk initial JS       ${KIOSK_INDEX} is missing; run "npm run build" first`);

const dir = mkdtempSync(join(tmpdir(), "linli-bundle-"));
try {
  report("worker bundle", workerBundle(dir), 1024);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
