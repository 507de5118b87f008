import { expect } from "vitest";
import { DEMO_KIOSK_TOKEN, DEMO_PASSWORD } from "../../../api/seed/demo";
import type { Stack } from "./stack";

type Init = { method?: string; body?: unknown; headers?: Record<string, string> };

/**
 * The API as another desk or kiosk uses it, beside the browser under test. The stack is read at
 * call time, since it starts in the file's beforeAll.
 */
export function sideApi(env: { stack: Stack }) {
  async function api(path: string, init: Init = {}) {
    const res = await fetch(`${env.stack.baseUrl}${path}`, {
      method: init.method ?? "GET",
      headers: { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    // A CSV or an empty answer stays text; the envelope and every JSON answer are parsed.
    let json: any = text;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, json };
  }

  /** A demo staff member's cookie and their (first) community. */
  async function staffSession(username = "admin") {
    const res = await fetch(`${env.stack.baseUrl}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
    const communityId = (await api("/api/communities", { headers: { cookie } })).json.communities[0].id as string;
    return { cookie, communityId };
  }

  /** A demo resident at a demo kiosk (the canteen's unless named): a pass issued by an admin, then scanned; the kiosk's headers. */
  async function kioskSessionFor(name: string, kioskToken = DEMO_KIOSK_TOKEN) {
    const { cookie, communityId } = await staffSession();
    const resident = (
      await api(`/api/communities/${communityId}/residents`, { headers: { cookie } })
    ).json.residents.find((r: { name: string }) => r.name === name);
    const pass = await api(`/api/communities/${communityId}/passes`, {
      method: "POST",
      headers: { cookie },
      body: { holders: [{ kind: "resident", id: resident.id }] },
    });
    const kiosk = { authorization: `Bearer ${kioskToken}` };
    const identified = await api("/api/kiosk/identify", {
      method: "POST",
      headers: kiosk,
      body: { method: "qr", code: pass.json.passes[0].code },
    });
    expect(identified.status).toBe(200);
    return { ...kiosk, "x-kiosk-session": identified.json.session.token as string };
  }

  return { api, staffSession, kioskSessionFor };
}
