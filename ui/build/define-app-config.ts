import preact from "@preact/preset-vite";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type PluginOption } from "vite";
import { htmlFrame } from "./html-frame.js";
import { uiAlias } from "./ui-alias.js";

type AppOptions = {
  /** Extra HTML entries besides index.html, by name → file inside the app folder. */
  pages?: Record<string, string>;
  plugins?: PluginOption[];
};

/** The build's name, reported by the kiosk's heartbeat: the package's version and, in a git checkout, its commit. */
function buildVersion() {
  const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: "pipe" }).trim();
    return commit ? `${version}+${commit}` : version;
  } catch {
    return version; // built from a tarball, without git
  }
}

/**
 * Both front-ends build the same way: from their own folder, under /<name>/, into dist/<name>,
 * which api/node.ts serves. In `vite dev` the API is proxied from a locally running server.
 */
export const defineAppConfig = (name: "kiosk" | "admin", { pages = {}, plugins = [] }: AppOptions = {}) => {
  const root = fileURLToPath(new URL(`../../${name}`, import.meta.url));
  const input = Object.keys(pages).length
    ? {
        index: `${root}/index.html`,
        ...Object.fromEntries(Object.entries(pages).map(([page, file]) => [page, `${root}/${file}`])),
      }
    : undefined;
  return defineConfig({
    root,
    base: `/${name}/`,
    plugins: [preact(), htmlFrame(), ...plugins],
    define: { "import.meta.env.LINLI_VERSION": JSON.stringify(buildVersion()) },
    resolve: { alias: uiAlias },
    build: {
      outDir: fileURLToPath(new URL(`../../dist/${name}`, import.meta.url)),
      emptyOutDir: true,
      target: "es2022",
      ...(input && { rolldownOptions: { input } }),
    },
    server: { proxy: { "/api": "http://localhost:8080" } },
  });
};
