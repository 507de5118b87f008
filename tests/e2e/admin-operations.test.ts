import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_KIOSK_TOKEN } from "../../api/seed/demo";
import { signIn } from "./support/admin";
import { useAdminBrowser } from "./support/admin-browser";
import { sideApi } from "./support/side-api";
import { axeViolations } from "./support/axe";
import { widerThanContainer } from "./support/fits";

// 09:00 on Tuesday 24 November in Shanghai: lunch takes orders until 10:00.
const env = useAdminBrowser({}, { LINLI_FAKE_NOW: "2026-11-24T01:00:00.000Z" });
const TOMORROW = "2026-11-25";
const { api, staffSession, kioskSessionFor } = sideApi(env);

/** A resident orders tomorrow's lunch at the demo kiosk, identified by a pass. */
async function orderLunch(name: string) {
  const kiosk = await kioskSessionFor(name);
  const placed = await api("/api/kiosk/canteen/orders", {
    method: "POST",
    headers: kiosk,
    body: { sitting: "lunch", payment: "counter", serviceDate: TOMORROW, idempotencyKey: crypto.randomUUID() },
  });
  expect(placed.status).toBe(200);
}

async function openOperations(page: Page, section?: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, env.stack.baseUrl, "admin");
  await page.getByRole("link", { name: "今日运营", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "今日运营" }).waitFor();
  if (section) {
    await page.getByRole("navigation", { name: "运营" }).getByRole("link", { name: section }).click();
    await page.getByRole("heading", { level: 1, name: section }).waitFor();
  }
}

async function fitsAndPassesAxe(page: Page) {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    expect(await widerThanContainer(page), `${size.width}×${size.height}`).toEqual([]);
  }
  expect(await axeViolations(page)).toEqual([]);
}

