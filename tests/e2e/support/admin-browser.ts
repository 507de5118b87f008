import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { startStack, type Stack } from "./stack";

/**
 * One real server for the test file and a fresh Chinese browser context per test. The CSP is
 * bypassed only so axe can be injected; the pages themselves are served with it. `serverEnv`
 * goes to the server (LINLI_FAKE_NOW for a file whose pages depend on the time of day).
 */
export function useAdminBrowser(options: BrowserContextOptions = {}, serverEnv: Record<string, string> = {}) {
  const env = {} as { stack: Stack; context: BrowserContext; page: Page };
  beforeAll(async () => {
    env.stack = await startStack(serverEnv);
  });
  afterAll(async () => {
    await env.stack?.stop();
  });
  beforeEach(async () => {
    env.context = await env.stack.browser.newContext({ bypassCSP: true, locale: "zh-CN", ...options });
    env.page = await env.context.newPage();
  });
  afterEach(async () => {
    await env.context.close();
  });
  return env;
}
