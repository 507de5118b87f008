import { describe, expect, it } from "vitest";
import { signIn } from "./support/admin";
import { useAdminBrowser } from "./support/admin-browser";
import { sideApi } from "./support/side-api";
import { axeViolations } from "./support/axe";
import { widerThanContainer } from "./support/fits";
import { DISABLED_SUBSIDY } from "../support/subsidy-rules";
import { chartRows } from "./support/chart-rows";

type UsedAndBudget = { usedFen: number; budgetFen: number | null };
/** A row of the funds' chart as the page writes it: the label, what was used and the budget (— for none). */
const usedAndBudget = (label: string, { usedFen, budgetFen }: UsedAndBudget) => [
  label,
  yuan(usedFen),
  budgetFen === null ? "—" : yuan(budgetFen),
];

const env = useAdminBrowser({}, { LINLI_FAKE_NOW: "2026-11-24T01:00:00.000Z" });
const { api, staffSession } = sideApi(env);

/** The admin signed in, in a window of `size`, on the canteen's 价格与补贴 page (reached by its links). */
async function pricingPage(size: { width: number; height: number }) {
  const page = env.page;
  await page.setViewportSize(size);
  await signIn(page, env.stack.baseUrl, "admin");
  await page.getByRole("link", { name: "食堂", exact: true }).click();
  await page.getByRole("navigation", { name: "食堂栏目" }).getByRole("link", { name: "价格与补贴" }).click();
  return page;
}

const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

