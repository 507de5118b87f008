import { DEMO_PASSWORD } from "../../../api/seed/demo";
import { PORTRAIT } from "./kiosk-fit";
import { type Stack, startStack } from "./stack";

type PersonRef = { kind: "resident" | "courier"; id: string };

/**
 * The demo community admin at the desk, through the real API: what the admin panel would do,
 * without its screens, so the kiosk tests can set up passes, faces and answers quickly.
 */
export async function signInAsAdmin(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!res.ok || !cookie) throw new Error(`Demo admin sign-in failed: ${res.status}`);

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  const { communities } = await call<{ communities: { id: string }[] }>("GET", "/communities");
  const cid = communities[0]!.id;
  const { residents } = await call<{ residents: { id: string; name: string }[] }>(
    "GET",
    `/communities/${cid}/residents`,
  );
  const { facilities } = await call<{ facilities: { id: string; kind: string }[] }>(
    "GET",
    `/communities/${cid}/facilities`,
  );

  return {
    communityId: cid,
    /** Any staff route, as the signed-in admin: for the desk's steps no helper below names. */
    call,
    /** A seeded adult resident, by name. */
    resident(name: string): PersonRef & { name: string } {
      const found = residents.find((r) => r.name === name);
      if (!found) throw new Error(`No seeded resident called ${name}`);
      return { kind: "resident", id: found.id, name };
    },
    /** A seeded rider, by name (riders are the station's, so asked of it when needed). */
    async courier(name: string): Promise<PersonRef & { name: string }> {
      const { couriers } = await call<{ couriers: { id: string; name: string }[] }>(
        "GET",
        `/communities/${cid}/station/couriers`,
      );
      const found = couriers.find((c) => c.name === name);
      if (!found) throw new Error(`No seeded rider called ${name}`);
      return { kind: "courier", id: found.id, name };
    },
    async issuePass(holder: PersonRef) {
      const { passes } = await call<{ passes: { code: string }[] }>("POST", `/communities/${cid}/passes`, {
        holders: [holder],
      });
      return passes[0]!.code;
    },
    issuePhonePass: (holder: PersonRef) => call<{ link: string }>("POST", `/communities/${cid}/phone-passes`, holder),
    recordFaceConsent: (holder: PersonRef) =>
      call("POST", `/communities/${cid}/face-consents`, {
        ...holder,
        consentTextVersion: "2026-01",
        consentedBy: "本人",
      }),
    enrolFace: (holder: PersonRef, descriptor: number[]) =>
      call("POST", `/communities/${cid}/face-templates`, { ...holder, descriptor }),
    withdrawFaceConsent: (holder: PersonRef) =>
      call("DELETE", `/communities/${cid}/face-consents/${holder.kind}/${holder.id}`),
    /** Staff at the desk answer a kiosk's open call by saying who is standing there. */
    async answerCallAt(kioskId: string, person: PersonRef) {
      const { calls } = await call<{ calls: { id: string; kioskId: string }[] }>(
        "GET",
        `/communities/${cid}/staff-calls`,
      );
      const open = calls.find((c) => c.kioskId === kioskId);
      if (!open) throw new Error(`no open staff call at kiosk ${kioskId}`);
      await call("POST", `/communities/${cid}/staff-calls/${open.id}/answer`, { person });
    },

    /** A new kiosk at `facilityKind`, already paired: its own rate limit and its own staff calls. */
    async pairedKiosk(name: string, facilityKind = "canteen") {
      const facility = facilities.find((f) => f.kind === facilityKind)!;
      const kiosk = await call<{ id: string; pairingCode: string }>("POST", `/communities/${cid}/kiosks`, {
        name,
        facilityId: facility.id,
      });
      const paired = await fetch(`${baseUrl}/api/kiosk/pair`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: kiosk.pairingCode }),
      });
      const { token } = (await paired.json()) as { token: string };
      return { id: kiosk.id, token };
    },
  };
}

export type StaffApi = Awaited<ReturnType<typeof signInAsAdmin>>;

/** What a kiosk device itself sends to identify someone, from outside any browser. */
export async function identifyAsKiosk(baseUrl: string, token: string, code: string) {
  const res = await fetch(`${baseUrl}/api/kiosk/identify`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ method: "qr", code }),
  });
  return { status: res.status, body: (await res.json()) as { person?: { name: string }; error?: { code: string } } };
}

/**
 * A server of a test's own (started with `env`, e.g. a fake now) and the demo admin at the desk:
 * `beforeAll(async () => ({ stack, staff } = await stackWithAdmin(env)))`.
 */
export async function stackWithAdmin(env: Record<string, string> = {}) {
  const stack = await startStack(env);
  return { stack, staff: await signInAsAdmin(stack.baseUrl) };
}

/**
 * A new paired kiosk in a portrait browser whose clock the test moves, where someone with no pass
 * has just tapped 找工作人员: staff answer it with `staff.answerCallAt(kiosk.id, person)`.
 */
export async function kioskCallingStaff(stack: Stack, staff: StaffApi, kioskName: string) {
  const kiosk = await staff.pairedKiosk(kioskName);
  const context = await stack.browser.newContext({ viewport: PORTRAIT });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${stack.baseUrl}/kiosk/?device=${kiosk.token}`);
  await page.getByRole("button", { name: "找工作人员" }).click();
  await page.getByText("已通知工作人员，请稍候").waitFor();
  return { kiosk, context, page };
}
