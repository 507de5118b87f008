import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { closeDay } from "../../models/canteen-menus";
import { FormFooter } from "../form-footer/form-footer";
import "./menu-week.css";
import { Form } from "../form/form";
import { Field } from "../field/field";
import { SelectField } from "../field/select-field";

/** Closes the canteen on a date of the week on screen, with the reason residents will be told. */
export function CloseDayForm({ communityId, days }: { communityId: string; days: { date: string; label: string }[] }) {
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
    <Form of={submit} class="panel-form close-day-form" aria-labelledby="close-day-title">
      <h2 id="close-day-title">{t("menus.close")}</h2>
      <SelectField
        label={t("settlement.date")}
        name="date"
        required
        options={days.map((d) => ({ value: d.date, label: d.label }))}
      />
      <Field label={t("menus.reason")} name="reason" required maxLength={100} autoComplete="off" />
      <FormFooter {...submit} label={t("menus.closeConfirm")} />
    </Form>
  );
}
