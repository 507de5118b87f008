import { DEMO_STUDY_KIOSK_TOKEN } from "../../../api/seed/demo";

/**
 * What the study room's own kiosk sends for a person whose pass it has read, from outside any
 * browser: the person's study-room calls (book, walk in, the day) without their screens.
 */
export async function studyKioskAs(baseUrl: string, code: string) {
  const device = { authorization: `Bearer ${DEMO_STUDY_KIOSK_TOKEN}`, "content-type": "application/json" };
  const identified = await fetch(`${baseUrl}/api/kiosk/identify`, {
    method: "POST",
    headers: device,
    body: JSON.stringify({ method: "qr", code }),
  });
  if (!identified.ok)
    throw new Error(`The study kiosk could not identify the pass: ${identified.status} ${await identified.text()}`);
  const { session } = (await identified.json()) as { session: { token: string } };
  return async <T>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}/api/kiosk/study-room${path}`, {
      method,
      headers: { ...device, "x-kiosk-session": session.token },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: (await res.json()) as T };
  };
}
