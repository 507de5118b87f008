import { fileURLToPath } from "node:url";

/** The shared front-end kit, imported by both apps as `@ui/...` (tsconfig.json "paths" says the same). */
export const uiAlias = { "@ui": fileURLToPath(new URL("..", import.meta.url)) };
