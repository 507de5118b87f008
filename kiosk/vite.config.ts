import { defineAppConfig } from "./define-app-config.js";

export default defineAppConfig("kiosk");
