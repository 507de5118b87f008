import { signInAsAdmin } from "./flow-staff-api";

/** Registers a kiosk as the demo community admin would, through the API, and returns its pairing code. */
export async function registerKiosk(baseUrl: string, name: string) {
  const { call, communityId } = await signInAsAdmin(baseUrl);
  const { facilities } = await call<{ facilities: { id: string }[] }>("GET", `/communities/${communityId}/facilities`);
  const created = await call<{ pairingCode: string }>("POST", `/communities/${communityId}/kiosks`, {
    name,
    facilityId: facilities[0]!.id,
  });
  return created.pairingCode;
}
