import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_STUDY_KIOSK_TOKEN } from "../../db/seed";
import { launchChromium } from "./identify/support/launch-chromium";
import { axeViolations } from "./support/axe";
import { fakeCameraArgs, writeQrVideo } from "./support/fake-camera";
import { signInAsAdmin, type StaffApi } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import { expectBigTargets, recordSpeechAndPrint, spoken } from "./support/kiosk-canteen-helpers";
import { startStack, type Stack } from "./support/stack";

// Screenshots and the fake-camera file; kept after the run so a person can look at them.
const OUT = join(tmpdir(), "linli-kiosk-study-room");
const KIOSK_SCREEN = { width: 1080, height: 1920 };
// Tuesday 24 November 2026 in Shanghai; the demo room opens 08:00–22:00 with 15 minutes' grace.
const at = (local: string) => new Date(`2026-11-24T${local}:00+08:00`).toISOString();
const MORNING = at("09:00");
// Five minutes after 赵丽's 14:00 start; twenty after 孙伟's grace for 13:30 ran out (13:45).
const AFTERNOON = at("14:05");

const greeting = (page: Page, name: string) => page.getByRole("heading", { name: `${name}，您好！` });
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
const seat = (page: Page, label: string) => page.locator(`.seat[data-seat="${label}"]`);
const myBooking = (page: Page, label: string) => page.locator(`.study-booking[data-seat="${label}"]`);
const notice = (page: Page, text: string | RegExp) => page.locator(".study-notice-bar").getByText(text);