describe("admin operations pages", () => {
  /**
   * Asks the capacity API, each time it is called, for the place `which` picks at the community's
   * facility of `facilityKind`, tomorrow.
   */
  async function placeTomorrow(facilityKind: string, which: (p: { kind: string; label: string }) => boolean) {
    const { cookie, communityId } = await staffSession();
    const { facilities } = (await api(`/api/communities/${communityId}/facilities`, { headers: { cookie } })).json;
    const facilityId = facilities.find((f: { kind: string }) => f.kind === facilityKind).id;
    return async () =>
      (
        await api(`/api/communities/${communityId}/facilities/${facilityId}/capacity?date=${TOMORROW}`, {
          headers: { cookie },
        })
      ).json.places.find(which);
  }
  it("shows today's places left from the API and takes a staff call from acknowledged to resolved", async () => {
    const call = await api("/api/kiosk/staff-calls", {
      method: "POST",
      headers: { authorization: `Bearer ${DEMO_KIOSK_TOKEN}` },
    });
    expect(call.status).toBe(200);
    const { cookie, communityId } = await staffSession();
    const live = (await api(`/api/communities/${communityId}/live`, { headers: { cookie } })).json;
    const lunch = live.canteen.find((s: { name: string }) => s.name === "lunch");

    await openOperations(env.page);
    const lunchLeft = env.page.locator('tr[data-sitting="lunch"] td[data-left]');
    await expect.poll(() => lunchLeft.innerText()).toBe(String(lunch.left));
    const row = env.page.locator(`tr[data-alert="${call.json.callId}"]`);
    await row.waitFor();
    await fitsAndPassesAxe(env.page);

    await row.getByRole("button", { name: "我来处理" }).click();
    await row.getByText("已有人处理").waitFor();
    const acknowledged = (await api(`/api/communities/${communityId}/live`, { headers: { cookie } })).json.alerts.find(
      (a: { id: string }) => a.id === call.json.callId,
    );
    expect(acknowledged.acknowledgedAt).not.toBe(null);
    await row.getByRole("button", { name: "已处理完" }).click();
    await row.waitFor({ state: "detached" });
    const after = (await api(`/api/communities/${communityId}/live`, { headers: { cookie } })).json.alerts;
    expect(after.map((a: { id: string }) => a.id)).not.toContain(call.json.callId);
  });

  it("shows each kiosk's build and last error from its heartbeat next to its last contact", async () => {
    const beat = await api("/api/kiosk/heartbeat", {
      method: "POST",
      headers: { authorization: `Bearer ${DEMO_KIOSK_TOKEN}` },
      body: { version: "9.9.9+e2e", lastError: { message: "TypeError: menu is undefined", secondsAgo: 5 } },
    });
    expect(beat.status).toBe(200);
    const { cookie, communityId } = await staffSession();
    const kiosk = (await api(`/api/communities/${communityId}/live`, { headers: { cookie } })).json.kiosks.find(
      (k: { appVersion: string | null }) => k.appVersion === "9.9.9+e2e",
    );
    expect(kiosk.lastError.message).toBe("TypeError: menu is undefined");

    await openOperations(env.page);
    const row = env.page.getByRole("table", { name: "自助机" }).locator(`tr[data-kiosk="${kiosk.id}"]`);
    await expect.poll(() => row.locator("td[data-version]").innerText()).toBe("9.9.9+e2e");
    await expect.poll(() => row.locator("td[data-last-error] code").innerText()).toBe("TypeError: menu is undefined");
    await fitsAndPassesAxe(env.page);
  });

  it("lowers tomorrow's lunch below its orders: the page names who is beyond it and cancels them as chosen", async () => {
    await orderLunch("刘桂兰");
    await orderLunch("陈淑珍");
    const capacityOf = await placeTomorrow("canteen", (p) => p.label === "lunch");
    const before = await capacityOf();
    expect(before.booked).toBeGreaterThanOrEqual(2);

    await openOperations(env.page, "容量与时段");
    const chooser = env.page.getByRole("form", { name: "查看" });
    await chooser.getByLabel("设施").selectOption({ label: "幸福食堂" });
    await chooser.getByLabel("日期").fill(TOMORROW);
    await chooser.getByRole("button", { name: "查看" }).click();
    const lunchRow = env.page.locator(`tr[data-place="${before.id}"]`);
    await env.page.getByRole("heading", { name: `${TOMORROW} 的容量` }).waitFor();
    await expect.poll(() => lunchRow.locator("td[data-booked]").innerText()).toBe(String(before.booked));
    await expect.poll(() => lunchRow.locator("td[data-capacity]").innerText()).toBe(String(before.capacity));

    const day = env.page.getByRole("form", { name: "调整某一天的容量" });
    await day.getByLabel("位置 / 餐次").selectOption({ label: "午餐" });
    await day.getByLabel("新容量").fill(String(before.booked - 1));
    await day.getByLabel("原因").fill("厨师请假");
    await day.getByRole("button", { name: "保存" }).click();
    const below = env.page.getByRole("form", { name: "新容量低于已订数量" });
    await below.waitFor();
    await expect.poll(() => env.page.locator("tr[data-affected]").count()).toBe(1);
    await fitsAndPassesAxe(env.page);

    await below.getByRole("radio", { name: "取消并通知、退款" }).check();
    await below.getByRole("button", { name: "确认并保存" }).click();
    await env.page.getByText("午餐 的容量已改为").waitFor();
    await expect.poll(() => lunchRow.locator("td[data-capacity]").innerText()).toBe(String(before.booked - 1));
    const after = await capacityOf();
    expect(after).toMatchObject({ capacity: before.booked - 1, booked: before.booked - 1, source: "date" });
    await expect.poll(() => lunchRow.locator("td[data-booked]").innerText()).toBe(String(after.booked));
  });

  it("shortens the study room's hours for one day on the capacity page, and the API's figures follow", async () => {
    const wholeOf = await placeTomorrow("study_room", (p) => p.kind === "facility");
    const before = await wholeOf();
    expect(before.week.find((w: { weekday: number }) => w.weekday === 3)).toMatchObject({ opens: "08:00" });

    await openOperations(env.page, "容量与时段");
    const chooser = env.page.getByRole("form", { name: "查看" });
    await chooser.getByLabel("设施").selectOption({ label: "共享自习室" });
    await chooser.getByLabel("日期").fill(TOMORROW);
    await chooser.getByRole("button", { name: "查看" }).click();
    await env.page.locator(`tr[data-place="${before.id}"]`).waitFor();
    const day = env.page.getByRole("form", { name: "调整某一天的容量" });
    await day.getByLabel("位置 / 餐次").selectOption({ label: before.label });
    await day.getByLabel("开门时间", { exact: true }).fill("08:00");
    await day.getByLabel("关门时间（不晚于开门时间即为次日）").fill("12:00");
    await day.getByLabel("新容量").fill(String(before.ownCapacity));
    await day.getByLabel("原因").fill("考场布置");
    await day.getByRole("button", { name: "保存" }).click();
    await expect.poll(async () => (await wholeOf()).change).toMatchObject({ opens: "08:00", closes: "12:00" });
    await expect.poll(() => env.page.locator(`tr[data-place="${before.id}"] td`).nth(1).innerText()).toBe("当天调整");
    await fitsAndPassesAxe(env.page);
  });

  it("closes the study room for a morning from the one closures page and opens it again", async () => {
    await openOperations(env.page, "停业安排");
    const form = env.page.getByRole("form", { name: "安排停业" });
    await form.getByLabel("设施").selectOption({ label: "共享自习室" });
    await form.getByLabel("开始").fill("2026-11-26T08:00");
    await form.getByLabel("结束").fill("2026-11-26T12:00");
    await form.getByLabel("原因（居民会在自助机上看到）").fill("消防检查");
    await form.getByRole("button", { name: "确认停业" }).click();
    await env.page.getByText("共享自习室 已安排停业").waitFor();
    const { cookie, communityId } = await staffSession();
    const listed = (await api(`/api/communities/${communityId}/closures`, { headers: { cookie } })).json.closures;
    const made = listed.find((c: { reason: string }) => c.reason === "消防检查");
    expect(made).toMatchObject({ facilityKind: "study_room", from: "2026-11-26T08:00", to: "2026-11-26T12:00" });
    const row = env.page.locator(`tr[data-closure="${made.id}"]`);
    await row.waitFor();
    await fitsAndPassesAxe(env.page);

    await row.getByRole("button", { name: "取消停业" }).click();
    await row.getByRole("button", { name: "确认恢复" }).click();
    await row.waitFor({ state: "detached" });
    const left = (await api(`/api/communities/${communityId}/closures`, { headers: { cookie } })).json.closures;
    expect(left.map((c: { id: string }) => c.id)).not.toContain(made.id);
  });
});
