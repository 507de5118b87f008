import { useId } from "preact/hooks";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { closeDay } from "../../models/canteen-menus";
import { FormFooter } from "../form-footer/form-footer";
import "./menu-week.css";

/** Closes the canteen on a date of the week on screen, with the reason residents will be told. */
export function CloseDayForm({ communityId, days }: { communityId: string; days: { date: string; label: string }[] }) {
  const dateId = useId();
  const reasonId = useId();
  const submit = useSubmit(async (data) => {
    const date = text(data, "date");
    const closed = await closeDay(communityId, date, text(data, "reason"));
    return t("menus.closedNotice", {
      date: days.find((d) => d.date === date)?.label ?? date,
      count: closed.ordersCancelled,
    });
  });
  if (days.length === 0) return null;
  return (
    <form class="panel-form close-day-form" aria-labelledby="close-day-title" onSubmit={submit.onSubmit}>
      <h2 id="close-day-title">{t("menus.close")}</h2>
      <div class="field">
        <label for={dateId}>{t("settlement.date")}</label>
        <select id={dateId} name="date" required>
          {days.map((d) => (
            <option key={d.date} value={d.date}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={reasonId}>{t("menus.reason")}</label>
        <input id={reasonId} name="reason" required maxLength={100} autoComplete="off" />
      </div>
      <FormFooter {...submit} label={t("menus.closeConfirm")} />
    </form>
  );
}