describe("admin pricing", () => {
  it("edits the subsidy rules as a list, previews who pays what from the API, saves a version and shows the diff", async () => {
    const { cookie, communityId } = await staffSession();
    const before = (await api(`/api/communities/${communityId}/canteen/policies`, { headers: { cookie } })).json;
    const base = before.items[0];
    const page = await pricingPage({ width: 1366, height: 768 });
    const form = page.getByRole("form", { name: "新建价格版本" });
    await form.waitFor();

    // The children's rule goes; a 残疾 rule paid by the low-income fund comes, and moves to the top.
    const rules = form.locator("fieldset.rule-fields");
    expect(await rules.count()).toBe(base.rules.subsidies.length);
    await form.getByRole("button", { name: /^删除 规则 1：/ }).click();
    await form.getByRole("button", { name: "添加一条补贴规则" }).click();
    const added = rules.last();
    await added.getByLabel("规则名称").fill("残疾人");
    await added.getByLabel("支付资金").selectOption({ label: "民政低保特困助餐补贴" });
    await added.getByLabel("午餐补贴（元）").fill("4");
    await added.getByLabel("晚餐补贴（元）").fill("3");
    await added.getByRole("checkbox", { name: "残疾" }).check();
    const count = await rules.count();
    for (let i = count; i > 1; i--) await form.getByRole("button", { name: `上移 规则 ${i}：新规则` }).click();
    expect(await rules.first().locator(":scope > legend").innerText()).toBe("规则 1：新规则");

    await form.getByRole("button", { name: "预览谁付多少" }).click();
    const preview = page.getByRole("table", { name: "谁付多少（预览）" });
    await preview.waitFor();
    const saved = base.rules.subsidies.slice(1);
    const disabledRule = { ...DISABLED_SUBSIDY, id: "any" };
    const expected = (
      await api(`/api/communities/${communityId}/canteen/policies/preview`, {
        method: "POST",
        headers: { cookie },
        body: { rules: { ...base.rules, subsidies: [disabledRule, ...saved] } },
      })
    ).json;
    const cells = await preview
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((c) => c.textContent ?? "")));
    expect(cells).toEqual(
      expected.bands.map((b: { cells: { sittings: { sitting: string; payFen: number }[] }[] }) =>
        b.cells.map((c) =>
          c.sittings.map((s) => `${s.sitting === "lunch" ? "午餐" : "晚餐"} ${yuan(s.payFen)}`).join("，"),
        ),
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size);
      expect(await widerThanContainer(page), `${size.width}×${size.height}`).toEqual([]);
    }

    await form.getByLabel("生效日期").fill("2026-11-25");
    await form.getByRole("button", { name: "保存为新版本" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `已保存第 ${base.version + 1} 版，2026-11-25 起生效` })
      .waitFor();
    const after = (await api(`/api/communities/${communityId}/canteen/policies`, { headers: { cookie } })).json;
    const newest = after.items[0];
    expect(newest.version).toBe(base.version + 1);
    expect(newest.rules.subsidies.map((r: { label: string }) => r.label)).toEqual([
      "残疾人",
      ...saved.map((r: { label: string }) => r.label),
    ]);
    expect(newest.rules.subsidies[0]).toMatchObject({ ...disabledRule, id: expect.any(String) });

    const diff = page.getByRole("list", { name: `第 ${base.version} 版到第 ${base.version + 1} 版的变化` });
    await diff.waitFor();
    const lines = await diff.locator("li").allInnerTexts();
    expect(lines).toContain(`删除规则“${base.rules.subsidies[0].label}”`);
    expect(lines).toContain("新增规则“残疾人”：不限年龄；残疾，由“民政低保特困助餐补贴”支付");
  });

  it("charts each fund's use against its budget from the API's figures", async () => {
    const { cookie, communityId } = await staffSession();
    const funds = (await api(`/api/communities/${communityId}/canteen/funds`, { headers: { cookie } })).json;
    await pricingPage({ width: 1440, height: 900 });
    const figure = env.page.getByRole("figure", { name: `${funds.month} 各项资金已用与预算` });
    await figure.waitFor();
    await figure.locator("summary").click();
    expect(await chartRows(figure)).toEqual(
      funds.items.map((f: UsedAndBudget & { name: string }) => usedAndBudget(f.name, f)),
    );
    expect(await widerThanContainer(env.page)).toEqual([]);
    expect(await axeViolations(env.page)).toEqual([]);
  });
  it("sets next month's budget of a fund in the form and charts each month's use against its budget", async () => {
    const { cookie, communityId } = await staffSession();
    const before = (await api(`/api/communities/${communityId}/canteen/funds`, { headers: { cookie } })).json;
    const fund = before.items.find((f: { code: string }) => f.code === "civil_affairs_elderly");
    const next = before.months[before.months.indexOf(before.month) + 1];
    const page = await pricingPage({ width: 1366, height: 768 });
    const form = page.getByRole("form", { name: "设定某月预算" });
    await form.waitFor();
    await form.getByLabel("资金", { exact: true }).selectOption({ label: fund.name });
    await form.getByLabel("月份").selectOption(next);
    // An amount that is not one is said next to its input, in our words, and nothing is sent.
    await form.getByLabel("该月预算（元）").fill("12.345");
    await form.getByRole("button", { name: "保存该月预算" }).click();
    const input = form.getByLabel("该月预算（元）");
    await page.waitForFunction((el) => el?.getAttribute("aria-invalid") === "true", await input.elementHandle());
    const described = (await input.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${described.split(" ").at(-1)}"]`).innerText()).toBe(
      "该月预算（元）：请按“元”填写，例如 50 或 12.50，最多两位小数。",
    );
    await input.fill("3210");
    await form.getByRole("button", { name: "保存该月预算" }).click();
    await form.getByText(`已将 ${fund.name} ${next} 的预算设为 ¥3210.00`).waitFor();

    const after = (await api(`/api/communities/${communityId}/canteen/funds`, { headers: { cookie } })).json;
    const saved = after.items.find((f: { id: string }) => f.id === fund.id);
    expect(saved.byMonth.find((m: { month: string }) => m.month === next)).toMatchObject({
      budgetFen: 321000,
      ownBudget: true,
    });
    const figure = page.getByRole("figure", { name: `${fund.name}：各月已用与预算` });
    const nextRow = figure
      .getByTestId("chart-figures")
      .locator("tbody tr", { has: page.getByRole("rowheader", { name: next }) });
    await figure.locator("summary").click();
    await nextRow.getByText("¥3210.00").waitFor();
    expect(await chartRows(figure)).toEqual(
      saved.byMonth.map((m: UsedAndBudget & { month: string }) => usedAndBudget(m.month, m)),
    );
    expect(await widerThanContainer(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
