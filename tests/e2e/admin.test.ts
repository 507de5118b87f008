import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../api/seed/demo";
import { signIn } from "./support/admin";
import { axeViolations } from "./support/axe";
import { useAdminBrowser } from "./support/admin-browser";

const env = useAdminBrowser();

describe("admin panel", () => {
  it("shows a community admin the community's four facilities after signing in", async () => {
    await signIn(env.page, env.stack.baseUrl, "admin");
    await env.page.getByRole("heading", { level: 1, name: "幸福里社区" }).waitFor();
    const facilities = await env.page.getByRole("article").allInnerTexts();
    expect(facilities).toHaveLength(4);
    for (const name of ["幸福食堂", "共享自习室", "骑手驿站", "宝宝屋"]) {
      expect(facilities.some((card) => card.includes(name))).toBe(true);
    }
  });

  it("lets a community admin add a staff account, which is then listed and audited", async () => {
    const username = `e2e-${Date.now()}`;
    await signIn(env.page, env.stack.baseUrl, "admin");
    await env.page.getByRole("link", { name: "员工管理" }).click();
    const form = env.page.getByRole("form", { name: "添加员工" });
    await form.getByLabel("姓名").fill("测试员工");
    await form.getByLabel("用户名").fill(username);
    await form.getByLabel("角色").selectOption({ label: "驿站站长" });
    await form.getByLabel("初始密码").fill("a-long-enough-password");
    await form.getByRole("button", { name: "添加", exact: true }).click();

    await env.page.getByRole("status").filter({ hasText: "已添加员工 测试员工" }).waitFor();
    const row = env.page.getByRole("row").filter({ hasText: username });
    expect(await row.innerText()).toContain("驿站站长");

    await env.page.getByRole("link", { name: "操作日志" }).click();
    // The staff table's row with the same username stays until the audit page renders: look in the audit table.
    const entry = env.page.getByRole("table", { name: "操作日志" }).getByRole("row").filter({ hasText: username });
    await entry.waitFor();
    expect(await entry.innerText()).toContain("添加了员工 测试员工");
  });

  it("lets a district admin open a community with the facilities it has, then work in it", async () => {
    const slug = `e2e-${Date.now()}`;
    await env.page.goto(`${env.stack.baseUrl}/admin/`);
    await env.page.getByLabel("用户名").fill("district");
    await env.page.getByLabel("密码").fill(DEMO_PASSWORD);
    await env.page.getByRole("button", { name: "登录", exact: true }).click();
    const form = env.page.getByRole("form", { name: "开设新社区" });
    await form.getByLabel("社区名称").fill("和平里社区");
    await form.getByLabel("简称（网址用）").fill(slug);
    await form.getByRole("checkbox", { name: "骑手驿站" }).uncheck();
    await form.getByRole("checkbox", { name: "宝宝屋" }).uncheck();
    await form.getByRole("button", { name: "开设社区" }).click();
    await env.page.getByRole("status").filter({ hasText: "已开设社区 和平里社区" }).waitFor();

    await form.getByLabel("社区名称").fill("又一个和平里");
    await form.getByLabel("简称（网址用）").fill(slug);
    await form.getByRole("button", { name: "开设社区" }).click();
    await env.page.getByRole("alert").filter({ hasText: "这个简称已有社区在用" }).waitFor();
    expect(await axeViolations(env.page)).toEqual([]);

    await env.page.getByRole("button", { name: "和平里社区" }).click();
    await env.page.getByRole("heading", { level: 1, name: "和平里社区" }).waitFor();
    await env.page.getByRole("article").first().waitFor();
    const facilities = await env.page.getByRole("article").allInnerTexts();
    expect(facilities).toHaveLength(2);
    expect(facilities[0]).toContain("食堂");
    expect(facilities[1]).toContain("自习室");
  });

  it("does not offer staff management to canteen staff", async () => {
    await signIn(env.page, env.stack.baseUrl, "canteen");
    expect(await env.page.getByRole("link", { name: "员工管理" }).count()).toBe(0);
    await env.page.goto(`${env.stack.baseUrl}/admin/staff`);
    await env.page.getByRole("alert").filter({ hasText: "无权查看" }).waitFor();
  });

  it("says so when the password is wrong", async () => {
    await env.page.goto(`${env.stack.baseUrl}/admin/`);
    await env.page.getByLabel("用户名").fill("admin");
    await env.page.getByLabel("密码").fill("not-the-password");
    await env.page.getByRole("button", { name: "登录", exact: true }).click();
    await env.page.getByRole("alert").filter({ hasText: "用户名或密码不正确" }).waitFor();
    expect(await env.page.getByRole("heading", { name: "员工登录" }).isVisible()).toBe(true);
  });

  it("has no axe violations on the sign-in page", async () => {
    await env.page.goto(`${env.stack.baseUrl}/admin/`);
    await env.page.getByRole("heading", { name: "员工登录" }).waitFor();
    expect(await axeViolations(env.page)).toEqual([]);
  });

  it("has no axe violations on the landing page", async () => {
    await signIn(env.page, env.stack.baseUrl, "admin");
    await env.page.getByRole("article").first().waitFor();
    expect(await axeViolations(env.page)).toEqual([]);
  });
});
