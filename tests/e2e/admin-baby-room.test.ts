import { describe, expect, it } from "vitest";
import { signIn } from "./support/admin";
import { useAdminBrowser } from "./support/admin-browser";
import { axeViolations } from "./support/axe";

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
});
