import { createApiClient } from "@ui/api-client";
import { signedOut } from "./models/session";

export const api = createApiClient({
  // The session cookie expired or was revoked: back to the sign-in page, whatever was on screen.
  onResponse: (res) => {
    if (res.status === 401) signedOut();
  },
}).api;
