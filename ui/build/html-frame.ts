import type { Plugin } from "vite";

/**
 * Every page of both front-ends is the same document: Chinese, sized for the device, no favicon
 * request, one #app to render into. A page's file holds only what is its own (its title, a meta
 * tag or two, its entry script); this wraps it in that document before Vite reads the page, in
 * `vite dev` as in the build.
 */
/** The page's own lines, indented into the head; its comment (which points here) is left out. */
const ownLines = (own: string) =>
  own
    .replace(/<!--[\s\S]*?-->/g, "")
    .trim()
    .replace(/^/gm, "    ");

export const htmlFrame = (): Plugin => ({
  name: "linli-html-frame",
  transformIndexHtml: {
    order: "pre",
    handler: (own) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
${ownLines(own)}
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`,
  },
});
