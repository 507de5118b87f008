import { t } from "../../i18n";
import { community, communityId } from "../../models/community";
import { staffCalls, staffCallsLive } from "../../models/staff-calls";
import { StaffCallItem } from "./staff-call-item";
import "./staff-calls.css";

/**
 * Kiosk call-staff alerts on every page, silent but impossible to miss. The live region is
 * always in the page so a screen reader announces a call the moment it is added.
 */
export function StaffCallPanel() {
  const id = communityId.value;
  const calls = staffCalls.value;
  return (
    <div class="staff-calls-live" aria-live="assertive" aria-relevant="additions">
      {id && calls.length > 0 && (
        <section class="staff-calls" aria-labelledby="staff-calls-title">
          <h2 id="staff-calls-title">{t("calls.title", { count: calls.length })}</h2>
          {!staffCallsLive.value && <p class="field-hint">{t("calls.reconnecting")}</p>}
          <ul>
            {calls.map((c) => (
              <StaffCallItem
                key={c.id}
                communityId={id}
                call={c}
                timeZone={community.value?.timeZone ?? "Asia/Shanghai"}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
