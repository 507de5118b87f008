import { Field } from "../field/field";
import { Form } from "../form/form";
import { t } from "../../i18n";
import { listDate } from "../../models/canteen";

/** Which service day the lists show: today, or a day residents have already ordered for. */
export function DayPicker() {
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const date = String(new FormData(e.currentTarget as HTMLFormElement).get("date") ?? "");
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) listDate.value = date;
  };
  return (
    <Form class="inline-form no-print" aria-label={t("today.pickDay")} onSubmit={onSubmit}>
      <Field label={t("today.day")} name="date" type="date" required defaultValue={listDate.value ?? ""} />
      <button type="submit">{t("today.showDay")}</button>
      {listDate.value && (
        <button type="button" class="secondary" onClick={() => (listDate.value = null)}>
          {t("today.backToToday")}
        </button>
      )}
    </Form>
  );
}
