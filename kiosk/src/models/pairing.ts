import { unwrap } from "@ui/api-client";
import { api } from "../api";
import { codeEntry } from "./code-entry";
import { deviceToken } from "./device";

/** The code staff read out from the admin panel, which makes this kiosk theirs. */
export const pairingCode = codeEntry(8, async (code) => {
  const { token } = await unwrap(api.kiosk.pair.$post({ json: { code } }));
  deviceToken.value = token;
});
