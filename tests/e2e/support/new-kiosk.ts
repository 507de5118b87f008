import { DEMO_PASSWORD } from "../../../api/seed/demo";

/** Registers a kiosk as the demo community admin would, through the API, and returns its pairing code. */
export async function registerKiosk(baseUrl: string, name: string) {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
  });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0];
  if (!signIn.ok || !cookie) throw new Error(`Demo admin sign-in failed: ${signIn.status}`);
  const get = async (path: string) => (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).json();

  const { communities } = await get("/api/communities");
  const communityId: string = communities[0].id;
  const { facilities } = await get(`/api/communities/${communityId}/facilities`);
  const created = await fetch(`${baseUrl}/api/communities/${communityId}/kiosks`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ name, facilityId: facilities[0].id }),
  });
  if (created.status !== 201) throw new Error(`Registering a kiosk failed: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { pairingCode: string }).pairingCode;
}
