import { describe, expect, it } from "vitest";
import {
  assignableRoles,
  canAccessCommunity,
  sessionState,
  signInLockout,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "../../api/staff/rules";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 0, 0) + minutes * 60_000);

describe("sign-in back-off", () => {
  it("allows four failures in the window without waiting", () => {
    expect(signInLockout([at(0), at(1), at(2), at(3)], at(4))).toBeNull();
  });
  it("locks for a minute after the fifth failure, counted from the latest one", () => {
    expect(signInLockout([at(0), at(1), at(2), at(3), at(4)], at(4))).toEqual({ retryAfterSeconds: 60 });
    expect(signInLockout([at(0), at(1), at(2), at(3), at(4)], at(5))).toBeNull();
  });
  it("doubles the wait with every further failure", () => {
    const six = [0, 1, 2, 3, 4, 5].map(at);
    expect(signInLockout(six, at(5))).toEqual({ retryAfterSeconds: 120 });
    const seven = [0, 1, 2, 3, 4, 5, 6].map(at);
    expect(signInLockout(seven, at(6))).toEqual({ retryAfterSeconds: 240 });
  });
  it("caps the wait at an hour", () => {
    const many = Array.from({ length: 14 }, (_, i) => at(i * 0.5));
    expect(signInLockout(many, at(6.5))!.retryAfterSeconds).toBe(3600);
  });
  it("forgets failures older than fifteen minutes", () => {
    expect(signInLockout([at(0), at(1), at(2), at(3), at(4)], at(19))).toBeNull();
  });
});

describe("session state", () => {
  const session = {
    createdAt: at(0),
    lastSeenAt: at(0),
    expiresAt: new Date(at(0).getTime() + SESSION_ABSOLUTE_MS),
    revokedAt: null,
  };
  it("is active inside the idle window", () => expect(sessionState(session, at(29))).toBe("active"));
  it("is idle once the idle window passes", () =>
    expect(sessionState(session, new Date(at(0).getTime() + SESSION_IDLE_MS))).toBe("idle"));
  it("is expired at the absolute limit whatever the activity", () =>
    expect(sessionState({ ...session, lastSeenAt: at(719) }, at(720))).toBe("expired"));
  it("is revoked once signed out", () => expect(sessionState({ ...session, revokedAt: at(1) }, at(2))).toBe("revoked"));
});

describe("community scope", () => {
  const community = { id: "c1", districtId: "d1" };
  it("lets staff into their own community only", () => {
    expect(canAccessCommunity({ role: "canteen_staff", districtId: "d1", communityId: "c1" }, community)).toBe(true);
    expect(canAccessCommunity({ role: "community_admin", districtId: "d1", communityId: "c2" }, community)).toBe(false);
  });
  it("lets a district admin into every community of the district", () => {
    expect(canAccessCommunity({ role: "district_admin", districtId: "d1", communityId: null }, community)).toBe(true);
    expect(canAccessCommunity({ role: "district_admin", districtId: "d2", communityId: null }, community)).toBe(false);
  });
  it("lets only admins hand out roles, and never the district admin role", () => {
    expect(assignableRoles("community_admin")).not.toContain("district_admin");
    expect(assignableRoles("district_admin")).toContain("community_admin");
    expect(assignableRoles("canteen_staff")).toEqual([]);
  });
});
