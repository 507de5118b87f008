import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { reportRange } from "../../models/study-room-report";
import { Field } from "../field/field";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";

/** The local dates the report covers, both included. */
export function RangeForm({ range }: { range: { from: string; to: string } }) {
  const submit = useSubmit(async (data) => {
    reportRange.value = { from: text(data, "from"), to: text(data, "to") };
  });
  return (
    <Form of={submit} class="inline-form report-range no-print" aria-label={t("study.report.pick")}>
      <Field label={t("study.report.from")} name="from" type="date" required defaultValue={range.from} />
      <Field
        label={t("study.report.to")}
        name="to"
        type="date"
        required
        defaultValue={range.to}
        check={(to, form) => (form && to < String(new FormData(form).get("from")) ? t("error.RANGE_INVERTED") : null)}
      />
      <FormFooter {...submit} label={t("study.report.show")} />
    </Form>
  );
}
