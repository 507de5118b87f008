import { createApiClient } from "@ui/api-client";
import { noteReachable, noteUnreachable } from "./models/connection";
import { deviceToken, forgetDevice } from "./models/device";
import { noteKioskError } from "./models/kiosk-errors";

// Only this code means the device credential itself was refused; a refused pass or an ended
// person session is a 401 too, and must not unpair the kiosk.
const DEVICE_REFUSED = "UNAUTHENTICATED";

export const api = createApiClient({
  headers: (): Record<string, string> => (deviceToken.value ? { authorization: `Bearer ${deviceToken.value}` } : {}),
  // A revoked or unknown device credential is useless: drop it so staff can pair again.
  onNetworkError: noteUnreachable,
  onResponse: (res) => {
    noteReachable();
    // The server failed (not a refusal): staff see it with the kiosk's next heartbeat.
    if (res.status >= 500) noteKioskError(`HTTP ${res.status} ${new URL(res.url, location.origin).pathname}`);
    if (res.status !== 401) return;
    void res
      .clone()
      .json()
      .then(
        (body: { error?: { code?: string } } | null) => {
          if (body?.error?.code === DEVICE_REFUSED) forgetDevice();
        },
        // A 401 that is not our envelope (a proxy's or captive portal's page) says nothing about
        // the credential: keep it, or one bad hop would unpair every kiosk behind it.
        () => undefined,
      );
  },
}).api;
