import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./support/admin";
import { useAdminBrowser } from "./support/admin-browser";
import { axeViolations } from "./support/axe";
import { signInAsAdmin, type StaffApi } from "./support/flow-staff-api";
import { studyKioskAs } from "./support/study-kiosk-api";

// Tuesday 24 November 2026 in Shanghai; the demo room opens 08:00–22:00 every day with 15
// minutes' grace.
const at = (local: string, date = "2026-11-24") => new Date(`${date}T${local}+08:00`).toISOString();
const env = useAdminBrowser({}, { LINLI_FAKE_NOW: at("09:00") });

type Setup = { seats: { id: string; label: string }[]; policy: Record<string, number> };
type Booking = { id: string; resourceId: string; status: string };

let staff: StaffApi;
let setup: Setup;
const room = () => `/communities/${staff.communityId}/study-room`;
const seatId = (label: string) => setup.seats.find((s) => s.label === label)!.id;
const labelOf = (id: string) => setup.seats.find((s) => s.id === id)!.label;
const kioskFor = async (name: string) => studyKioskAs(env.stack.baseUrl, await staff.issuePass(staff.resident(name)));
const book = async (name: string, seat: string, from: string, to: string, date?: string) => {
  const booked = await (await kioskFor(name))<Booking>("POST", "/bookings", {
    seatId: seatId(seat),
    startsAt: at(from, date),
    endsAt: at(to, date),
    idempotencyKey: crypto.randomUUID(),
  });
  expect(booked).toMatchObject({ status: 200, json: { status: "confirmed" } });
  return booked.json;
};

beforeAll(async () => {
  staff = await signInAsAdmin(env.stack.baseUrl);
  setup = await staff.call<Setup>("GET", room());
  // One no-show is enough for a ban in this file, so the ban's actions have something to act on.
  await staff.call("PUT", `${room()}/policy`, { ...setup.policy, strikeLimit: 1 });
  // At 09:00 赵丽 books 09:30–10:00 and never checks in. The server is stopped and started again
  // at 09:50 on the same database; its duties run at start and find her a no-show (grace ended 09:45).
  await book("赵丽", "B1", "09:30", "10:00");
  await env.stack.restartServer({ LINLI_FAKE_NOW: at("09:50") });
  // Fifty idle minutes end a staff session: the desk signs in again.
  staff = await signInAsAdmin(env.stack.baseUrl);
});

async function openStudyRoom(page: Page, section?: string) {
  await signIn(page, env.stack.baseUrl, "admin");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "自习室" }).click();
  await page.getByRole("heading", { level: 1, name: "今日座位" }).waitFor();
  if (section) {
    await page.getByRole("navigation", { name: "自习室栏目" }).getByRole("link", { name: section }).click();
    await page.getByRole("heading", { level: 1, name: section === "使用率" ? "自习室使用率" : section }).waitFor();
  }
}

const status = (within: Page | Locator, text: string | RegExp) => within.getByRole("status").filter({ hasText: text });

