import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { descriptorNear, makeKiosk, makeResident, randomDescriptor } from "../support/factories";
import { call, type TestApp } from "../support/test-app";
import { type Community, communityWithAdmin } from "../support/signed-in";

let t: TestApp;
let community: Community;
let cookie: string;
beforeAll(async () => ({ t, community, cookie } = await communityWithAdmin()));
afterAll(() => {
  vi.restoreAllMocks();
  t.cleanup();
});

async function enrol(residentId: string, descriptor: number[]) {
  const base = `/api/communities/${community.id}`;
  const consent = { kind: "resident", id: residentId, consentTextVersion: "2026-01", consentedBy: "本人" };
  expect((await call(t, "POST", `${base}/face-consents`, { cookie, body: consent })).status).toBe(201);
  const template = { kind: "resident", id: residentId, descriptor };
  expect((await call(t, "POST", `${base}/face-templates`, { cookie, body: template })).status).toBe(201);
}

describe("the face gallery", () => {
  // The Worker builds a Db per request, so a cache keyed by the Db object decrypted the whole
  // gallery on every identification there; the cache is kept per community and enrolment version.
  it("is decrypted once per enrolment, not on every identification, and reloaded after an enrolment", async () => {
    const kiosk = await makeKiosk(t.db, community);
    const faces = [randomDescriptor(0.11), randomDescriptor(0.22)];
    const [first, second] = [await makeResident(t.db, community.id), await makeResident(t.db, community.id)];
    await enrol(first.id, faces[0]!);
    const identify = (face: number[]) =>
      call(t, "POST", "/api/kiosk/identify", {
        headers: { authorization: `Bearer ${kiosk.token}` },
        body: { method: "face", descriptor: descriptorNear(face, 0.2, 0.5) },
      });
    expect((await identify(faces[0]!)).json.person.id).toBe(first.id);

    const decrypt = vi.spyOn(crypto.subtle, "decrypt");
    for (let i = 0; i < 3; i++) expect((await identify(faces[0]!)).json.person.id).toBe(first.id);
    expect(decrypt).not.toHaveBeenCalled();

    await enrol(second.id, faces[1]!);
    expect((await identify(faces[1]!)).json.person.id).toBe(second.id);
    expect(decrypt).toHaveBeenCalledTimes(2);
  });
});
