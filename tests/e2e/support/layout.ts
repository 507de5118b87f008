import type { Page } from "playwright-core";

/**
 * What sticks out on the page: every element wider than its container (its right or left edge
 * past its parent's box), and every scroller whose content is wider than itself (content that
 * only a sideways scroll would show: a clipped Sunday). Measured from the bounding boxes; one
 * line per offender, with a short path to find it. Hidden text for screen readers, absolutely
 * placed overlays and the contents of closed disclosures are not in the flow and not counted.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const cls =
          typeof e.className === "string" && e.className ? `.${e.className.trim().split(/\s+/).join(".")}` : "";
        parts.unshift(`${e.tagName.toLowerCase()}${cls}`);
      }
      return parts.join(" > ");
    };
    const skipped = (el: Element) => {
      const style = getComputedStyle(el);
      return (
        style.position === "absolute" ||
        style.position === "fixed" ||
        style.display === "contents" ||
        style.display === "none" ||
        el.closest(".visually-hidden") !== null ||
        // A chart's own drawing is measured as the one svg, not shape by shape.
        el.parentElement?.closest("svg") != null
      );
    };
    const root = document.querySelector("main") ?? document.body;
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    }
    for (const el of root.querySelectorAll("*")) {
      if (skipped(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const parent = el.parentElement;
      if (parent && parent !== document.documentElement && !skipped(parent)) {
        const outer = parent.getBoundingClientRect();
        if (box.right > outer.right + 1 || box.left < outer.left - 1) {
          found.push(
            `${name(el)} is wider than its container (${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(outer.left)}–${Math.round(outer.right)})`,
          );
        }
      }
      const style = getComputedStyle(el);
      if (/(auto|scroll|hidden|clip)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${name(el)} hides content sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return found;
  });
}
