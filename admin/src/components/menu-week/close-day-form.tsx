import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { closeDay } from "../../models/canteen-menus";
import { FormFooter } from "../form-footer/form-footer";
import "./menu-week.css";
import { Form } from "../form/form";
import { SelectField } from "../field/select-field";
import { ReasonField } from "../form/fields";

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
    <Form of={submit} class="panel-form close-day-form" heading={t("menus.close")}>
      <SelectField
        label={t("settlement.date")}
        name="date"
        required
        options={days.map((d) => ({ value: d.date, label: d.label }))}
      />
      <ReasonField label={t("menus.reason")} maxLength={100} />
      <FormFooter {...submit} label={t("menus.closeConfirm")} />
    </Form>
  );
}