describe("admin study room pages", () => {
  it("adds a seat to the map with its place and features", async () => {
    await openStudyRoom(env.page, "座位与规则");
    const before = setup.seats.length;
    await env.page.getByRole("heading", { name: `座位图（${before} 个座位）` }).waitFor();
    await env.page.locator("summary", { hasText: "添加座位" }).click();
    const form = env.page.getByRole("form", { name: "添加座位" });
    await form.getByLabel("座位编号").fill("E1");
    await form.getByLabel("第几排").fill("5");
    await form.getByLabel("第几列").fill("1");
    await form.getByLabel("区域").fill("靠窗区");
    await form.getByRole("checkbox", { name: "插座" }).check();
    await form.getByRole("checkbox", { name: "靠窗" }).check();
    await form.getByRole("button", { name: "确认添加" }).click();
    await status(env.page, "已添加座位 E1").waitFor();
    await env.page.getByRole("heading", { name: `座位图（${before + 1} 个座位）` }).waitFor();
    const tile = env.page
      .locator(".editor-seat")
      .filter({ has: env.page.getByRole("button", { name: "E1", exact: true }) });
    expect(await tile.innerText()).toMatch(/E1\s+插座 · 靠窗/);

    // The same label twice is refused in words.
    await form.getByLabel("座位编号").fill("E1");
    await form.getByRole("button", { name: "确认添加" }).click();
    await form.getByRole("alert").filter({ hasText: "已经有座位使用这个编号了" }).waitFor();

    // Chosen on the map, it is relabelled, moved one column and loses its socket.
    await env.page.getByRole("button", { name: "E1", exact: true }).click();
    const edit = env.page.getByRole("form", { name: "修改座位 E1" });
    await edit.getByLabel("座位编号").fill("E2");
    await edit.getByLabel("第几列").fill("2");
    await edit.getByRole("checkbox", { name: "插座" }).uncheck();
    await edit.getByRole("button", { name: "保存座位" }).click();
    await status(env.page, "已保存座位 E2").waitFor();
    const panel = env.page.getByRole("region", { name: "座位 E2" });
    expect(await panel.getByLabel("座位编号").inputValue()).toBe("E2");
    expect(await panel.getByLabel("第几列").inputValue()).toBe("2");
    expect(await panel.getByRole("checkbox", { name: "插座" }).isChecked()).toBe(false);
    const saved = (await staff.call<{ seats: Record<string, unknown>[] }>("GET", room())).seats.find(
      (s) => s.label === "E2",
    );
    expect(saved).toMatchObject({
      row: 4,
      col: 1,
      zone: "靠窗区",
      power: false,
      window: true,
      quiet: false,
      inService: true,
    });
  });

  it("takes a seat out of service, moving its booking to the most similar seat, and puts it back", async () => {
    const li = await book("李建国", "D6", "11:00", "12:00");
    await openStudyRoom(env.page, "座位与规则");
    await env.page.getByRole("button", { name: "D6", exact: true }).click();
    const panel = env.page.getByRole("region", { name: "座位 D6" });
    const form = panel.getByRole("form", { name: "停用座位 D6" });
    await form.getByLabel("停用原因").fill("椅子坏了");
    await form.getByRole("button", { name: "停用此座位" }).click();
    // D2 has what D6 has: the standard zone, no power, no window, not quiet; it comes first in the room.
    await status(panel, "D6 已停用。 1 条预约已改到 D2。").waitFor();
    expect(await panel.getByText("D6 已停用，不能预约。").isVisible()).toBe(true);
    const tile = env.page
      .locator(".editor-seat")
      .filter({ has: env.page.getByRole("button", { name: "D6", exact: true }) });
    expect(await tile.innerText()).toContain("停用");
    const live = await staff.call<{ seats: { label: string; state: string; bookings: { id: string }[] }[] }>(
      "GET",
      `${room()}/live`,
    );
    expect(live.seats.find((s) => s.label === "D2")!.bookings.map((b) => b.id)).toContain(li.id);
    expect(live.seats.find((s) => s.label === "D6")!.state).toBe("out_of_service");

    await panel.getByRole("button", { name: "恢复使用" }).click();
    await status(panel, "D6 已恢复使用").waitFor();
    await panel.getByRole("form", { name: "停用座位 D6" }).waitFor();
    expect(await tile.innerText()).not.toContain("停用");
  });

  it("closes the room for a morning, cancelling the booking inside it, and removes the closure", async () => {
    await book("周芳", "C2", "09:00", "10:00", "2026-11-26");
    await openStudyRoom(env.page, "座位与规则");
    const closures = env.page.getByRole("region", { name: "临时闭馆" });
    await closures.getByLabel("开始").fill("2026-11-26T08:00");
    await closures.getByLabel("结束").fill("2026-11-26T12:00");
    await closures.getByLabel("原因（本人会看到）").fill("期中考试");
    await closures.getByRole("button", { name: "添加闭馆" }).click();
    await status(closures, "已添加闭馆，取消了 1 条预约并通知本人").waitFor();
    const row = closures.getByRole("row").filter({ hasText: "期中考试" });
    expect(await row.innerText()).toMatch(/2026-11-26 08:00\s+2026-11-26 12:00\s+期中考试/);

    await row.getByRole("button", { name: "删除 2026-11-26 08:00 开始的闭馆" }).click();
    await closures.getByRole("button", { name: "确认删除" }).click();
    await status(closures, "已删除 2026-11-26 08:00 开始的闭馆").waitFor();
    expect(await closures.getByText("近期没有临时闭馆。").isVisible()).toBe(true);
  });

  it("changes the booking rules and the weekly hours, which stay changed after a reload", async () => {
    await openStudyRoom(env.page, "座位与规则");
    const rules = env.page.getByRole("form", { name: "预约规则" });
    expect(await rules.getByRole("radio", { name: "30 分钟" }).isChecked()).toBe(true);
    expect(await rules.getByLabel("签到宽限（分钟）").inputValue()).toBe("15");
    await rules.getByLabel("最多提前几天预约（天）").fill("5");
    await rules.getByLabel("候补座位保留（分钟）").fill("15");
    await rules.getByRole("button", { name: "保存规则" }).click();
    await status(rules, "预约规则已保存").waitFor();

    const hours = env.page.getByRole("form", { name: "每周开放时间" });
    await hours.getByRole("checkbox", { name: "周日闭馆" }).check();
    expect(await hours.getByLabel("周日开门时间").isDisabled()).toBe(true);
    await hours.getByLabel("周六关门时间").fill("18:00");
    await hours.getByRole("button", { name: "保存开放时间" }).click();
    await status(hours, "开放时间已保存").waitFor();

    await env.page.reload();
    await env.page.getByRole("heading", { level: 1, name: "座位与规则" }).waitFor();
    expect(await env.page.getByLabel("最多提前几天预约（天）").inputValue()).toBe("5");
    expect(await env.page.getByLabel("候补座位保留（分钟）").inputValue()).toBe("15");
    expect(await env.page.getByRole("checkbox", { name: "周日闭馆" }).isChecked()).toBe(true);
    expect(await env.page.getByLabel("周六关门时间").inputValue()).toBe("18:00");
    const saved = await staff.call<Setup & { hours: { weekday: number }[] }>("GET", room());
    expect(saved.policy).toMatchObject({ daysAhead: 5, offerMinutes: 15, graceMinutes: 15 });
    expect(saved.hours.map((h) => h.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("shows a walk-in from the kiosk as a seat in use with the person's name, and lets staff cancel a booking with a reason", async () => {
    const walkedIn = await (await kioskFor("孙伟"))<Booking>("POST", "/walk-in", {
      idempotencyKey: crypto.randomUUID(),
    });
    expect(walkedIn).toMatchObject({ status: 200, json: { status: "checked_in" } });
    const seat = labelOf(walkedIn.json.resourceId);
    await book("张秀英", "C3", "14:00", "16:00");

    await openStudyRoom(env.page);
    const card = env.page.getByRole("article", { name: seat, exact: true });
    await card.waitFor();
    // A walk-in sits to the end of the step two hours on: 09:30 + 2 h.
    expect(await card.innerText()).toMatch(new RegExp(`^${seat}\\s+使用中[\\s\\S]*孙伟，到 11:30`));
    expect(await env.page.getByRole("list", { name: "图例" }).innerText()).toMatch(
      /空闲\s+已预约\s+候补保留中\s+使用中\s+暂离\s+停用/,
    );

    const c3 = env.page.getByRole("article", { name: "C3", exact: true });
    expect(await c3.innerText()).toMatch(/^C3\s+空闲/);
    await c3.getByText("C3 今日预约 1 条").click();
    expect(await c3.innerText()).toContain("14:00–16:00 张秀英 · 待签到");
    expect(await axeViolations(env.page)).toEqual([]);

    await c3.getByRole("button", { name: "代为取消：张秀英，C3 14:00–16:00" }).click();
    const form = c3.getByRole("form", { name: "代为取消：张秀英，C3 14:00–16:00" });
    await form.getByLabel("取消原因（本人会在自助机上看到）").fill("自习室临时有活动");
    await form.getByRole("button", { name: "确认取消" }).click();
    await status(env.page, "已取消 张秀英 在 C3 14:00–16:00 的预约，不计爽约").waitFor();
    await c3.getByText("今天没有预约").waitFor();
  });

  it("lists the no-show with its strike against the limit, and lets staff extend and then lift the ban it brought", async () => {
    await openStudyRoom(env.page, "爽约与禁约");
    const noShow = env.page.getByRole("table", { name: "近 30 天的爽约" }).getByRole("row").filter({ hasText: "赵丽" });
    await noShow.waitFor();
    // The ban used up the strike that brought it: counting starts again, and the row says she is paused.
    expect(await noShow.innerText()).toMatch(
      /^赵丽\s+B1\s+2026\/11\/24 09:30–10:00\s+0 \/ 1 次\s+暂停预约至 2026\/12\/01 09:50$/,
    );
    expect(await env.page.getByText("规则：30 天内爽约 1 次，暂停预约；暂停后重新计数。").isVisible()).toBe(true);

    const ban = env.page.getByRole("article", { name: "赵丽" });
    expect(await ban.innerText()).toContain("爽约 1 次");
    expect(await axeViolations(env.page)).toEqual([]);

    const extend = ban.getByRole("form", { name: "延长 赵丽 的暂停" });
    const until = await extend.getByLabel("延长到（含当天）").inputValue();
    expect(until).toMatch(/^2026-12-0\d$/);
    await extend.getByLabel("延长原因").fill("又一次没来，也没打招呼");
    await extend.getByRole("button", { name: "延长" }).click();
    await status(env.page, `赵丽 的暂停预约已延长到 ${until}`).waitFor();
    expect(await ban.innerText()).toContain(`${until.replaceAll("-", "/")} 23:59`);

    const lift = ban.getByRole("form", { name: "提前解除 赵丽 的暂停" });
    await lift.getByLabel("解除原因").fill("家里有急事，已说明");
    await lift.getByRole("button", { name: "提前解除" }).click();
    await status(env.page, "已解除 赵丽 的暂停预约").waitFor();
    await env.page.getByRole("heading", { name: "暂停预约中（0 人）" }).waitFor();
    const past = env.page.getByRole("table", { name: "暂停记录" }).getByRole("row").filter({ hasText: "赵丽" });
    expect(await past.innerText()).toMatch(/赵丽[\s\S]*爽约 1 次[\s\S]*提前解除/);
  });

  it("shows utilisation by weekday and hour for chosen dates, with the figures written in every cell", async () => {
    await openStudyRoom(env.page, "使用率");
    await env.page.getByLabel("从").fill("2026-11-24");
    await env.page.getByLabel("到").fill("2026-11-24");
    await env.page.getByRole("button", { name: "查看" }).click();
    const table = env.page.getByRole("table", { name: "2026-11-24 至 2026-11-24 各时段使用率" });
    await table.waitFor();
    const report = await staff.call<{
      usedMinutes: number;
      noShowMinutes: number;
      cells: { weekday: number; hour: number; ratio: number | null }[];
    }>("GET", `${room()}/utilisation?from=2026-11-24&to=2026-11-24`);
    const duration = (m: number) => `${Math.floor(m / 60)} 小时 ${m % 60} 分钟`;
    expect(await env.page.getByTestId("report-used").innerText()).toBe(duration(report.usedMinutes));
    expect(await env.page.getByTestId("report-no-show").innerText()).toBe(duration(report.noShowMinutes));

    const rows = table.getByRole("row");
    expect(await rows.count()).toBe(8);
    expect(await rows.nth(0).innerText()).toMatch(/^\s*08\s+09\s+10[\s\S]*21\s*$/);
    // Only Tuesday the 24th was in range: its open hours carry figures, every other day is closed.
    const tuesday = (await rows.filter({ hasText: "周二" }).locator("td").allInnerTexts()).map((s) => s.trim());
    const expected = report.cells
      .filter((c) => c.weekday === 2 && c.hour >= 8 && c.hour <= 21)
      .map((c) => `${Math.round(c.ratio! * 100)}%`);
    expect(tuesday).toEqual(expected);
    expect(await rows.filter({ hasText: "周一" }).locator("td").allInnerTexts()).toEqual(Array(14).fill("—\n未开放"));
    expect(await axeViolations(env.page)).toEqual([]);
  });

  it("has no axe violations on the setup page with a seat open for editing", async () => {
    await openStudyRoom(env.page, "座位与规则");
    await env.page.getByRole("button", { name: "A2", exact: true }).click();
    await env.page.getByRole("region", { name: "座位 A2" }).waitFor();
    await env.page.locator("summary", { hasText: "添加座位" }).click();
    expect(await axeViolations(env.page)).toEqual([]);
  });
});
