import { createApiClient } from "./lib/api-client";
import { deviceToken, forgetDevice } from "./models/device";

export const api = createApiClient({
  headers: (): Record<string, string> => (deviceToken.value ? { authorization: `Bearer ${deviceToken.value}` } : {}),
  // A revoked or unknown device credential is useless: drop it so staff can pair again.
  onResponse: (res) => {
    if (res.status === 401) forgetDevice();
  },
}).api;
