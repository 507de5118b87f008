import preact from "@preact/preset-vite";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * Both front-ends build the same way: from their own folder, under /<name>/, into dist/<name>,
 * which api/node.ts serves. In `vite dev` the API is proxied from a locally running server.
 */
export const defineAppConfig = (name: "kiosk" | "admin") =>
  defineConfig({
    root: fileURLToPath(new URL(`../${name}`, import.meta.url)),
    base: `/${name}/`,
    plugins: [preact()],
    build: { outDir: fileURLToPath(new URL(`../dist/${name}`, import.meta.url)), emptyOutDir: true, target: "es2022" },
    server: { proxy: { "/api": "http://localhost:8080" } },
  });
