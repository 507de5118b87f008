import { useSignal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { i18n, t } from "../../i18n";
import { me, type StaffRole } from "../../models/session";
import { ASSIGNABLE_ROLES, changeStaff, type StaffAccount, type StaffChange } from "../../models/staff-accounts";

/** Every account with its role and status; changes save at once and say so. */
export function StaffTable({ communityId, staff }: { communityId: string; staff: StaffAccount[] }) {
  const error = useSignal<unknown>(null);
  const saved = useSignal<string | null>(null);

  async function save(account: StaffAccount, change: StaffChange) {
    error.value = null;
    saved.value = null;
    try {
      const updated = await changeStaff(communityId, account.id, change);
      saved.value = t("staff.saved", { name: updated.displayName });
    } catch (err) {
      error.value = err;
    }
  }

  return (
    <>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <p role="status" class="status-message">
        {saved.value}
      </p>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t("staff.displayName")}</th>
            <th scope="col">{t("staff.username")}</th>
            <th scope="col">{t("staff.role")}</th>
            <th scope="col">{t("staff.status")}</th>
            <th scope="col">{t("staff.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <StaffRow key={s.id} account={s} onChange={(change) => void save(s, change)} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function StaffRow({ account, onChange }: { account: StaffAccount; onChange: (change: StaffChange) => void }) {
  // Your own row and district admins are shown, not edited: the API refuses both anyway.
  const editable = account.id !== me.value?.id && account.role !== "district_admin";
  const name = account.displayName;
  return (
    <tr class={account.disabled ? "is-disabled" : undefined}>
      <th scope="row">{name}</th>
      <td>{account.username}</td>
      <td>
        {editable ? (
          <select
            aria-label={t("staff.roleOf", { name })}
            value={account.role}
            onChange={(e) => onChange({ role: e.currentTarget.value as StaffRole })}
          >
            {ASSIGNABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`role.${account.role}`)
        )}
      </td>
      <td>{t(account.disabled ? "staff.disabled" : "staff.active")}</td>
      <td>
        {editable && (
          <button
            type="button"
            class="secondary"
            aria-label={t(account.disabled ? "staff.enableOf" : "staff.disableOf", { name })}
            onClick={() => onChange({ disabled: !account.disabled })}
          >
            {t(account.disabled ? "staff.enable" : "staff.disable")}
          </button>
        )}
      </td>
    </tr>
  );
}
