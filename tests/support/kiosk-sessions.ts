import { expect } from "vitest";
import { openKioskSession } from "../../api/identity/kiosk-session";
import type { makeKiosk } from "./factories";
import { call, type TestApp } from "./test-app";

type Kiosk = Awaited<ReturnType<typeof makeKiosk>>;
type Holder = { kind: "resident" | "courier"; id: string };
/** What a kiosk sends on a person's behalf: its own token and the person's session. */
export type KioskHeaders = { authorization: string; "x-kiosk-session": string };

/** A kiosk session opened as at the kiosk: staff issue the person a pass and the kiosk reads its QR code. */
export async function identifyWithPass(
  t: TestApp,
  { kiosk, cookie, holder }: { kiosk: Kiosk; cookie: string; holder: Holder },
): Promise<KioskHeaders> {
  const pass = await call(t, "POST", `/api/communities/${kiosk.communityId}/passes`, {
    cookie,
    body: { holders: [holder] },
  });
  const res = await call(t, "POST", "/api/kiosk/identify", {
    body: { method: "qr", code: pass.json.passes[0].code },
    headers: { authorization: `Bearer ${kiosk.token}` },
  });
  expect(res.status).toBe(200);
  return { authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": res.json.session.token as string };
}

/** A kiosk session opened directly, as identification would open it, without the pass and its rate limit. */
export async function openedSession(t: TestApp, kiosk: Kiosk, holder: Holder): Promise<KioskHeaders> {
  const { token } = await openKioskSession(t, { kiosk, holder, method: "qr" });
  return { authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": token };
}

/**
 * Sessions for residents at one kiosk: the first goes through a QR pass like at the kiosk; the rest
 * open directly, so that a crowd of residents is not held up by identification's rate limit.
 */
export function residentSessions(t: TestApp, { kiosk, cookie }: { kiosk: Kiosk; cookie: string }) {
  let viaPass = true;
  return async function sessionFor(residentId: string): Promise<KioskHeaders> {
    const holder = { kind: "resident" as const, id: residentId };
    if (viaPass) {
      viaPass = false;
      return identifyWithPass(t, { kiosk, cookie, holder });
    }
    return openedSession(t, kiosk, holder);
  };
}
