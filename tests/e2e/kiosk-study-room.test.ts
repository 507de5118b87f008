import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_STUDY_KIOSK_TOKEN } from "../../api/seed/demo";
import { launchChromium } from "./identify/support/launch-chromium";
import { axeViolations } from "./support/axe";
import { fakeCameraArgs, writeQrVideo } from "./support/fake-camera";
import { type StaffApi, stackWithAdmin } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import {
  expectBigTargets,
  loseFirstAnswer,
  openKiosk,
  spoken,
  tapDoneAndCheckGone,
} from "./support/kiosk-canteen-helpers";
import type { Stack } from "./support/stack";
import { studyKioskAs } from "./support/study-kiosk-api";

// Screenshots and the fake-camera file; kept after the run so a person can look at them.
const OUT = join(tmpdir(), "linli-kiosk-study-room");
// Tuesday 24 November 2026 in Shanghai; the demo room opens 08:00–22:00 with 15 minutes' grace.
const at = (local: string) => new Date(`2026-11-24T${local}:00+08:00`).toISOString();

type Setup = { seats: { id: string; label: string }[]; policy: Record<string, number> };
type Day = { seats: { label: string; taken: unknown[] }[]; mine: unknown[] };

const greeting = (page: Page, name: string) => page.getByRole("heading", { name: `${name}，您好！` });
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
const seat = (page: Page, label: string) => page.locator(`.seat[data-seat="${label}"]`);
const myBooking = (page: Page, label: string) => page.locator(`.study-booking[data-seat="${label}"]`);
const notice = (page: Page, text: string | RegExp) => page.locator(".study-notice-bar").getByText(text);
const lastSaid = async (page: Page) => (await spoken(page)).at(-1)?.text;
const pick = async (page: Page, group: string, choice: string) =>
  page.getByRole("group", { name: group }).getByRole("button", { name: choice }).click();
/** One of the study room's three screens: 我的座位, 现在就坐, 预约座位 (its map). */
const show = (page: Page, screen: "mine" | "now" | "book") => page.locator(`.study-tab[data-screen=${screen}]`).click();
/** 预约座位 → 改时间: a start and a length, then back to the map for that time. */
async function pickTime(page: Page, start: string, length: string) {
  await show(page, "book");
  await page.getByRole("button", { name: "改时间" }).click();
  await pick(page, "几点开始", start);
  await pick(page, "坐多久", length);
  await page.getByRole("button", { name: "选好了，看座位" }).click();
}

/** The study room's own kiosk showing its welcome screen, in a fresh context of `browser`. */
const studyKiosk = (browser: Browser, baseUrl: string) => openKiosk(browser, baseUrl, DEMO_STUDY_KIOSK_TOKEN);

/** Once the kiosk greets her: 自习室 (exactly: the welcome screen's 共享自习室 card would match too). */
async function openStudyRoom(page: Page, name: string, timeout?: number) {
  await greeting(page, name).waitFor({ timeout });
  await page.getByRole("link", { name: "自习室", exact: true }).click();
  await page.locator(".study-tabs").waitFor();
}

/** A pass typed by the kiosk's USB scanner, then 自习室. */
async function byScanner(stack: Stack, code: string, name: string) {
  const page = await studyKiosk(stack.browser, stack.baseUrl);
  await typeLikeUsbScanner(page, code);
  await openStudyRoom(page, name);
  return page;
}

async function tapDone(page: Page, ...gone: string[]) {
  await tapDoneAndCheckGone(page, ...gone);
  await page.context().close();
}

