import { defineAppConfig } from "../ui/build/define-app-config.js";
import { faceAssets } from "../ui/build/face-assets.js";

// Face entry at the desk computes descriptors in the browser, so the admin build ships the face
// models under /admin/face/ too.
export default defineAppConfig("admin", { plugins: [faceAssets()] });
