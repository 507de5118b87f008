import type { Page } from "playwright-core";

/**
 * Every element in the page's <main> that is wider than the box it sits in (its parent's content
 * width), as "tag.class: width > room" lines: clipped or overflowing content at this viewport.
 * Hidden elements and the visually-hidden pattern (a 1 px clipped box) are left out.
 */
export async function widerThanContainer(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll("main *")) {
      const parent = el.parentElement;
      if (!parent) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.position === "absolute" || style.position === "fixed") continue;
      const ps = getComputedStyle(parent);
      if (ps.display === "contents" || ps.display.startsWith("inline")) continue;
      const room = parent.clientWidth - Number.parseFloat(ps.paddingLeft) - Number.parseFloat(ps.paddingRight);
      if (rect.width > room + 1) {
        const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`;
        out.push(`${name}: ${Math.round(rect.width)} > ${Math.round(room)}`);
      }
    }
    return out;
  });
}