describe("the study room kiosk: book on the map, the clock moves, check in by QR; a no-show is released", () => {
  let stack: Stack;
  let staff: StaffApi;
  let camera: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: at("09:00") }));
  });
  afterAll(async () => {
    await camera?.close();
    await stack?.stop();
  });

  /** The kiosk's camera sees 赵丽's printed pass; one browser (Chromium reads the file at launch), a fresh screen per visit. */
  async function scanByCamera(name: string) {
    const page = await studyKiosk(camera!, stack.baseUrl);
    await page.getByRole("link", { name: /扫码/ }).click();
    await openStudyRoom(page, name, 20_000);
    return page;
  }

  it("lets a resident book a free seat by tapping it on the map, check in by QR after the clock moves, while another resident's unchecked booking is released", async () => {
    const zhao = staff.resident("赵丽");
    const sunPass = await staff.issuePass(staff.resident("孙伟"));
    const room = `/communities/${staff.communityId}/study-room`;
    const setup = await staff.call<Setup>("GET", room);
    // One missed booking pauses booking here, so the no-show below also shows what a ban looks like.
    await staff.call("PUT", `${room}/policy`, { ...setup.policy, strikeLimit: 1 });

    // 孙伟 books B2 for 13:30–15:30 at the study room's kiosk (through the API: his booking screens are not under test here).
    const b2 = setup.seats.find((s) => s.label === "B2")!;
    const sunBooked = await (await studyKioskAs(stack.baseUrl, sunPass))<{ status: string }>("POST", "/bookings", {
      seatId: b2.id,
      startsAt: at("13:30"),
      endsAt: at("15:30"),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(sunBooked).toMatchObject({ status: 200, json: { status: "confirmed" } });

    // 赵丽 shows her printed pass to the study room kiosk's camera and taps 自习室.
    const video = join(OUT, "pass-zhao.y4m");
    writeQrVideo(video, await staff.issuePass(zhao));
    camera = await launchChromium(fakeCameraArgs(video));
    const page = await scanByCamera(zhao.name);
    // Nothing booked, at the room's own kiosk: sitting down now comes first; her seat's screen says she has none.
    expect(await page.getByRole("heading", { name: "现在就坐" }).isVisible()).toBe(true);
    await expect.poll(() => lastSaid(page)).toBe("欢迎来到自习室。可以现在就坐，也可以预约座位。");
    await show(page, "mine");
    expect(await page.locator(".study-my-seat").innerText()).toContain("您现在没有预约。");

    // Today is chosen; she picks 14:00 and two hours, and the map shows that range.
    await show(page, "book");
    await page.getByRole("button", { name: "改时间" }).click();
    expect(
      await page
        .getByRole("group", { name: "哪一天" })
        .getByRole("button", { name: /今天/ })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    await pick(page, "几点开始", "14:00");
    await pick(page, "坐多久", "2 小时");
    await page.getByRole("button", { name: "选好了，看座位" }).click();
    await page.getByRole("heading", { name: "今天 14:00–16:00 的座位" }).waitFor();
    expect(await page.locator(".seat").count()).toBe(24);

    // Every seat says its state in words beside a shape, and its features in words.
    expect(await seat(page, "B2").getAttribute("data-state")).toBe("taken");
    expect(await seat(page, "B2").innerText()).toMatch(/^B2\s+已约/);
    expect(await seat(page, "A3").innerText()).toMatch(/^A3\s+空闲\s+插座\s+靠窗$/);
    expect(await seat(page, "B4").innerText()).toMatch(/^B4\s+空闲\s+安静$/);
    expect(await page.locator(".seat-legend").innerText()).toMatch(/空闲\s+已约\s+我的\s+停用\s+插座\s+靠窗\s+安静/);

    // A tap on the taken seat answers in words too; a tap on a free one asks before booking.
    await seat(page, "B2").click();
    await notice(page, "B2 这段时间已经有人约了，请选一个“空闲”的座位。").waitFor();
    await seat(page, "A3").click();
    expect(await page.locator(".seat-confirm-question").innerText()).toBe("A3，今天 14:00–16:00，预约吗？");
    await expect.poll(() => lastSaid(page)).toBe("A3，今天 14:00–16:00，预约吗？");
    await shot(page, "a-map-confirm");
    expect(await axeViolations(page)).toEqual([]);
    await expectBigTargets(page);

    const booking = page.waitForRequest((req) => req.url().endsWith("/api/kiosk/study-room/bookings"));
    await page.getByRole("button", { name: "确定预约" }).click();
    // At the room's own kiosk: check in here, on this machine; her seat's screen opens on the booking.
    const booked = "约好了：A3，今天 14:00–16:00。请在 13:45 到 14:15 之间在这台机器上签到。";
    await notice(page, booked).waitFor();
    expect((await booking).postDataJSON()).toMatchObject({ startsAt: at("14:00"), endsAt: at("16:00") });
    await expect.poll(() => lastSaid(page)).toBe(booked);
    await expect.poll(() => myBooking(page, "A3").getAttribute("data-state")).toBe("confirmed");
    expect(await myBooking(page, "A3").innerText()).toMatch(/A3\s+已预约\s+今天 14:00–16:00/);
    // Too early to check in: the card says when, and offers to cancel instead.
    expect(await myBooking(page, "A3").getByRole("button", { name: "签到" }).count()).toBe(0);
    expect(await myBooking(page, "A3").getByRole("button", { name: "取消预约" }).isVisible()).toBe(true);
    await show(page, "book");
    expect(await seat(page, "A3").innerText()).toMatch(/^A3\s+我的/);
    await shot(page, "b-booked");
    await tapDone(page, zhao.name, "A3");

    // The server is stopped and started again at 14:05 on the same database; its duties run at
    // start: 孙伟's grace for 13:30 ended at 13:45, 赵丽's for 14:00 runs to 14:15.
    await stack.restartServer({ LINLI_FAKE_NOW: at("14:05") });

    // She scans her pass again; check-in is open, and she is told so.
    const later = await scanByCamera(zhao.name);
    const card = myBooking(later, "A3");
    await expect.poll(() => lastSaid(later)).toBe("您预约的座位 A3 可以签到了，请点“签到”。");
    expect(await card.innerText()).toContain("请在 13:45 到 14:15 之间签到。");
    await card.getByRole("button", { name: "签到" }).click();
    const checkedIn = "签到好了！请坐 A3，座位到 16:00。";
    await notice(later, checkedIn).waitFor();
    await expect.poll(() => lastSaid(later)).toBe(checkedIn);
    await expect.poll(() => card.getAttribute("data-state")).toBe("checked_in");
    expect(await card.innerText()).toMatch(/A3\s+已签到/);
    // Seated, she has no walk-in to take; the map for now shows her seat, and 孙伟's B2 free again.
    expect(await later.locator(".study-tab[data-screen=now]").count()).toBe(0);
    await show(later, "book");
    await later.getByRole("heading", { name: "今天 14:00–16:00 的座位" }).waitFor();
    expect(await seat(later, "A3").getAttribute("data-state")).toBe("mine");
    expect(await seat(later, "B2").getAttribute("data-state")).toBe("free");
    expect(await seat(later, "B2").innerText()).toMatch(/^B2\s+空闲/);
    await shot(later, "c-checked-in");
    expect(await axeViolations(later)).toEqual([]);
    await expectBigTargets(later);

    // 暂离 keeps the seat until a time she is told; 我回来了 ends it.
    await show(later, "mine");
    await card.getByRole("button", { name: "暂离" }).click();
    await notice(later, /^好的，A3 给您留着，请在 14:3\d 前回来。$/).waitFor();
    await expect.poll(() => card.getAttribute("data-state")).toBe("away");
    expect(await card.innerText()).toMatch(/暂离中[\s\S]*请在 14:3\d 前回来/);
    await card.getByRole("button", { name: "我回来了" }).click();
    await notice(later, "欢迎回来，A3 还是您的。").waitFor();
    await expect.poll(() => card.getAttribute("data-state")).toBe("checked_in");
    await tapDone(later, zhao.name, "A3");

    // 孙伟's booking was released: he holds nothing, B2 is free for anyone, and (one strike here)
    // booking is paused for him, which the kiosk explains with the date it ends.
    const { json: day } = await (await studyKioskAs(stack.baseUrl, sunPass))<Day>("GET", "/day");
    expect(day.mine).toEqual([]);
    expect(day.seats.find((s) => s.label === "B2")!.taken).toEqual([]);
    const sun = await byScanner(stack, sunPass, "孙伟");
    expect(await sun.locator(".study-booking").count()).toBe(0);
    expect(await sun.locator(".study-ban").innerText()).toMatch(
      /^因为几次预约了没有来，您的预约暂停到 12月1日 14:0\d。到时就可以再预约了。/,
    );
    // Paused, he is offered no walk-in, and a tap on a free seat tells him why instead of asking.
    expect(await sun.locator(".study-tab[data-screen=now]").count()).toBe(0);
    await show(sun, "book");
    await seat(sun, "B2").click();
    await notice(sun, /^因为几次预约了没有来，您的预约暂停到 12月1日 14:0\d。/).waitFor();
    expect(await sun.locator(".seat-confirm").count()).toBe(0);
    await expect.poll(() => lastSaid(sun)).toMatch(/^因为几次预约了没有来/);
    await shot(sun, "d-banned");
    await tapDone(sun, "孙伟");
  }, 150_000);
});

describe("the study room kiosk at 10:00: sitting down now, leaving early, and a booking whose answer was lost", () => {
  let stack: Stack;
  let staff: StaffApi;

  beforeAll(async () => ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: at("10:00") })));
  afterAll(() => stack?.stop());

  const atStudyKiosk = async (name: string) => byScanner(stack, await staff.issuePass(staff.resident(name)), name);

  it("seats a walk-in by a window with one tap, checked in at once, and frees the seat when she leaves early", async () => {
    const page = await atStudyKiosk("周芳");
    await page
      .getByRole("group", { name: /想要什么样的座位/ })
      .getByRole("button", { name: "靠窗" })
      .click();
    await page.getByRole("button", { name: "坐 2 小时" }).click();
    const seated = "请坐 A1，已为您签到，座位到 12:00。";
    await notice(page, seated).waitFor();
    await expect.poll(() => lastSaid(page)).toBe(seated);
    const card = myBooking(page, "A1");
    await expect.poll(() => card.getAttribute("data-state")).toBe("checked_in");
    expect(await card.innerText()).toMatch(/A1\s+已签到\s+今天 10:00–12:00/);
    expect(await page.locator(".study-tab[data-screen=now]").count()).toBe(0);
    await show(page, "book");
    expect(await seat(page, "A1").getAttribute("data-state")).toBe("mine");
    await shot(page, "e-walk-in");

    // Leaving asks first, then gives the rest of the time back to the map.
    await show(page, "mine");
    await card.getByRole("button", { name: "离开" }).click();
    expect(await card.innerText()).toContain("现在离开 A1 吗？剩下的时间会让给别人。");
    await expectBigTargets(page);
    await card.getByRole("button", { name: "确定离开" }).click();
    await notice(page, "您已离开 A1，谢谢！").waitFor();
    await expect.poll(() => page.locator(".study-my-seat").innerText()).toContain("您现在没有预约。");
    await show(page, "book");
    expect(await seat(page, "A1").getAttribute("data-state")).toBe("free");

    // One tap for English: the page, the map and the last answer all change language.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "My seat" }).waitFor();
    await notice(page, "You have left A1. Thank you!").waitFor();
    expect(await seat(page, "A1").innerText()).toMatch(/^A1\s+Free\s+Power\s+Window$/);
    await show(page, "now");
    expect(await page.getByRole("button", { name: "Sit for 2 h" }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Done ends her visit: the next person is greeted in Chinese again.
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(await page.locator("body").innerText()).not.toContain("周芳");
    await page.context().close();
  }, 60_000);

  it("answers a booking retried after a lost answer, even by a double tap, with the one booking the first request made", async () => {
    const page = await atStudyKiosk("吴强");
    const keys = await loseFirstAnswer(page, "**/api/kiosk/study-room/bookings");
    await pickTime(page, "15:00", "1 小时");
    await seat(page, "C3").click();
    await page.getByRole("button", { name: "确定预约" }).click();
    await page.getByRole("alert").filter({ hasText: "网络连接失败" }).waitFor();
    // The question stays, so the same tap asks again.
    expect(await page.locator(".seat-confirm-question").innerText()).toBe("C3，今天 15:00–16:00，预约吗？");
    await page.getByRole("button", { name: "确定预约" }).dblclick();
    await notice(page, /^约好了：C3，今天 15:00–16:00。/).waitFor();

    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    await expect.poll(() => page.locator(".study-booking").count()).toBe(1);
    expect(await myBooking(page, "C3").getAttribute("data-state")).toBe("confirmed");
    await tapDone(page, "吴强");
  }, 60_000);
});

