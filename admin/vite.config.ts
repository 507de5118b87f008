import { faceAssets } from "../kiosk/face-assets.js";
import { defineAppConfig } from "../kiosk/define-app-config.js";

const config = defineAppConfig("admin");
// Face entry at the desk computes descriptors in the browser, so the admin build ships the
// face models under /admin/face/ too (unless the shared config already adds the plugin).
const plugins = config.plugins ?? [];
if (!plugins.flat().some((p) => p && typeof p === "object" && "name" in p && p.name === "linli-face-assets"))
  plugins.push(faceAssets());

export default { ...config, plugins };
