import { describe, expect, it } from "vitest";
import { RELAY_WINDOW_MS, relayMessage, shouldRetry, signRelay, verifyRelay } from "../../api/station/relay-rules";
import {
  canApply,
  courierStatus,
  DOOR_ATTEMPTS_PER_MINUTE,
  doorLockout,
  doorRefusal,
  faceAllowed,
  nextFreeStart,
  nightlyCutoff,
  showerRange,
  visitStep,
  visitsToClose,
} from "../../api/station/rules";

const SH = "Asia/Shanghai";
const sh = (dateTime: string) => new Date(`${dateTime}:00+08:00`);
const days = (n: number) => n * 86_400_000;

describe("courier registration", () => {
  const created = sh("2026-11-01T10:00");
  const at = (d: number) => new Date(created.getTime() + d);
  it("is pending until verified, and lapses after the set number of days", () => {
    const c = { verifiedAt: null, suspendedAt: null, createdAt: created };
    expect(courierStatus(c, at(days(14) - 1), 14)).toBe("pending");
    expect(courierStatus(c, at(days(14)), 14)).toBe("expired");
  });
  it("is verified once staff verify it, however long that took, and suspended over verified", () => {
    expect(courierStatus({ verifiedAt: at(1), suspendedAt: null, createdAt: created }, at(days(90)), 14)).toBe(
      "verified",
    );
    expect(courierStatus({ verifiedAt: at(1), suspendedAt: at(2), createdAt: created }, at(3), 14)).toBe("suspended");
  });
  it("allows verify from pending, suspend from verified and reinstate from suspended only", () => {
    expect(canApply("verify", "pending")).toBe(true);
    expect(canApply("verify", "expired")).toBe(false);
    expect(canApply("verify", "verified")).toBe(false);
    expect(canApply("suspend", "verified")).toBe(true);
    expect(canApply("suspend", "pending")).toBe(false);
    expect(canApply("reinstate", "suspended")).toBe(true);
    expect(canApply("reinstate", "verified")).toBe(false);
  });
});

describe("who may pass which door", () => {
  const station = { womenOnly: false };
  const womens = { womenOnly: true };
  const camera = { passOnly: false };
  const woman = { status: "verified" as const, gender: "female" as const };
  const man = { status: "verified" as const, gender: "male" as const };
  it("lets a verified rider through the station's door by pass or face", () => {
    expect(doorRefusal(man, station, camera, "pass")).toBeNull();
    expect(doorRefusal(man, station, camera, "face")).toBeNull();
  });
  it("refuses pending, lapsed and suspended riders", () => {
    expect(doorRefusal({ ...man, status: "pending" }, station, camera, "pass")).toBe("COURIER_NOT_VERIFIED");
    expect(doorRefusal({ ...man, status: "expired" }, station, camera, "pass")).toBe("REGISTRATION_EXPIRED");
    expect(doorRefusal({ ...woman, status: "suspended" }, womens, camera, "pass")).toBe("COURIER_SUSPENDED");
  });
  it("lets only verified women through the women-only door, and only by pass", () => {
    expect(doorRefusal(woman, womens, camera, "pass")).toBeNull();
    expect(doorRefusal(man, womens, camera, "pass")).toBe("WOMEN_ONLY");
    expect(doorRefusal(woman, womens, camera, "face")).toBe("FACE_NOT_ALLOWED");
    expect(doorRefusal({ ...woman, status: "pending" }, womens, camera, "pass")).toBe("COURIER_NOT_VERIFIED");
  });
  it("refuses a face at a pass-only kiosk at any door", () => {
    expect(faceAllowed({ passOnly: true }, station)).toBe(false);
    expect(faceAllowed(camera, womens)).toBe(false);
    expect(faceAllowed(camera, station)).toBe(true);
    expect(doorRefusal(man, station, { passOnly: true }, "face")).toBe("FACE_NOT_ALLOWED");
  });
});

describe("the door's limit", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  it("lets tries through until a minute holds its limit, then waits until the oldest of them leaves the minute", () => {
    const full = Array.from({ length: DOOR_ATTEMPTS_PER_MINUTE }, (_, i) => ago(50_000 - i * 100));
    expect(doorLockout(full.slice(1), now)).toBeNull();
    expect(doorLockout(full, now)).toEqual({ retryAfterSeconds: 10 });
  });
  it("does not count tries older than a minute", () => {
    const old = Array.from({ length: DOOR_ATTEMPTS_PER_MINUTE }, () => ago(60_000));
    expect(doorLockout(old, now)).toBeNull();
  });
});

