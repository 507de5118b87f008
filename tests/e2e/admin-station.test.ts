import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_DOORS } from "../../api/seed/demo-station";
import { verifyRelay } from "../../api/station/relay-rules";
import { startDoorController } from "../../scripts/door-controller";
import { signIn } from "./support/admin";
import { useAdminBrowser } from "./support/admin-browser";
import { axeViolations } from "./support/axe";

const env = useAdminBrowser();

describe("the station keeper's page", () => {
  let controller: Awaited<ReturnType<typeof startDoorController>>;
  beforeAll(async () => {
    // A relay board of the test's own: the keeper points the demo's station door at it from the page.
    controller = await startDoorController({ doors: { [DEMO_DOORS.station.id]: DEMO_DOORS.station.secret } });
  });
  afterAll(async () => {
    await controller?.stop();
  });

  it("sets a door's relay with a write-only secret, test-opens it, and opens it for a named rider only with a reason, counted inside", async () => {
    const { page } = env;
    await signIn(page, env.stack.baseUrl, "station");
    await page.goto(`${env.stack.baseUrl}/admin/station`);
    const inside = page.getByTestId("station-inside");
    await inside.waitFor();
    const before = Number(await inside.innerText());

    // The relay: a new URL and secret; the secret is never shown back.
    const door = page.locator(`[data-door="${DEMO_DOORS.station.id}"]`);
    await door.getByText("修改 驿站大门 的继电器").click();
    await door.getByLabel("继电器地址（URL）").fill(controller.url);
    await door.getByLabel("共享密钥").fill(DEMO_DOORS.station.secret);
    await door.getByRole("button", { name: "保存继电器设置" }).click();
    await door.getByRole("status").filter({ hasText: "已保存 驿站大门 的继电器设置" }).waitFor();
    await door.getByText(controller.url).waitFor();
    expect(await page.content()).not.toContain(DEMO_DOORS.station.secret);

    // A test open goes to the board signed, and the page shows what it answered.
    await door.getByRole("button", { name: "测试开门" }).click();
    await door.getByRole("status").filter({ hasText: "门已打开" }).waitFor();
    const [tested] = controller.opened();
    expect(
      await verifyRelay(DEMO_DOORS.station.secret, DEMO_DOORS.station.id, tested!.command, tested!.at, new Set()),
    ).toBe("ok");

    // An open for a rider needs a reason: the form is not sent without one.
    const form = page.getByRole("form", { name: "远程开门（为指定骑手）" });
    await form.getByLabel("门", { exact: true }).selectOption({ label: "驿站大门" });
    await form.getByLabel("骑手", { exact: true }).selectOption({ index: 1 });
    await form.getByRole("button", { name: "开门" }).click();
    expect(await form.getByLabel("原因（必填，记入审计）").evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(
      false,
    );
    expect(controller.opened()).toHaveLength(1);
    await form.getByLabel("原因（必填，记入审计）").fill("手机没电，站长当面核实");
    await form.getByRole("button", { name: "开门" }).click();
    await form.getByRole("status").filter({ hasText: "门已打开" }).waitFor();
    expect(controller.opened()).toHaveLength(2);
    // The live count shows the rider let in, like a pass at the door would.
    await expect.poll(async () => Number(await inside.innerText()), { timeout: 20_000 }).toBe(before + 1);
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);

  it("adds an amenity that the station's kiosks then list", async () => {
    const { page } = env;
    await signIn(page, env.stack.baseUrl, "station");
    await page.goto(`${env.stack.baseUrl}/admin/station`);
    const form = page.getByRole("form", { name: "驿站设施" });
    await form.getByLabel("名称").first().waitFor();
    const rows = await form.getByRole("group").count();
    await form.getByRole("button", { name: "添加一项设施" }).click();
    const added = form.getByRole("group", { name: `第 ${rows + 1} 项` });
    await added.getByLabel("种类").selectOption({ label: "饮水" });
    await added.getByLabel("名称").fill("直饮水机");
    await added.getByLabel("说明").fill("门口左侧");
    await form.getByRole("button", { name: "保存设施" }).click();
    await form.getByRole("status").filter({ hasText: "设施已保存" }).waitFor();
    const res = await fetch(`${env.stack.baseUrl}/api/kiosk/station/amenities`, {
      headers: { authorization: "Bearer demo-station-door-kiosk-token-for-the-demo-only" },
    });
    const { amenities } = (await res.json()) as { amenities: { kind: string; label: string; note: string }[] };
    expect(amenities.at(-1)).toEqual({ kind: "water", label: "直饮水机", note: "门口左侧" });
    expect(amenities).toHaveLength(rows + 1);
  }, 60_000);
});
