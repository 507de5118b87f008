import { useSignal } from "@preact/signals";
import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { weekdayOf } from "../../lib/local-date";
import type { Sitting } from "../../models/canteen";
import { reopenDay, type MenuWeek } from "../../models/canteen-menus";
import { DataTable } from "../data-table/data-table";
import { DishesForm } from "./dishes-form";
import "./menu-week.css";

const SITTINGS: Sitting[] = ["lunch", "dinner"];
export const dayLabel = (date: string) =>
  t("menus.dayLabel", { weekday: t(`weekday.${weekdayOf(date)}`), date: date.slice(5) });

/** The week as a grid: a column per day, a row per sitting; past days are shown, not edited. */
export function MenuGrid({ communityId, week }: { communityId: string; week: MenuWeek }) {
  const editing = useSignal<{ date: string; sitting: Sitting } | null>(null);
  const action = useAction();
  const reopen = (date: string) =>
    action.run(async () => {
      await reopenDay(communityId, date);
      return t("menus.reopened", { date: dayLabel(date) });
    });
  return (
    <DataTable
      class="menu-grid"
      caption={t("menus.caption")}
      action={action}
      head={
        <>
          <td />
          {week.days.map((d) => (
            <th key={d.date} scope="col" class={d.closed ? "is-closed" : undefined}>
              {dayLabel(d.date)}
              {d.date < week.today && <span class="day-note">{t("menus.past")}</span>}
              {d.closed && (
                <>
                  <span class="day-note">{t("menus.closedReason", { reason: d.closed })}</span>
                  {d.date >= week.today && (
                    <button
                      type="button"
                      class="secondary small"
                      disabled={action.busy.value}
                      onClick={() => reopen(d.date)}
                      aria-label={t("menus.reopenOf", { date: dayLabel(d.date) })}
                    >
                      {t("menus.reopen")}
                    </button>
                  )}
                </>
              )}
            </th>
          ))}
        </>
      }
      rows={SITTINGS}
      row={(sitting) => (
        <tr key={sitting}>
          <th scope="row">{t(`canteen.sitting.${sitting}`)}</th>
          {week.days.map((d) => {
            const open = editing.value?.date === d.date && editing.value.sitting === sitting;
            const names = { date: dayLabel(d.date), sitting: t(`canteen.sitting.${sitting}`) };
            return (
              <td key={d.date} class={d.closed ? "is-closed" : undefined}>
                {open ? (
                  <DishesForm
                    communityId={communityId}
                    date={d.date}
                    dayLabel={dayLabel(d.date)}
                    sitting={sitting}
                    dishes={d.dishes[sitting]}
                    onDone={(message) => ((editing.value = null), (action.done.value = message || null))}
                  />
                ) : (
                  <>
                    {d.dishes[sitting].length ? (
                      <ul class="dish-list">
                        {d.dishes[sitting].map((name, i) => (
                          <li key={i}>{name}</li>
                        ))}
                      </ul>
                    ) : (
                      <p class="day-note">{t("menus.noDishes")}</p>
                    )}
                    {d.date >= week.today && (
                      <button
                        type="button"
                        class="secondary small"
                        onClick={() => (editing.value = { date: d.date, sitting })}
                        aria-label={t("menus.editOf", names)}
                      >
                        {t("menus.edit")}
                      </button>
                    )}
                  </>
                )}
              </td>
            );
          })}
        </tr>
      )}
    />
  );
}
