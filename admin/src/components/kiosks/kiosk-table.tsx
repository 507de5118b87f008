import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { useAction } from "../../hooks/use-action";
import { locale, t } from "../../i18n";
import { serverNow } from "../../lib/local-date";
import { revokeKiosk, type Kiosk } from "../../models/kiosks";
import { ConfirmButton } from "../confirm-button/confirm-button";
import { DataTable } from "../data-table/data-table";

const TICK_MS = 30_000;

function useNow() {
  const now = useSignal(serverNow().getTime());
  useEffect(() => {
    const timer = setInterval(() => (now.value = serverNow().getTime()), TICK_MS);
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
  const action = useAction();
  const revoke = (kiosk: Kiosk) =>
    action.run(async () => {
      await revokeKiosk(communityId, kiosk.id);
      return t("kiosks.revoked", { name: kiosk.name });
    });

  return (
    <DataTable
      caption={t("kiosks.list")}
      empty={t("kiosks.none")}
      action={action}
      columns={[t("kiosks.name"), t("kiosks.facility"), t("kiosks.state"), t("kiosks.lastSeen"), t("staff.actions")]}
      rows={kiosks}
      row={(k) => (
        <tr key={k.id} class={k.state === "revoked" ? "is-disabled" : undefined}>
          <th scope="row">{k.name}</th>
          <td>{t(`facility.${k.facilityKind}`)}</td>
          <td>{t(`kiosks.state.${k.state}`)}</td>
          <td>{k.lastSeenAt ? <time dateTime={k.lastSeenAt}>{ago(k.lastSeenAt, now)}</time> : t("kiosks.never")}</td>
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
      )}
    />
  );
}
