import { describe, expect, it } from "vitest";
import { signIn } from "./support/admin";
import { claimStaffCall, raiseStaffCall } from "./support/admin-kiosk-calls";
import { axeViolations } from "./support/axe";
import { useAdminBrowser } from "./support/admin-browser";

const env = useAdminBrowser();

async function issuePassesFor(names: string[]) {
  await signIn(env.page, env.stack.baseUrl, "admin");
  await env.page.getByRole("link", { name: "通行证" }).click();
  for (const name of names) await env.page.getByRole("checkbox", { name, exact: true }).check();
  await env.page.getByRole("button", { name: `发放并打印（${names.length} 人）` }).click();
  await env.page.getByRole("heading", { name: `打印通行证（${names.length} 张）` }).waitFor();
}

describe("admin identity pages", () => {
  it("issues passes for two residents as two printable cards with drawn QR codes, laid out for A4 without the navigation", async () => {
    await issuePassesFor(["刘桂兰", "陈淑珍"]);
    const cards = env.page.locator(".pass-card");
    expect(await cards.count()).toBe(2);
    for (const name of ["刘桂兰", "陈淑珍"]) {
      const qr = env.page.getByRole("img", { name: `${name} 的通行证二维码` });
      await qr.waitFor();
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await qr.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    }
    expect(await cards.first().innerText()).toContain("幸福里社区");

    await env.page.emulateMedia({ media: "print" });
    expect(await env.page.getByRole("navigation").isVisible()).toBe(false);
    expect(await env.page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
    const columns = await env.page
      .locator(".pass-sheet")
      .first()
      .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(" ").length);
    expect(columns).toBe(2);
    const [a, b] = await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(a).toBe(b); // side by side on the sheet
  });

  it("lets a station keeper register a courier and verify them", async () => {
    const name = `骑手${Date.now() % 100000}`;
    await signIn(env.page, env.stack.baseUrl, "station");
    await env.page.getByRole("link", { name: "人员", exact: true }).click();
    await env.page.getByText("登记新骑手", { exact: true }).click();
    const form = env.page.getByRole("form", { name: "登记新骑手" });
    await form.getByLabel("姓名").fill(name);
    await form.getByLabel("手机号").fill("13911112222");
    await form.getByLabel("平台").selectOption({ label: "饿了么" });
    await form.getByLabel("女").check();
    await form.getByRole("button", { name: "登记骑手" }).click();
    await env.page
      .getByRole("status")
      .filter({ hasText: `已登记 ${name}` })
      .waitFor();

    const row = env.page.getByRole("row").filter({ hasText: name });
    expect(await row.innerText()).toContain("待核验");
    expect(await row.innerText()).toContain("139****2222");
    await row.getByRole("button", { name: `核验通过 ${name}` }).click();
    await row.getByText("已核验").waitFor();
    expect(await env.page.getByRole("heading", { name: "居民" }).count()).toBe(0); // not this role's people
  });

  it("shows an admin a new kiosk's eight-digit pairing code, then revokes the kiosk", async () => {
    const name = `测试终端${Date.now() % 100000}`;
    await signIn(env.page, env.stack.baseUrl, "admin");
    await env.page.getByRole("link", { name: "自助终端" }).click();
    const form = env.page.getByRole("form", { name: "登记新终端" });
    await form.getByLabel("终端名称").fill(name);
    await form.getByLabel("所在场所").selectOption({ index: 2 });
    await form.getByRole("button", { name: "登记并获取配对码" }).click();
    const code = env.page.getByLabel("配对码", { exact: true });
    await code.waitFor();
    expect((await code.innerText()).trim()).toMatch(/^\d{8}$/);

    const row = env.page.getByRole("row").filter({ hasText: name });
    expect(await row.innerText()).toContain("等待配对");
    await row.getByRole("button", { name: "停用" }).click();
    await row.getByRole("button", { name: "确定停用" }).click();
    await row.getByText("已停用").waitFor();
    expect(await row.getByRole("button", { name: "停用" }).count()).toBe(0);
  });

  it("raises a kiosk's call for staff live on the admin page, and identifies the resident through it", async () => {
    await signIn(env.page, env.stack.baseUrl, "canteen");
    const { callId } = await raiseStaffCall(env.stack.baseUrl);
    const alert = env.page.getByRole("region", { name: /终端在找工作人员/ });
    await alert.waitFor({ timeout: 8_000 });
    const call = alert.getByRole("listitem").filter({ hasText: "食堂门口一号机" });
    await call.getByRole("button", { name: "确认身份" }).click();
    await call.getByLabel("搜索居民或骑手").fill("刘桂兰");
    await call.getByRole("button", { name: /是 刘桂兰/ }).click();
    await alert.waitFor({ state: "detached" });

    const claim = await claimStaffCall(env.stack.baseUrl, callId);
    expect(claim.status).toBe("identified");
    expect(claim.person?.name).toBe("刘桂兰");
  });

  it("has no axe violations on the people page", async () => {
    await signIn(env.page, env.stack.baseUrl, "admin");
    await env.page.getByRole("link", { name: "人员", exact: true }).click();
    await env.page.getByRole("row").filter({ hasText: "孙乐乐" }).waitFor();
    expect(await axeViolations(env.page)).toEqual([]);
  });

  it("has no axe violations on the pass printing page", async () => {
    await issuePassesFor(["张秀英", "吴强"]);
    await env.page.getByRole("img", { name: "吴强 的通行证二维码" }).waitFor();
    expect(await axeViolations(env.page)).toEqual([]);
  });
});
