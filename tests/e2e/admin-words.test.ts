import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { paths } from "../../admin/src/paths";
import { DEMO_PASSWORD } from "../../api/seed/demo";
import { signIn } from "./support/admin";
import { sideApi } from "./support/side-api";
import { useAdminBrowser } from "./support/admin-browser";
import { axeViolations } from "./support/axe";
import { overflowing } from "./support/layout";

// Screenshots to look at, not to compare: git-ignored, rewritten on every run.
const SHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

const env = useAdminBrowser();

/** The API as the admin's other desk uses it, beside the browser under test. */
async function asAdmin() {
  const signedIn = await fetch(`${env.stack.baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
  });
  const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
  const api = async (path: string, method = "GET", body?: unknown) => {
    const res = await fetch(`${env.stack.baseUrl}/api${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as any;
  };
  const communityId = (await api("/communities")).communities[0].id as string;
  return { api, base: `/communities/${communityId}` };
}

describe("admin forms", () => {
  it("word a wrong amount in the staff's language, tied to the field, and clear the last success on the next edit", async () => {
    const page = env.page;
    await signIn(page, env.stack.baseUrl, "canteen");
    await page.getByRole("link", { name: "食堂", exact: true }).click();
    await page.getByRole("navigation", { name: "食堂栏目" }).getByRole("link", { name: "饭卡" }).click();
    const resident = page.getByLabel("居民");
    await resident.selectOption({ label: await resident.locator("option", { hasText: "刘桂兰" }).innerText() });
    const form = page.getByRole("form", { name: "充值" });
    const amount = form.getByLabel("充值金额（元）");
    await amount.fill("12.345");
    await form.getByRole("button", { name: "确认充值" }).click();

    const message = form.locator(".field-error");
    await message.filter({ hasText: "请按“元”填写" }).waitFor();
    expect(await message.innerText()).toBe("充值金额（元）：请按“元”填写，例如 50 或 12.50，最多两位小数。");
    expect(await amount.getAttribute("aria-invalid")).toBe("true");
    expect((await amount.getAttribute("aria-describedby"))?.split(" ")).toContain(await message.getAttribute("id"));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("amount");
    expect(await form.evaluate((f: HTMLFormElement) => f.noValidate)).toBe(true);

    await amount.fill("0");
    await message.filter({ hasText: "必须大于 0" }).waitFor();
    await form.getByRole("button", { name: "确认充值" }).click();
    expect(await message.innerText()).toBe("充值金额（元）必须大于 0。");

    await amount.fill("20");
    await message.waitFor({ state: "detached" });
    await form.getByRole("button", { name: "确认充值" }).click();
    const done = page.getByRole("status").filter({ hasText: "已为 刘桂兰 充值 ¥20.00" });
    await done.waitFor();
    await form.getByLabel("备注").fill("x");
    await done.waitFor({ state: "detached" });
    expect(await form.locator('[role="status"]').textContent()).toBe("");
  });

  it("speak English when the staff chose English, each field with its own message", async () => {
    const page = env.page;
    await signIn(page, env.stack.baseUrl, "admin");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: "Staff", exact: true }).click();
    const form = page.getByRole("form", { name: "Add a staff member" });
    await form.getByRole("button", { name: "Add", exact: true }).click();
    await form.locator(".field-error").first().waitFor();
    expect(await form.locator(".field-error").allInnerTexts()).toEqual([
      "Name: please fill this in.",
      "Username: please fill this in.",
      "First password: please fill this in.",
    ]);
  });
});

describe("the audit log", () => {
  it("says who did what to whom in words, filters by the person touched and opens the raw record", async () => {
    const { api, base } = await asAdmin();
    const resident = (await api(`${base}/residents`)).residents.find((r: { name: string }) => r.name === "张秀英");
    await api(`${base}/passes`, "POST", { holders: [{ kind: "resident", id: resident.id }] });
    const fund = (await api(`${base}/canteen/funds`)).items[0];
    await api(`${base}/canteen/funds/${fund.id}`, "PATCH", { monthlyBudgetFen: 2000000 });
    await api(`${base}/canteen/funds/${fund.id}`, "PATCH", { monthlyBudgetFen: 1500000 });

    const page = env.page;
    await signIn(page, env.stack.baseUrl, "admin");
    await page.getByRole("link", { name: "操作日志" }).click();
    const table = page.getByRole("table", { name: "操作日志" });
    const passRow = table.getByRole("row").filter({ hasText: "社区书记 Zhou 给 张秀英 发放了打印通行证" });
    await passRow.waitFor();
    const budgetRow = table.getByRole("row").filter({ hasText: "每月预算：¥20000.00 → ¥15000.00" });
    expect(await budgetRow.innerText()).toContain("社区书记 Zhou 修改了补贴资金的每月预算");
    expect(await table.innerText()).not.toContain("monthlyBudgetFen");

    await passRow.getByText("原始记录").click();
    const raw = passRow.locator("pre");
    await raw.waitFor();
    expect(JSON.parse(await raw.innerText())).toMatchObject({ action: "pass.issue", entityId: resident.id });

    const filters = page.getByRole("form", { name: "筛选" });
    await filters.getByLabel("涉及的人").selectOption({ label: "张秀英" });
    await filters.getByRole("button", { name: "筛选", exact: true }).click();
    await table.getByRole("row").filter({ hasText: "每月预算" }).waitFor({ state: "detached" });
    const touched = (await api(`${base}/audit?person=${resident.id}&limit=200`)).entries;
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(touched.length);
    for (const text of await rows.allInnerTexts()) expect(text).toContain("张秀英");
  });
});

