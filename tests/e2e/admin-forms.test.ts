import { describe, expect, it } from "vitest";
import { signIn } from "./support/admin";
import { useAdminBrowser } from "./support/admin-browser";

const env = useAdminBrowser();

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
