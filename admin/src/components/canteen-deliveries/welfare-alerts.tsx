import { FormFooter } from "../form-footer/form-footer";
import { text, useSubmit } from "../../hooks/use-submit";
import { locale, t } from "../../i18n";
import { resolveAlert, type WelfareAlert } from "../../models/canteen";
import "./welfare-alerts.css";
import { Form } from "../form/form";
import { TextAreaField } from "../field/text-area-field";

/** Open welfare checks, each resolved with a note of what the grid worker found. */
export function WelfareAlerts({ communityId, alerts }: { communityId: string; alerts: WelfareAlert[] }) {
  if (alerts.length === 0) return <p>{t("alerts.none")}</p>;
  return (
    <ul class="alert-list">
      {alerts.map((a) => (
        <li key={a.id} class="alert-item">
          <AlertItem communityId={communityId} alert={a} />
        </li>
      ))}
    </ul>
  );
}

function AlertItem({ communityId, alert }: { communityId: string; alert: WelfareAlert }) {
  const submit = useSubmit(async (data) => {
    await resolveAlert(communityId, alert.id, text(data, "note"));
    return t("alerts.resolved", { name: alert.name });
  });
  return (
    <Form of={submit} aria-label={alert.name}>
      <p class="alert-who">
        <strong>{alert.name}</strong> · {alert.grid ?? t("deliveries.noGrid")} · {alert.address ?? "—"} ·{" "}
        {alert.phone ? <a href={`tel:${alert.phone}`}>{alert.phone}</a> : "—"}
      </p>
      <p>
        {t("alerts.raisedAt")}：{new Date(alert.raisedAt).toLocaleString(locale.value)}
      </p>
      <TextAreaField label={t("alerts.noteOf", { name: alert.name })} name="note" required maxLength={500} rows={2} />
      <FormFooter {...submit} label={t("alerts.resolve")} />
    </Form>
  );
}
