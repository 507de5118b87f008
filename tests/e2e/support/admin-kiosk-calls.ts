import { DEMO_KIOSK_TOKEN } from "../../../api/seed/demo";

const asDemoKiosk = { authorization: `Bearer ${DEMO_KIOSK_TOKEN}`, "content-type": "application/json" };

/** Presses the demo canteen kiosk's call-staff button, through the API the kiosk uses. */
export async function raiseStaffCall(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/kiosk/staff-calls`, { method: "POST", headers: asDemoKiosk });
  if (!res.ok) throw new Error(`Raising a staff call failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { callId: string; raisedAt: string };
}

/** What the kiosk learns when it asks whether staff have identified its caller. */
export async function claimStaffCall(baseUrl: string, callId: string) {
  const res = await fetch(`${baseUrl}/api/kiosk/staff-calls/${callId}/claim`, { method: "POST", headers: asDemoKiosk });
  if (!res.ok) throw new Error(`Claiming a staff call failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { status: string; person?: { name: string } };
}
