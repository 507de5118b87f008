import { defineAppConfig } from "../ui/build/define-app-config.js";
import { faceAssets } from "../ui/build/face-assets.js";

// The phone pass is its own page (and bundle): a resident's phone never loads the kiosk.
export default defineAppConfig("kiosk", { pages: { "phone-pass": "phone-pass.html" }, plugins: [faceAssets()] });
