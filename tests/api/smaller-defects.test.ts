import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomToken } from "../../api/shared/crypto";
import { rotatingCode } from "../../common/rotating-code";
import { makeKiosk, makeResident } from "../support/factories";
import { call, type TestApp } from "../support/test-app";
import { type Community, communityWithAdmin, type SignedInStaff } from "../support/signed-in";

let t: TestApp;
let community: Community;
let admin: SignedInStaff;
let cookie: string;
beforeAll(async () => ({ t, community, admin, cookie } = await communityWithAdmin()));
afterAll(() => t.cleanup());

describe("smaller defects", () => {
  it("reports a phone code made with the wrong secret as not recognised, and an old one as expired", async () => {
    const kiosk = await makeKiosk(t.db, community);
    const resident = await makeResident(t.db, community.id);
    const pass = await call(t, "POST", `/api/communities/${community.id}/phone-passes`, {
      cookie,
      body: { kind: "resident", id: resident.id },
    });
    expect(pass.status).toBe(201);
    const step = Math.floor(t.clock.now().getTime() / 30_000);
    const identify = async (code: string) =>
      (
        await call(t, "POST", "/api/kiosk/identify", {
          body: { method: "qr", code },
          headers: { authorization: `Bearer ${kiosk.token}` },
        })
      ).json.error?.code;
    expect(await identify(await rotatingCode(pass.json.keyId, randomToken(32), step))).toBe("NOT_RECOGNISED");
    expect(await identify(await rotatingCode(pass.json.keyId, pass.json.secret, step - 4))).toBe("CODE_EXPIRED");
  });

  it("marks the session cookie Secure behind a TLS proxy when COOKIE_SECURE=auto (X-Forwarded-Proto)", async () => {
    const signIn = (headers: Record<string, string>) =>
      t.app.request("http://linli.example.org/api/auth/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ username: admin.username, password: admin.password }),
      });
    const proxied = await signIn({ "x-forwarded-proto": "https" });
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    const plain = await signIn({});
    expect(plain.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
  });
});