describe("the audit log names people", () => {
  it("names the family member a link was made with and everyone a closure cancelled, the list one click away", async () => {
    const { api, base } = await asAdmin();
    const { kioskSessionFor, api: side } = sideApi(env);
    const residents: { id: string; name: string }[] = (await api(`${base}/residents`)).residents;
    const { links } = await api(`${base}/canteen/residents`);
    const linked = new Set(links.map((l: { elderId: string; familyId: string }) => `${l.elderId}|${l.familyId}`));
    const [elder, family] = residents
      .flatMap((a) => residents.map((b) => [a, b] as const))
      .find(([a, b]) => a.id !== b.id && !linked.has(`${a.id}|${b.id}`))!;
    await api(`${base}/canteen/family-links`, "POST", { elderId: elder.id, familyId: family.id });

    // 张秀英 orders lunch for a coming day at the kiosk; the canteen is then closed that day.
    const kiosk = await kioskSessionFor("张秀英");
    const today = await side("/api/kiosk/canteen/today", { headers: kiosk });
    const day = today.json.orderDates.find((d: { closed: string | null }, i: number) => i > 0 && !d.closed).date;
    const ordered = await side("/api/kiosk/canteen/orders", {
      method: "POST",
      headers: kiosk,
      body: { sitting: "lunch", payment: "counter", serviceDate: day, idempotencyKey: crypto.randomUUID() },
    });
    expect(ordered.status).toBe(200);
    const closed = await api(`${base}/canteen/closures`, "POST", { date: day, reason: "设备检修" });
    expect(closed.ordersCancelled).toBeGreaterThanOrEqual(1);
    const listed = await api(`${base}/audit?kind=canteen.add_closure&limit=200`);
    const line = listed.entries.find((e: { entityId: string }) => e.entityId === closed.closureId);
    const people: string[] = line.after.holderIds.map((id: string) => listed.names[id]);
    expect(people).toContain("张秀英");

    const page = env.page;
    await signIn(page, env.stack.baseUrl, "admin");
    await page.getByRole("link", { name: "操作日志" }).click();
    const table = page.getByRole("table", { name: "操作日志" });
    const linkRow = table.getByRole("row").filter({ hasText: `家属：${family.name}` });
    await linkRow.waitFor();
    const closureRow = table.getByRole("row").filter({ hasText: "原因：设备检修" });
    await closureRow.waitFor();
    expect(await closureRow.innerText()).toContain(`受影响的人：${people.length} 人`);
    const list = closureRow.locator("details.audit-people");
    await list.locator("summary").click();
    await list.locator("li").first().waitFor();
    expect((await list.locator("li").allInnerTexts()).sort()).toEqual([...people].sort());
    for (const row of [linkRow, closureRow])
      expect(await row.innerText()).not.toMatch(/holderIds|familyId|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});

describe("every admin page", () => {
  it("fits 1366×768 and 1440×900 with nothing wider than its container, and has no axe violations", async () => {
    const { api, base } = await asAdmin();
    const resident = (await api(`${base}/residents`)).residents[0];
    // The audit page is measured with an entry in it, whatever ran before.
    await api(`${base}/passes`, "POST", { holders: [{ kind: "resident", id: resident.id }] });
    // Every route the panel has, from its own table of paths, with a real person where one is named.
    const params: Record<string, string> = { kind: "resident", id: resident.id };
    const pages = Object.entries(paths).map(([name, path]) => ({
      name,
      url: `/admin/${path.replace(/^\//, "").replace(/:(\w+)/g, (_, p: string) => params[p] ?? `:${p}`)}`,
    }));
    expect(pages.filter((p) => p.url.includes(":"))).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });

    const page = env.page;
    await signIn(page, env.stack.baseUrl, "admin");
    const problems: Record<string, string[]> = {};
    for (const [width, height] of [
      [1366, 768],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const { name, url } of pages) {
        await page.goto(`${env.stack.baseUrl}${url}`);
        const ready = await page
          .waitForFunction(
            () =>
              document.querySelector("main h1") !== null &&
              [...document.querySelectorAll("[role=status]")].every((s) => !s.textContent?.includes("正在加载")),
            undefined,
            { timeout: 10_000 },
          )
          .then(() => true)
          .catch(() => false);
        if (!ready) {
          problems[`${width} ${url}`] = ["never finished loading (no h1, or still 正在加载)"];
          continue;
        }
        await page.screenshot({ path: `${SHOTS}${width}x${height}-${name}.png`, fullPage: true });
        const found = await overflowing(page);
        if (width === 1366) found.push(...(await axeViolations(page)).map((v) => `axe: ${v}`));
        if (found.length) problems[`${width} ${url}`] = found;
      }
    }
    expect(problems).toEqual({});
  }, 240_000);
});