describe("the study room kiosk: book on the map, the clock moves, check in by QR; a no-show is released", () => {
  let stack: Stack;
  let staff: StaffApi;
  let camera: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    stack = await startStack({ LINLI_FAKE_NOW: MORNING });
    staff = await signInAsAdmin(stack.baseUrl);
  });
  afterAll(async () => {
    await camera?.close();
    await stack?.stop();
  });

  /** What the study room's kiosk sends for a person whose pass it has read, from outside any browser. */
  async function studyKioskAs(code: string) {
    const identified = await fetch(`${stack.baseUrl}/api/kiosk/identify`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEMO_STUDY_KIOSK_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ method: "qr", code }),
    });
    expect(identified.status).toBe(200);
    const { session } = (await identified.json()) as { session: { token: string } };
    return async <T>(method: string, path: string, body?: unknown) => {
      const res = await fetch(`${stack.baseUrl}/api/kiosk/study-room${path}`, {
        method,
        headers: { authorization: `Bearer ${DEMO_STUDY_KIOSK_TOKEN}`, "x-kiosk-session": session.token, "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, json: (await res.json()) as T };
    };
  }
  type Day = { seats: { id: string; label: string; taken: { startsAt: string }[] }[]; mine: { seatLabel: string; status: string }[] };

  /** The study room's own kiosk, whose camera sees the pass in `video`; one browser, a fresh screen per visit. */
  async function scanAtStudyKiosk(name: string) {
    const context = await camera!.newContext({ viewport: KIOSK_SCREEN, bypassCSP: true });
    await recordSpeechAndPrint(context);
    const page = await context.newPage();
    await page.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_STUDY_KIOSK_TOKEN}`);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    await page.getByRole("link", { name: /扫码/ }).click();
    await greeting(page, name).waitFor({ timeout: 20_000 });
    await page.getByRole("link", { name: "自习室", exact: true }).click();
    await page.getByRole("heading", { name: "我的座位" }).waitFor();
    return page;
  }

  it("lets a resident book a free seat by tapping it on the map, check in by QR after the clock moves, while another resident's unchecked booking is released", async () => {
    const zhao = staff.resident("赵丽");
    const sun = staff.resident("孙伟");

    // 孙伟 books B2 for 13:30–15:30 at the study room's kiosk (through the API: his screens are not under test).
    const sunPass = await staff.issuePass(sun);
    const sunAtKiosk = await studyKioskAs(sunPass);
    const { json: morning } = await sunAtKiosk<Day>("GET", "/day");
    const b2 = morning.seats.find((s) => s.label === "B2")!;
    const sunBooked = await sunAtKiosk<{ status: string }>("POST", "/bookings", { seatId: b2.id, startsAt: at("13:30"), endsAt: at("15:30"), idempotencyKey: crypto.randomUUID() });
    expect(sunBooked).toMatchObject({ status: 200, json: { status: "confirmed" } });

    // 赵丽 shows her printed pass to the study room kiosk's camera and taps 自习室.
    const video = join(OUT, "pass-zhao.y4m");
    writeQrVideo(video, await staff.issuePass(zhao));
    camera = await launchChromium(fakeCameraArgs(video));
    const page = await scanAtStudyKiosk(zhao.name);
    expect(await page.locator(".study-my-seat").innerText()).toContain("您现在没有预约。");
    expect(await page.getByRole("heading", { name: "现在就坐" }).isVisible()).toBe(true);
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe("欢迎来到自习室。可以现在就坐，也可以预约座位。");

    // Today is chosen; she picks 14:00 and two hours, and the map shows that range.
    expect(await page.getByRole("group", { name: "哪一天" }).getByRole("button", { name: /今天/ }).getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("group", { name: "几点开始" }).getByRole("button", { name: "14:00" }).click();
    await page.getByRole("group", { name: "坐多久" }).getByRole("button", { name: "2 小时" }).click();
    await page.getByRole("heading", { name: "今天 14:00–16:00 的座位" }).waitFor();
    expect(await page.locator(".seat").count()).toBe(24);

    // Every seat says its state in words beside a shape, and its features in words.
    expect(await seat(page, "B2").getAttribute("data-state")).toBe("taken");
    expect(await seat(page, "B2").innerText()).toMatch(/^B2\s+已约/);
    expect(await seat(page, "A3").innerText()).toMatch(/^A3\s+空闲\s+插座\s+靠窗$/);
    expect(await seat(page, "B4").innerText()).toMatch(/^B4\s+空闲\s+安静$/);
    expect(await page.locator(".seat-legend").innerText()).toMatch(/空闲\s+已约\s+我的\s+停用\s+插座\s+靠窗\s+安静/);

    // A tap on the taken seat answers with words too; a tap on a free one asks before booking.
    await seat(page, "B2").click();
    await notice(page, "B2 这段时间已经有人约了，请选一个“空闲”的座位。").waitFor();
    await seat(page, "A3").click();
    const question = page.locator(".seat-confirm-question");
    expect(await question.innerText()).toBe("A3，今天 14:00–16:00，预约吗？");
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe("A3，今天 14:00–16:00，预约吗？");
    await shot(page, "a-map-confirm");
    expect(await axeViolations(page)).toEqual([]);
    await expectBigTargets(page);

    const booking = page.waitForRequest((req) => req.url().endsWith("/api/kiosk/study-room/bookings"));
    await page.getByRole("button", { name: "确定预约" }).click();
    const booked = "约好了：A3，今天 14:00–16:00。请在 13:45 到 14:15 之间到自习室门口签到。";
    await notice(page, booked).waitFor();
    expect((await booking).postDataJSON()).toMatchObject({ startsAt: at("14:00"), endsAt: at("16:00") });
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(booked);
    await expect.poll(() => myBooking(page, "A3").getAttribute("data-state")).toBe("confirmed");
    expect(await myBooking(page, "A3").innerText()).toMatch(/A3\s+已预约\s+今天 14:00–16:00/);
    // Too early to check in: the card says when, and offers to cancel instead.
    expect(await myBooking(page, "A3").getByRole("button", { name: "签到" }).count()).toBe(0);
    expect(await myBooking(page, "A3").getByRole("button", { name: "取消预约" }).isVisible()).toBe(true);
    await expect.poll(() => seat(page, "A3").innerText()).toMatch(/^A3\s+我的/);
    await shot(page, "b-booked");
    await page.getByRole("button", { name: "完成" }).click();
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(await page.locator("body").innerText()).not.toMatch(/赵丽|A3/);
    await page.context().close();

    // The server is stopped and started again at 14:05 on the same database: its duties run at start.
    await stack.restartServer({ LINLI_FAKE_NOW: AFTERNOON });

    // She scans her pass again; check-in is open, and she is told so.
    const later = await scanAtStudyKiosk(zhao.name);
    const card = myBooking(later, "A3");
    await expect.poll(async () => (await spoken(later)).at(-1)?.text).toBe("您预约的座位 A3 可以签到了，请点“签到”。");
    expect(await card.innerText()).toContain("请在 13:45 到 14:15 之间签到。");
    await card.getByRole("button", { name: "签到" }).click();
    const checkedIn = "签到好了！请坐 A3，座位到 16:00。";
    await notice(later, checkedIn).waitFor();
    await expect.poll(async () => (await spoken(later)).at(-1)?.text).toBe(checkedIn);
    await expect.poll(() => card.getAttribute("data-state")).toBe("checked_in");
    expect(await card.innerText()).toMatch(/A3\s+已签到/);
    // Seated, she has no walk-in to take; the map for now shows her seat, and 孙伟's B2 free again.
    expect(await later.getByRole("heading", { name: "现在就坐" }).count()).toBe(0);
    await later.getByRole("heading", { name: "今天 14:00–16:00 的座位" }).waitFor();
    expect(await seat(later, "A3").getAttribute("data-state")).toBe("mine");
    expect(await seat(later, "B2").getAttribute("data-state")).toBe("free");
    expect(await seat(later, "B2").innerText()).toMatch(/^B2\s+空闲/);
    await shot(later, "c-checked-in");
    expect(await axeViolations(later)).toEqual([]);
    await expectBigTargets(later);

    // 暂离 keeps the seat until a time she is told; 我回来了 ends it.
    await card.getByRole("button", { name: "暂离" }).click();
    await notice(later, /^好的，A3 给您留着，请在 14:3\d 前回来。$/).waitFor();
    await expect.poll(() => card.getAttribute("data-state")).toBe("away");
    expect(await card.innerText()).toMatch(/暂离中[\s\S]*请在 14:3\d 前回来/);
    await card.getByRole("button", { name: "我回来了" }).click();
    await notice(later, "欢迎回来，A3 还是您的。").waitFor();
    await expect.poll(() => card.getAttribute("data-state")).toBe("checked_in");

    // 孙伟 did not check in by 13:45: his booking was released, and he holds nothing now.
    const sunLater = await studyKioskAs(sunPass);
    const { json: afternoon } = await sunLater<Day>("GET", "/day");
    expect(afternoon.mine).toEqual([]);
    expect(afternoon.seats.find((s) => s.label === "B2")!.taken).toEqual([]);
    const zhaoSeat = afternoon.seats.find((s) => s.label === "A3")!;
    expect(zhaoSeat.taken).toHaveLength(1);

    await later.getByRole("button", { name: "完成" }).click();
    await later.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(await later.locator("body").innerText()).not.toMatch(/赵丽|A3/);
  }, 120_000);
});

describe("the study room kiosk at 10:00: sitting down now, leaving early, and a booking whose answer was lost", () => {
  let stack: Stack;
  let staff: StaffApi;

  beforeAll(async () => {
    stack = await startStack({ LINLI_FAKE_NOW: at("10:00") });
    staff = await signInAsAdmin(stack.baseUrl);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** A pass typed by the study room kiosk's USB scanner, then 自习室. */
  async function atStudyKiosk(name: string) {
    const context = await stack.browser.newContext({ viewport: KIOSK_SCREEN, bypassCSP: true });
    await recordSpeechAndPrint(context);
    const page = await context.newPage();
    await page.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_STUDY_KIOSK_TOKEN}`);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    await typeLikeUsbScanner(page, await staff.issuePass(staff.resident(name)));
    await greeting(page, name).waitFor();
    // Exact: the welcome screen's own card, 共享自习室, would match too.
    await page.getByRole("link", { name: "自习室", exact: true }).click();
    await page.getByRole("heading", { name: "我的座位" }).waitFor();
    return page;
  }

  it("seats a walk-in by a window with one tap, checked in at once, and frees the seat when she leaves early", async () => {
    const page = await atStudyKiosk("周芳");
    await page.getByRole("group", { name: /想要什么样的座位/ }).getByRole("button", { name: "靠窗" }).click();
    await page.getByRole("button", { name: "坐 2 小时" }).click();
    const seated = "请坐 A1，已为您签到，座位到 12:00。";
    await notice(page, seated).waitFor();
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(seated);
    const card = myBooking(page, "A1");
    await expect.poll(() => card.getAttribute("data-state")).toBe("checked_in");
    expect(await card.innerText()).toMatch(/A1\s+已签到\s+今天 10:00–12:00/);
    expect(await page.getByRole("heading", { name: "现在就坐" }).count()).toBe(0);
    expect(await seat(page, "A1").getAttribute("data-state")).toBe("mine");
    await shot(page, "d-walk-in");

    // Leaving asks first, then gives the rest of the time back to the map.
    await card.getByRole("button", { name: "离开" }).click();
    expect(await card.innerText()).toContain("现在离开 A1 吗？剩下的时间会让给别人。");
    await expectBigTargets(page);
    await card.getByRole("button", { name: "确定离开" }).click();
    await notice(page, "您已离开 A1，谢谢！").waitFor();
    await expect.poll(() => page.locator(".study-my-seat").innerText()).toContain("您现在没有预约。");
    expect(await seat(page, "A1").getAttribute("data-state")).toBe("free");
    await page.context().close();
  }, 60_000);

  it("answers a booking retried after a lost answer, even by a double tap, with the one booking the first request made", async () => {
    const page = await atStudyKiosk("吴强");
    const keys: string[] = [];
    let lose = true;
    await page.route("**/api/kiosk/study-room/bookings", async (route) => {
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      if (!lose) return route.continue();
      lose = false;
      await route.fetch(); // the server books the seat…
      await route.abort("connectionreset"); // …and the answer never reaches the kiosk
    });
    await page.getByRole("group", { name: "几点开始" }).getByRole("button", { name: "15:00" }).click();
    await page.getByRole("group", { name: "坐多久" }).getByRole("button", { name: "1 小时" }).click();
    await seat(page, "C3").click();
    await page.getByRole("button", { name: "确定预约" }).click();
    await page.getByRole("alert").filter({ hasText: "网络连接失败" }).waitFor();
    // The question stays, so the same tap asks again; the day read meanwhile already shows the seat.
    expect(await page.locator(".seat-confirm-question").innerText()).toBe("C3，今天 15:00–16:00，预约吗？");
    await page.getByRole("button", { name: "确定预约" }).dblclick();
    await notice(page, /^约好了：C3，今天 15:00–16:00。/).waitFor();

    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    await expect.poll(() => page.locator(".study-booking").count()).toBe(1);
    expect(await myBooking(page, "C3").getAttribute("data-state")).toBe("confirmed");
    await page.context().close();
  }, 60_000);
});
