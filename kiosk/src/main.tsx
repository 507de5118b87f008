import { render } from "preact";
import { App } from "./app";
import { adoptTokenFromUrl } from "./models/device";
import { effect } from "@preact/signals";
import { setIdleTimings, watchActivity } from "./models/inactivity";
import { keepSessionAlive } from "./models/kiosk-session";
import { startHeartbeat } from "./models/heartbeat";
import { welcome } from "./models/welcome";
import { scannerSetting } from "./identify/usb-scanner";
import "./styles/base.css";
import "./pages/pages.css";

adoptTokenFromUrl();
watchActivity(keepSessionAlive);
startHeartbeat();
effect(() => {
  const data = welcome.data.value;
  if (!data) return;
  setIdleTimings(data.idle);
  scannerSetting.maxGapMs = data.scanner.maxGapMs;
});
render(<App />, document.getElementById("app")!);
