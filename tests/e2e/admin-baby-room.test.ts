import { describe, expect, it } from "vitest";
import { signIn } from "./support/admin";
import { useAdminBrowser } from "./support/admin-browser";
import { axeViolations } from "./support/axe";
import { sideApi } from "./support/side-api";
import { DEMO_BABY_KIOSK_TOKEN } from "../../api/seed/demo";

// Tuesday 24 November 2026, 08:40 in Shanghai: the seed's week of sessions starts today.
const env = useAdminBrowser({}, { LINLI_FAKE_NOW: new Date("2026-11-24T08:40:00+08:00").toISOString() });

describe("admin baby room", () => {
  it("shows the baby-room staff the week's sessions, 孙乐乐's ledger with an adjustment, and the monthly report, and no canteen", async () => {
    const { page } = env;
    await signIn(page, env.stack.baseUrl, "babyroom");
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link", { name: "食堂" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "宝宝屋", exact: true }).click();
    await page.getByRole("heading", { name: "宝宝屋：本周课程" }).waitFor();
    const week = page.locator("table.baby-week");
    await week.getByText("托育").first().waitFor();
    await expect(week.getByText("0 / 10").first().isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "孩子与免费次数" }).click();
    await page.getByRole("button", { name: /孙乐乐/ }).click();
    await page.getByText(/剩余 12 次/).waitFor();
    await page.getByLabel("增减次数（减少填负数）").fill("-2");
    await page.getByLabel("原因", { exact: true }).fill("在别处用过两次");
    await page.getByRole("button", { name: "调整", exact: true }).click();
    await page.getByText(/剩余 10 次/).waitFor();
    await page.getByRole("cell", { name: "在别处用过两次" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "月度统计" }).click();
    await page.getByRole("heading", { name: "宝宝屋：月度统计" }).waitFor();
    await page.getByRole("rowheader", { name: "2026-11" }).waitFor();
    await expect(page.getByRole("link", { name: "下载 CSV" }).getAttribute("href")).resolves.toContain("report.csv");
  });

  it("lets the staff add and change a session type, a weekly session and a one-off session", async () => {
    const { page } = env;
    await signIn(page, env.stack.baseUrl, "babyroom");
    await page.getByRole("link", { name: "宝宝屋", exact: true }).click();
    await page.getByRole("link", { name: "课程设置" }).click();
    await page.getByRole("heading", { name: "宝宝屋：课程设置" }).waitFor();
    const types = page.getByRole("table", { name: "课程类型" });
    await types.getByRole("cell", { name: "托育", exact: true }).waitFor();

    // A new type: 周末绘本, 90 minutes, 2 to 6 years, four children a caregiver, paid ¥15 beyond the free sessions.
    await page.getByLabel("类别").selectOption("early_education");
    await page.getByLabel("名称", { exact: true }).fill("周末绘本");
    await page.getByLabel("时长（分钟）").fill("90");
    await page.getByLabel("最小年龄（月，含）").fill("24");
    await page.getByLabel("最大年龄（月，不含）").fill("72");
    await page.getByLabel("每位保育员照看几个孩子").fill("4");
    await page.getByLabel("价格（元）").fill("15");
    await page.getByRole("button", { name: "添加课程类型" }).click();
    await page.getByText("已添加课程类型 周末绘本。").waitFor();
    const row = types.getByRole("row").filter({ hasText: "周末绘本" });
    await row.getByRole("cell", { name: "¥15.00" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Change its price; the form starts from the type's own values.
    await row.getByRole("button", { name: "修改 周末绘本" }).click();
    await expect(page.getByLabel("时长（分钟）").inputValue()).resolves.toBe("90");
    await expect(page.getByLabel("类别").inputValue()).resolves.toBe("early_education");
    await page.getByLabel("价格（元）").fill("12.50");
    await page.getByRole("button", { name: "保存课程类型" }).click();
    await page.getByText("已保存课程类型 周末绘本。").waitFor();
    await types.getByRole("row").filter({ hasText: "周末绘本" }).getByRole("cell", { name: "¥12.50" }).waitFor();

    // A weekly session on Sundays at 10:00 with two caregivers, then moved to 10:30.
    const weekly = page.getByRole("form", { name: "添加每周固定课程" });
    await weekly.getByLabel("星期").selectOption("7");
    await weekly.getByLabel("开始时间").fill("10:00");
    await weekly.getByLabel("课程类型").selectOption({ label: "周末绘本" });
    await weekly.getByLabel("当班保育员人数").fill("2");
    await weekly.getByRole("button", { name: "添加每周固定课程" }).click();
    await page.getByText("已添加每周固定课程。").waitFor();
    const templates = page.getByRole("table", { name: "每周固定课程" });
    const sunday = templates.getByRole("row").filter({ hasText: "周末绘本" });
    await sunday.getByRole("cell", { name: "10:00", exact: true }).waitFor();
    await sunday.getByRole("button", { name: /^修改 / }).click();
    const change = page.getByRole("form", { name: "修改每周固定课程" });
    await change.getByLabel("开始时间").fill("10:30");
    await change.getByRole("button", { name: "保存每周固定课程" }).click();
    await page.getByText("已保存每周固定课程。").waitFor();
    await sunday.getByRole("cell", { name: "10:30", exact: true }).waitFor();

    // A one-off session next Tuesday afternoon: 1 caregiver × 4 children.
    const oneOff = page.getByRole("form", { name: "加一节临时课程" });
    await oneOff.getByLabel("课程类型").selectOption({ label: "周末绘本" });
    await oneOff.getByLabel("开始时间").fill("2026-12-01T14:00");
    await oneOff.getByLabel("当班保育员人数").fill("1");
    await oneOff.getByRole("button", { name: "添加课程" }).click();
    await page.getByText("已添加课程，共 4 个名额。").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);

  it("lets the community admin change the room's rules and size, and change, cancel (naming whom it touches) and delete sessions", async () => {
    const { page } = env;
    const side = sideApi(env);
    // 赵丽 books 孙乐乐 on Wednesday's 托育 at the baby room's kiosk.
    const kiosk = await side.kioskSessionFor("赵丽", DEMO_BABY_KIOSK_TOKEN);
    const overview = (await side.api("/api/kiosk/baby-room/overview", { headers: kiosk })).json;
    const child = overview.children.find((c: { name: string }) => c.name === "孙乐乐");
    const wednesday = overview.sessions.find(
      (s: { name: string; startsAt: string }) => s.name === "托育" && s.startsAt === "2026-11-25T01:00:00.000Z",
    );
    const booked = await side.api("/api/kiosk/baby-room/bookings", {
      method: "POST",
      headers: kiosk,
      body: { childId: child.id, sessionId: wednesday.id, idempotencyKey: crypto.randomUUID() },
    });
    expect(booked.status).toBe(200);

    await signIn(page, env.stack.baseUrl, "admin");
    await page.getByRole("link", { name: "宝宝屋", exact: true }).click();
    await page.getByRole("link", { name: "课程设置" }).click();
    const rules = page.getByRole("form", { name: "宝宝屋规则" });
    await expect(rules.getByLabel("房间最多几个孩子").inputValue()).resolves.toBe("12");
    await rules.getByLabel("房间最多几个孩子").fill("8");
    await rules.getByLabel("修改原因").fill("装修后房间变小");
    await rules.getByRole("button", { name: "保存宝宝屋规则" }).click();
    await page.getByText(/^已保存宝宝屋规则，\d+ 节课的名额随之调整。$/).waitFor();
    await page.getByText("每个孩子每 12 个月免费 12 次，房间最多 8 个孩子。").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Every 托育 session of the week now holds 8 (2 caregivers × 5, capped by the room).
    await page.getByRole("link", { name: "本周课程" }).click();
    const week = page.locator("table.baby-week");
    // The page opens on the server's week (its clock is faked to the 24th), whatever the browser's date.
    await page.locator(".button-row strong").getByText("2026-11-23", { exact: true }).waitFor();
    const wednesdayRow = week
      .getByRole("row")
      .filter({ has: page.getByRole("button", { name: /^修改 11\/25.*09:00$/ }) });
    await wednesdayRow.getByRole("cell", { name: "1 / 8", exact: true }).waitFor();

    // Thursday's 托育 with one caregiver: 5 places.
    await week.getByRole("button", { name: /^修改 11\/26.*09:00$/ }).click();
    const edit = page.getByRole("form", { name: /^修改课程：11\/26/ });
    await expect(edit.getByLabel("当班保育员人数").inputValue()).resolves.toBe("2");
    await edit.getByLabel("当班保育员人数").fill("1");
    await edit.getByLabel("原因").fill("保育员请假");
    await edit.getByRole("button", { name: "保存课程" }).click();
    await page.getByText("已保存课程，现在共 5 个名额。").waitFor();
    const thursdayRow = week
      .getByRole("row")
      .filter({ has: page.getByRole("button", { name: /^修改 11\/26.*09:00$/ }) });
    await thursdayRow.getByRole("cell", { name: "0 / 5", exact: true }).waitFor();

    // Cancelling Wednesday's 托育 first names 孙乐乐, then cancels her booking with a notice.
    await wednesdayRow.getByRole("button", { name: /^取消 11\/25/ }).click();
    const remove = page.getByRole("form", { name: /^取消课程：11\/25/ });
    await remove.getByLabel("原因").fill("停水一天");
    await remove.getByRole("button", { name: "取消这节课" }).click();
    await page.getByRole("table", { name: "这节课已有人预约" }).getByRole("rowheader", { name: "孙乐乐" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "取消这节课并通知这些家长" }).click();
    await page.getByText("已取消这节课，1 个预约已取消并通知家长，退回 1 次免费次数。").waitFor();
    const cancelledRow = week
      .getByRole("row")
      .filter({ hasText: /11\/25.*09:00/ })
      .filter({ hasText: "托育" });
    await cancelledRow.getByRole("cell", { name: "已取消", exact: true }).waitFor();
    const after = await side.api("/api/kiosk/baby-room/overview", { headers: kiosk });
    expect(after.json.children.find((c: { name: string }) => c.name === "孙乐乐").allowance.left).toBe(
      child.allowance.left,
    );

    // Deleting Saturday's 亲子 template takes its unbooked sessions to come with it.
    await page.getByRole("link", { name: "课程设置" }).click();
    const templates = page.getByRole("table", { name: "每周固定课程" });
    const saturday = templates.getByRole("row").filter({ hasText: "亲子" });
    await saturday.getByRole("button", { name: /^删除 / }).click();
    await page.getByRole("button", { name: "确认删除" }).click();
    await page.getByText(/^已删除每周固定课程：取消了 \d+ 节没人预约的课程，保留了 0 节已有人预约的课程。$/).waitFor();
    await templates.getByRole("row").filter({ hasText: "亲子" }).waitFor({ state: "detached" });

    // The room back to its size, so the seed's week reads as before.
    await rules.getByLabel("房间最多几个孩子").fill("12");
    await rules.getByLabel("修改原因").fill("装修结束");
    await rules.getByRole("button", { name: "保存宝宝屋规则" }).click();
    await page.getByText("每个孩子每 12 个月免费 12 次，房间最多 12 个孩子。").waitFor();
  }, 120_000);
});
