import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../../api/seed/demo";

/** Signs in through the form, as staff do, and waits for the landing page. */
export async function signIn(page: Page, baseUrl: string, username: string) {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.getByRole("heading", { name: "服务场所" }).waitFor();
}
