import { useSignal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { i18n, locale, t } from "../../i18n";
import { answerStaffCall, type StaffCall } from "../../models/staff-calls";
import type { PersonRef } from "../../models/people";
import { PersonSearch } from "./person-search";

/** One kiosk asking for help: who to identify there, or dismiss it if nobody needs to be. */
export function StaffCallItem({
  communityId,
  call,
  timeZone,
}: {
  communityId: string;
  call: StaffCall;
  timeZone: string;
}) {
  const choosing = useSignal(false);
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const at = new Intl.DateTimeFormat(locale.value, { timeStyle: "short", timeZone }).format(new Date(call.raisedAt));

  async function answer(person: PersonRef | null) {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      await answerStaffCall(communityId, call.id, person);
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = false;
    }
  }

  return (
    <li class="staff-call">
      <p class="staff-call-title">
        <strong>{t("calls.from", { kiosk: call.kioskName })}</strong> · {t(`facility.${call.facilityKind}`)} ·{" "}
        <time dateTime={call.raisedAt}>{at}</time>
      </p>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <div class="button-row">
        <button type="button" aria-expanded={choosing.value} onClick={() => (choosing.value = !choosing.value)}>
          {t("calls.identify")}
        </button>
        <button type="button" class="secondary" disabled={busy.value} onClick={() => void answer(null)}>
          {t("calls.dismiss")}
        </button>
      </div>
      {choosing.value && <PersonSearch busy={busy.value} onPick={(person) => void answer(person)} />}
    </li>
  );
}
