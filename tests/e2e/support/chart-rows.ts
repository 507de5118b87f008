import type { Locator } from "playwright-core";

/**
 * The rows of a chart's table of figures (the accessible table under its summary), each as the text
 * of its cells: by default the row's header and its data cells, or those `cells` selects.
 */
export const chartRows = (figure: Locator, cells = "th, td") =>
  figure
    .getByTestId("chart-figures")
    .locator("tbody tr")
    .evaluateAll(
      (rows, selector) => rows.map((r) => [...r.querySelectorAll(selector)].map((c) => (c.textContent ?? "").trim())),
      cells,
    );