describe("the study room kiosk with one seat left in service: a moved booking, the waitlist, and the seat offered when it is given up", () => {
  let stack: Stack;
  let staff: StaffApi;

  beforeAll(async () => ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: at("10:00") })));
  afterAll(() => stack?.stop());

  it("tells a resident his booking moved, lets another join the line when every seat is taken, and offers her the seat he cancels", async () => {
    const room = `/communities/${staff.communityId}/study-room`;
    const { seats } = await staff.call<Setup>("GET", room);
    const id = (label: string) => seats.find((s) => s.label === label)!.id;
    const [liPass, zhangPass] = [
      await staff.issuePass(staff.resident("李建国")),
      await staff.issuePass(staff.resident("张秀英")),
    ];
    const liBooked = await (await studyKioskAs(stack.baseUrl, liPass))("POST", "/bookings", {
      seatId: id("C3"),
      startsAt: at("10:30"),
      endsAt: at("11:30"),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(liBooked.status).toBe(200);
    // Staff take every seat but A1 out of service, C3 last: 李建国's booking moves to A1, with a notice.
    for (const s of seats.filter((s) => !["A1", "C3"].includes(s.label)))
      await staff.call("POST", `${room}/seats/${s.id}/out-of-service`, { reason: "换桌椅" });
    const lastOut = await staff.call<{ moved: { toLabel: string }[] }>(
      "POST",
      `${room}/seats/${id("C3")}/out-of-service`,
      { reason: "换桌椅" },
    );
    expect(lastOut.moved.map((m) => m.toLabel)).toEqual(["A1"]);

    // 张秀英 wants 10:30–11:30 too: the one seat left is taken, so she joins the line.
    const zhang = await byScanner(stack, zhangPass, "张秀英");
    await pickTime(zhang, "10:30", "1 小时");
    await zhang.getByRole("heading", { name: "今天 10:30–11:30 的座位" }).waitFor();
    expect(await seat(zhang, "A1").getAttribute("data-state")).toBe("taken");
    expect(await seat(zhang, "C3").innerText()).toMatch(/^C3\s+停用/);
    expect(await zhang.locator(".study-full").innerText()).toContain(
      "这段时间的座位都约满了。可以排队等位，有人让出座位时先留给您。",
    );
    await zhang.getByRole("button", { name: "排队等位" }).click();
    await notice(zhang, "已排队：今天 10:30–11:30。有人让出座位时先留给您。").waitFor();
    await show(zhang, "mine");
    const inLine = zhang.locator('.study-booking[data-state="waiting"]');
    await expect.poll(() => inLine.innerText()).toContain("排队等位：今天 10:30–11:30，您排第 1 位。");
    expect(await inLine.getByRole("button", { name: "不排了" }).isVisible()).toBe(true);
    await show(zhang, "book");
    expect(await zhang.locator(".study-full").innerText()).toContain("这段时间您已经在排队了。");
    await shot(zhang, "f-in-line");
    expect(await axeViolations(zhang)).toEqual([]);
    await tapDone(zhang, "张秀英");

    // 李建国 is told why his seat changed, and gives it up.
    const li = await byScanner(stack, liPass, "李建国");
    const moved = myBooking(li, "A1");
    expect(await moved.innerText()).toContain("原来的座位 C3 暂停使用，已为您换到 A1。");
    await moved.getByRole("button", { name: "取消预约" }).click();
    expect(await moved.innerText()).toContain("取消 A1，今天 10:30–11:30 的预约吗？");
    await moved.getByRole("button", { name: "确定取消" }).click();
    await notice(li, "已取消 A1，今天 10:30–11:30 的预约。").waitFor();
    await tapDone(li, "李建国");

    // 张秀英 comes back: the seat is kept for her, she hears so, and takes it.
    const back = await byScanner(stack, zhangPass, "张秀英");
    const offer = myBooking(back, "A1");
    await expect.poll(() => lastSaid(back)).toBe("有空位给您了：A1，今天 10:30–11:30。要的话请点“要这个座位”。");
    expect(await offer.getAttribute("data-state")).toBe("held");
    expect(await offer.innerText()).toMatch(
      /有空位留给您[\s\S]*有人让出了座位，先留给您。请在 10:1\d 前确认，过时会让给下一位。/,
    );
    await shot(back, "g-offer");
    expect(await axeViolations(back)).toEqual([]);
    await offer.getByRole("button", { name: "要这个座位" }).click();
    await notice(back, "好的，A1，今天 10:30–11:30 是您的了。").waitFor();
    await expect.poll(() => offer.getAttribute("data-state")).toBe("confirmed");
    expect(await back.locator('.study-booking[data-state="waiting"]').count()).toBe(0);
    await tapDone(back, "张秀英");
  }, 90_000);
});
