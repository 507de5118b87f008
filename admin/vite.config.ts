import { defineAppConfig } from "../kiosk/define-app-config.js";

export default defineAppConfig("admin");
