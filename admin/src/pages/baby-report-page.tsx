import { useEffect } from "preact/hooks";
import { BabyFrame } from "../components/baby-frame/baby-frame";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { babyReport, babyYear } from "../models/baby-room";

/** Attendance and free sessions used, month by month: a table with a bar in each row, and CSV. */
export function BabyReportPage() {
  useEffect(() => babyReport.watch(), []);
  return (
    <BabyFrame title={t("baby.report.title")}>
      {(id) => (
        <>
          <div class="button-row">
            <label>
              {t("baby.report.year")}{" "}
              <input
                type="number"
                min={2000}
                max={2100}
                value={babyYear.value}
                onChange={(e) => (babyYear.value = Number(e.currentTarget.value))}
              />
            </label>
            <a href={`/api/communities/${id}/baby-room/report.csv?year=${babyYear.value}`} download>
              {t("baby.report.csv")}
            </a>
          </div>
          <ResourceView of={babyReport}>
            {(report) => {
              const most = Math.max(1, ...report.months.map((m) => m.bookings));
              return (
                <table class="baby-report">
                  <thead>
                    <tr>
                      <th scope="col">{t("baby.report.month")}</th>
                      <th scope="col">{t("baby.report.bookings")}</th>
                      <th scope="col">{t("baby.report.attended")}</th>
                      <th scope="col">{t("baby.report.noShows")}</th>
                      <th scope="col">{t("baby.report.cancelled")}</th>
                      <th scope="col">{t("baby.report.freeUsed")}</th>
                      <th scope="col">{t("baby.report.paid")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.months.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{m.month}</th>
                        <td>
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
                        <td>{m.attended}</td>
                        <td>{m.noShows}</td>
                        <td>{m.cancelled}</td>
                        <td>{m.freeUsed}</td>
                        <td>{m.paid}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            }}
          </ResourceView>
        </>
      )}
    </BabyFrame>
  );
}
