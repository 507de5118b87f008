import { expect } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { PORTRAIT } from "./kiosk-fit";

/**
 * Records what the kiosk says and prints instead of doing it: headless Chromium has no voice
 * or printer, and the test wants the words. Installed before any page script runs.
 */
export async function recordSpeechAndPrint(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __spoken: { text: string; lang: string }[]; __printed: number };
    w.__spoken = [];
    w.__printed = 0;
    const fake = {
      speak: (u: { text: string; lang: string }) => w.__spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => undefined,
    };
    Object.defineProperty(window, "speechSynthesis", { value: fake, configurable: true });
    if (typeof SpeechSynthesisUtterance === "undefined") {
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        lang = "";
        rate = 1;
        constructor(readonly text: string) {}
      };
    }
    window.print = () => {
      w.__printed++;
    };
  });
}

export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
export const printed = (page: Page) => page.evaluate(() => (window as unknown as { __printed: number }).__printed);

/** Every visible button and link on screen is at least 72 × 72 CSS px. */
export async function expectBigTargets(page: Page) {
  const targets = await page.locator("button:visible, a[href]:visible").all();
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) {
    const box = await target.boundingBox();
    const label = (await target.innerText()).slice(0, 40);
    expect(box?.width, label).toBeGreaterThanOrEqual(72);
    expect(box?.height, label).toBeGreaterThanOrEqual(72);
  }
}

/**
 * Clicks `tapSelector` inside the page and resolves once `doneSelector` is in the DOM, or says what
 * the screen showed instead. How fast is bench's business, not the tests'.
 */
export async function tapUntil(page: Page, tapSelector: string, doneSelector: string) {
  const outcome = await page.evaluate(
    ({ tapSelector, doneSelector }) =>
      new Promise<{ done: true } | { stuck: string }>((resolve) => {
        const check = () => {
          if (!document.querySelector(doneSelector)) return false;
          resolve({ done: true });
          return true;
        };
        const observer = new MutationObserver(() => check() && observer.disconnect());
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => resolve({ stuck: document.querySelector("main")?.textContent ?? "" }), 15_000);
        document.querySelector<HTMLElement>(tapSelector)!.click();
      }),
    { tapSelector, doneSelector },
  );
  if ("stuck" in outcome)
    throw new Error(
      `Nothing matched ${doneSelector} 15 s after tapping ${tapSelector}; the screen said: ${outcome.stuck}`,
    );
}

/** "¥7.90" → 790, with integers only. */
export function fenFrom(text: string) {
  const match = /¥(\d+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`No price in "${text}"`);
  return Number(match[1]) * 100 + Number(match[2]);
}

export const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

/** Staff cut a subsidy fund's monthly budget, as the admin panel's fund form does. */
export async function setFundBudget(
  baseUrl: string,
  password: string,
  fundCode: string,
  monthlyBudgetFen: number | null,
) {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password }),
  });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
  const get = async <T>(path: string) =>
    (await (await fetch(`${baseUrl}/api${path}`, { headers: { cookie } })).json()) as T;
  const { communities } = await get<{ communities: { id: string }[] }>("/communities");
  const cid = communities[0]!.id;
  const { items } = await get<{ items: { id: string; code: string }[] }>(`/communities/${cid}/canteen/funds`);
  const fund = items.find((f) => f.code === fundCode)!;
  const res = await fetch(`${baseUrl}/api/communities/${cid}/canteen/funds/${fund.id}`, {
    method: "PATCH",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ monthlyBudgetFen }),
  });
  if (!res.ok) throw new Error(`Setting the budget failed: ${res.status} ${await res.text()}`);
}

/** A kiosk paired with `token`, in a portrait browser of its own with speech and print recorded, at its welcome. */
export async function openKiosk(browser: Browser, baseUrl: string, token: string) {
  const context = await browser.newContext({ viewport: PORTRAIT, bypassCSP: true });
  await recordSpeechAndPrint(context);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/kiosk/?device=${token}`);
  await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
  return page;
}

/** 完成: the kiosk is back at its welcome, and none of `gone` is left on the screen. */
export async function tapDoneAndCheckGone(page: Page, ...gone: string[]) {
  await page.getByRole("button", { name: "完成" }).click();
  await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
  const text = await page.locator("body").innerText();
  for (const g of gone) expect(text).not.toContain(g);
}

/**
 * The first request the kiosk sends to `url` reaches the server, but its answer never reaches the
 * kiosk (the connection resets); later ones go through. Answers the idempotency keys sent, in order.
 */
export async function loseFirstAnswer(page: Page, url: string) {
  const keys: string[] = [];
  let lose = true;
  await page.route(url, async (route) => {
    keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
    if (!lose) return route.continue();
    lose = false;
    await route.fetch(); // the server acts…
    await route.abort("connectionreset"); // …and the answer never reaches the kiosk
  });
  return keys;
}
