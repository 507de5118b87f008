import { useEffect } from "preact/hooks";
import { BabyFrame } from "../components/baby-frame/baby-frame";
import { DataTable } from "../components/data-table/data-table";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { babyReport, babyYear } from "../models/baby-room";
import { Field } from "../components/field/field";

/** Attendance and free sessions used, month by month: a table with a bar in each row, and CSV. */
export function BabyReportPage() {
  useEffect(() => babyReport.watch(), []);
  return (
    <BabyFrame title={t("baby.report.title")}>
      {(id) => (
        <>
          <div class="button-row">
            <Field
              label={t("baby.report.year")}
              type="number"
              min={2000}
              max={2100}
              value={babyYear.value}
              onChange={(e) => (babyYear.value = Number(e.currentTarget.value))}
            />
            <a href={`/api/communities/${id}/baby-room/report.csv?year=${babyYear.value}`} download>
              {t("baby.report.csv")}
            </a>
          </div>
          <ResourceView of={babyReport}>
            {(report) => {
              const most = Math.max(1, ...report.months.map((m) => m.bookings));
              return (
                <DataTable
                  caption={t("baby.report.title")}
                  class="baby-report"
                  columns={[
                    t("baby.report.month"),
                    ...(["bookings", "attended", "noShows", "cancelled", "freeUsed", "paid"] as const).map((k) => ({
                      label: t(`baby.report.${k}`),
                      num: true as const,
                    })),
                  ]}
                  rows={report.months}
                  row={(m) => (
                    <tr key={m.month}>
                      <th scope="row">{m.month}</th>
                      <td class="num">
                        <span
                          class="bar"
                          aria-hidden="true"
                          style={{
                            display: "inline-block",
                            width: `${(m.attended / most) * 8}rem`,
                            height: "0.8rem",
                            background: "currentColor",
                          }}
                        />{" "}
                        {m.bookings}
                      </td>
                      <td class="num">{m.attended}</td>
                      <td class="num">{m.noShows}</td>
                      <td class="num">{m.cancelled}</td>
                      <td class="num">{m.freeUsed}</td>
                      <td class="num">{m.paid}</td>
                    </tr>
                  )}
                />
              );
            }}
          </ResourceView>
        </>
      )}
    </BabyFrame>
  );
}