describe("visits", () => {
  it("pairs an entry with the next exit and treats a second entry as already inside", () => {
    expect(visitStep("in", false)).toBe("enter");
    expect(visitStep("in", true)).toBe("already_inside");
    expect(visitStep("out", true)).toBe("exit");
    expect(visitStep("out", false)).toBe("exit_unpaired");
  });
  it("closes at the latest local close time: today's once passed, else yesterday's", () => {
    expect(nightlyCutoff(sh("2026-11-24T04:00"), SH, "04:00")).toEqual(sh("2026-11-24T04:00"));
    expect(nightlyCutoff(sh("2026-11-24T03:59"), SH, "04:00")).toEqual(sh("2026-11-23T04:00"));
    expect(nightlyCutoff(sh("2026-11-24T23:00"), SH, "04:00")).toEqual(sh("2026-11-24T04:00"));
  });
  it("closes only visits still open that began before the cut-off", () => {
    const cutoff = sh("2026-11-24T04:00");
    const visits = [
      { id: "left", enteredAt: sh("2026-11-23T22:00"), exitedAt: sh("2026-11-23T23:00") },
      { id: "forgot", enteredAt: sh("2026-11-23T22:00"), exitedAt: null },
      { id: "early-bird", enteredAt: sh("2026-11-24T04:30"), exitedAt: null },
    ];
    expect(visitsToClose(visits, cutoff).map((v) => v.id)).toEqual(["forgot"]);
  });
});

describe("shower slots", () => {
  it("hold the shower for the slot and the cleaning gap after it", () => {
    const r = showerRange(sh("2026-11-24T10:00"), 20, 10);
    expect(r.showerEndsAt).toEqual(sh("2026-11-24T10:20"));
    expect(r.endsAt).toEqual(sh("2026-11-24T10:30"));
  });
  it("start next when the previous use and its cleaning are over, or in a gap long enough", () => {
    const len = 30 * 60_000;
    const busy = [
      { startsAt: sh("2026-11-24T10:00"), endsAt: sh("2026-11-24T10:30") },
      { startsAt: sh("2026-11-24T11:10"), endsAt: sh("2026-11-24T11:40") },
    ];
    expect(nextFreeStart(sh("2026-11-24T10:05"), busy, len)).toEqual(sh("2026-11-24T10:30"));
    expect(nextFreeStart(sh("2026-11-24T10:45"), busy, len)).toEqual(sh("2026-11-24T11:40"));
    expect(nextFreeStart(sh("2026-11-24T09:00"), busy, len)).toEqual(sh("2026-11-24T09:00"));
    expect(nextFreeStart(new Date(sh("2026-11-24T09:00").getTime() + 1), [], len)).toEqual(sh("2026-11-24T09:01"));
  });
});

describe("relay command", () => {
  const secret = "door-secret";
  const now = Date.parse("2026-11-24T02:00:00Z");
  const command = { door: "door-1", timestamp: now, nonce: "n-1" };
  it("signs the timestamp, nonce and door, so changing any of them breaks the signature", async () => {
    const signed = await signRelay(secret, command);
    expect(relayMessage(command)).toBe(`${now}.n-1.door-1`);
    expect(await verifyRelay(secret, "door-1", signed, now, new Set())).toBe("ok");
    expect(await verifyRelay(secret, "door-1", { ...signed, nonce: "n-2" }, now, new Set())).toBe("bad_signature");
    expect(await verifyRelay(secret, "door-1", { ...signed, timestamp: now + 1 }, now, new Set())).toBe(
      "bad_signature",
    );
    expect(await verifyRelay("other", "door-1", signed, now, new Set())).toBe("bad_signature");
    expect(await verifyRelay(secret, "door-2", signed, now, new Set())).toBe("wrong_door");
  });
  it("is refused when older or further ahead than 30 s, and accepted at the edge", async () => {
    const signed = await signRelay(secret, command);
    expect(await verifyRelay(secret, "door-1", signed, now + RELAY_WINDOW_MS, new Set())).toBe("ok");
    expect(await verifyRelay(secret, "door-1", signed, now + RELAY_WINDOW_MS + 1, new Set())).toBe("stale");
    expect(await verifyRelay(secret, "door-1", signed, now - RELAY_WINDOW_MS - 1, new Set())).toBe("stale");
  });
  it("is refused when its nonce was already used", async () => {
    const signed = await signRelay(secret, command);
    expect(await verifyRelay(secret, "door-1", signed, now + 1000, new Set(["n-1"]))).toBe("replayed");
  });
  it("is retried when the controller does not answer or fails, not when it refuses", () => {
    expect(shouldRetry(null)).toBe(true);
    expect(shouldRetry(503)).toBe(true);
    expect(shouldRetry(401)).toBe(false);
    expect(shouldRetry(200)).toBe(false);
  });
});
