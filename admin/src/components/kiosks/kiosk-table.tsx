import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ErrorMessage } from "@ui/error-message";
import { i18n, locale, t } from "../../i18n";
import { revokeKiosk, type Kiosk } from "../../models/kiosks";
import { ConfirmButton } from "../confirm-button/confirm-button";

const TICK_MS = 30_000;

function useNow() {
  const now = useSignal(Date.now());
  useEffect(() => {
    const timer = setInterval(() => (now.value = Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now.value;
}

/** "5 minutes ago" in the reader's language; whole minutes are what staff act on. */
function ago(iso: string, now: number) {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  const format = new Intl.RelativeTimeFormat(locale.value, { numeric: "auto" });
  if (Math.abs(minutes) < 60) return format.format(minutes, "minute");
  if (Math.abs(minutes) < 48 * 60) return format.format(Math.round(minutes / 60), "hour");
  return format.format(Math.round(minutes / 1440), "day");
}

export function KioskTable({ communityId, kiosks }: { communityId: string; kiosks: Kiosk[] }) {
  const now = useNow();
  const error = useSignal<unknown>(null);
  const done = useSignal<string | null>(null);
  if (kiosks.length === 0) return <p>{t("kiosks.none")}</p>;

  async function revoke(kiosk: Kiosk) {
    error.value = null;
    done.value = null;
    try {
      await revokeKiosk(communityId, kiosk.id);
      done.value = t("kiosks.revoked", { name: kiosk.name });
    } catch (err) {
      error.value = err;
    }
  }

  return (
    <>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <p role="status" class="status-message">
        {done.value}
      </p>
      <table class="data-table">
        <caption class="visually-hidden">{t("kiosks.list")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("kiosks.name")}</th>
            <th scope="col">{t("kiosks.facility")}</th>
            <th scope="col">{t("kiosks.state")}</th>
            <th scope="col">{t("kiosks.lastSeen")}</th>
            <th scope="col">{t("staff.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {kiosks.map((k) => (
            <tr key={k.id} class={k.state === "revoked" ? "is-disabled" : undefined}>
              <th scope="row">{k.name}</th>
              <td>{t(`facility.${k.facilityKind}`)}</td>
              <td>{t(`kiosks.state.${k.state}`)}</td>
              <td>
                {k.lastSeenAt ? <time dateTime={k.lastSeenAt}>{ago(k.lastSeenAt, now)}</time> : t("kiosks.never")}
              </td>
              <td>
                {k.state !== "revoked" && (
                  <ConfirmButton
                    label={t("kiosks.revoke")}
                    question={t("kiosks.revokeQuestion", { name: k.name })}
                    confirmLabel={t("kiosks.revokeConfirm")}
                    onConfirm={() => revoke(k)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
