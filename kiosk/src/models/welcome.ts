import { api } from "../api";
import { unwrap } from "@ui/api-client";
import { byFacilityOrder } from "@ui/facility-order";
import { resource } from "@ui/resource";
import { deviceToken } from "./device";

export type Welcome = Awaited<ReturnType<typeof fetchWelcome>>;
export type Facility = Welcome["facilities"][number];

async function fetchWelcome() {
  const data = await unwrap(api.kiosk.welcome.$get());
  data.facilities.sort(byFacilityOrder);
  return data;
}

/** What the welcome screen shows, loaded whenever the kiosk has a credential. */
export const welcome = resource(() => deviceToken.value, fetchWelcome);
welcome.watch();
