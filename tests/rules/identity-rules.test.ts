import { describe, expect, it } from "vitest";
import {
  acceptableSteps,
  FACE_MAX_DISTANCE,
  FACE_MIN_MARGIN,
  kioskActions,
  maskAddress,
  maskPhone,
  matchFace,
  mayEnrolFace,
  sessionIsLive,
} from "../../api/identity/rules";
import { descriptorNear, randomDescriptor } from "../support/factories";

const gallery = (...ds: number[][]) => Float32Array.from(ds.flat());

describe("face matching", () => {
  const alice = randomDescriptor(0.1);
  const bob = randomDescriptor(0.2);
  it("accepts the closest person under the threshold with a clear margin", () => {
    const m = matchFace(descriptorNear(alice, 0.3, 0.9), gallery(alice, bob), ["a", "b"]);
    expect(m).toMatchObject({ accepted: true, ref: "a" });
  });
  it("refuses a best match beyond the threshold, however far the others are", () => {
    const m = matchFace(descriptorNear(alice, FACE_MAX_DISTANCE + 0.02, 0.8), gallery(alice), ["a"]);
    expect(m).toMatchObject({ accepted: false, reason: "too_far" });
  });
  it("refuses when the runner-up is within the margin", () => {
    const twin = descriptorNear(alice, FACE_MIN_MARGIN / 2, 0.7);
    const m = matchFace(alice, gallery(alice, twin), ["a", "twin"]);
    expect(m).toMatchObject({ accepted: false, reason: "ambiguous" });
  });
  it("accepts a single enrolled person when the probe is close enough", () => {
    const m = matchFace(alice, gallery(alice), ["a"]);
    expect(m.accepted).toBe(true);
    expect(m.distance).toBeCloseTo(0, 5);
  });
  it("refuses when nobody is enrolled", () => {
    expect(matchFace(alice, new Float32Array(), [])).toEqual({ accepted: false, reason: "no_candidates" });
  });
});

describe("identity rules", () => {
  it("accepts the previous, current and next 30-second step", () => {
    const at = new Date(30_000 * 1000 + 5);
    expect(acceptableSteps(at)).toEqual([999, 1000, 1001]);
  });
  it("keeps a kiosk session for two minutes of inactivity", () => {
    const t0 = new Date(0);
    expect(sessionIsLive({ lastActivityAt: t0, endedAt: null }, new Date(119_999))).toBe(true);
    expect(sessionIsLive({ lastActivityAt: t0, endedAt: null }, new Date(120_000))).toBe(false);
    expect(sessionIsLive({ lastActivityAt: t0, endedAt: t0 }, new Date(1))).toBe(false);
  });
  it("never enrols a child's face, nor a resident under 14", () => {
    expect(mayEnrolFace("child", 20)).toBe(false);
    expect(mayEnrolFace("resident", 13)).toBe(false);
    expect(mayEnrolFace("resident", 14)).toBe(true);
    expect(mayEnrolFace("courier", null)).toBe(true);
  });
  it("offers each person what the kiosk's facility does for them", () => {
    expect(kioskActions("station", "courier")).toContain("enter_station");
    expect(kioskActions("canteen", "courier")).toEqual([]);
  });
  it("masks phones and flats", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskAddress("2栋3单元502")).toBe("2栋****");
    expect(maskPhone(null)).toBeNull();
  });
});
