import { useEffect, useId, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { t } from "../../i18n";
import "./chart.css";

export type ChartSeries = {
  label: string;
  values: (number | null)[];
  /** Bars for counts and amounts, a line for a rate over days. */
  kind: "bar" | "line";
};

type Props = {
  title: string;
  /** One label per point on the x axis (a date, an hour, a fund). */
  labels: string[];
  series: ChartSeries[];
  /** How the y axis and the data table write a figure (a count, ¥, %). */
  format?: (value: number) => string;
  /** The chart's figures as CSV (the API's export of the same data). */
  csvHref?: string;
  height?: number;
};

// High-contrast colours that stay apart for the common colour-vision deficiencies (Okabe–Ito).
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const plain = (v: number) => String(Math.round(v * 100) / 100);

/**
 * A chart drawn by uPlot (canvas, no network, no eval: it runs under the API's CSP), as wide as
 * its container and redrawn when that changes. The figures are also in a table below it, so
 * nothing is only in the picture, and the same figures can be downloaded as CSV.
 */
export function Chart({ title, labels, series, format = plain, csvHref, height = 240 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const barSeries = series.filter((s) => s.kind === "bar");
    const bars = barSeries.length;
    const barOrder = new Map(barSeries.map((s, i) => [s, i]));
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false, range: [-0.6, labels.length - 0.4] },
        y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
      },
      axes: [
        {
          space: 28,
          incrs: [1, 2, 5, 10, 15, 20],
          values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (labels[i] ?? "") : "")),
          stroke: "#333",
        },
        { values: (_u, splits) => splits.map(format), size: 64, stroke: "#333" },
      ],
      series: [
        {},
        ...series.map((s, i) => {
          const colour = COLOURS[i % COLOURS.length]!;
          return s.kind === "bar"
            ? {
                label: s.label,
                stroke: colour,
                fill: `${colour}cc`,
                width: 1,
                // Two bar series (used and budget) sit side by side in a slot: one left of it, one right.
                paths: uPlot.paths.bars!({
                  size: [bars > 1 ? 0.4 : 0.7, 48],
                  align: bars > 1 ? (barOrder.get(s) === 0 ? -1 : 1) : 0,
                }),
                points: { show: false },
              }
            : { label: s.label, stroke: colour, width: 2, points: { show: labels.length <= 31, size: 5 } };
        }),
      ],
    };
    const plot = new uPlot(opts, [labels.map((_, i) => i), ...series.map((s) => s.values)], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [labels, series, height]);

  return (
    <figure class="chart-figure" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <ul class="chart-legend">
        {series.map((s, i) => (
          <li key={s.label}>
            <span class="chart-swatch" data-colour={i % COLOURS.length} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <div class="chart-canvas" ref={box} role="img" aria-label={t("chart.picture", { title })} />
      <details class="chart-data">
        <summary>{t("chart.figures")}</summary>
        <div class="table-scroll">
          <table class="data-table" data-testid="chart-figures">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("chart.label")}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col" class="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {series.map((s) => (
                    <td key={s.label} class="num">
                      {s.values[i] === null || s.values[i] === undefined ? "—" : format(s.values[i]!)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {csvHref && (
        <a class="button-link" href={csvHref} download>
          {t("chart.csv", { title })}
        </a>
      )}
    </figure>
  );
}
