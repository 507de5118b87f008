import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { me, type StaffRole } from "../../models/session";
import { ASSIGNABLE_ROLES, changeStaff, type StaffAccount, type StaffChange } from "../../models/staff-accounts";
import { DataTable } from "../data-table/data-table";
import { SelectField } from "../field/select-field";

/** Every account with its role and status; changes save at once and say so. */
export function StaffTable({ communityId, staff }: { communityId: string; staff: StaffAccount[] }) {
  const action = useAction();
  const save = (account: StaffAccount, change: StaffChange) =>
    action.run(async () => {
      const updated = await changeStaff(communityId, account.id, change);
      return t("staff.saved", { name: updated.displayName });
    });

  return (
    <DataTable
      caption={t("staff.list")}
      action={action}
      columns={[t("staff.displayName"), t("staff.username"), t("staff.role"), t("staff.status"), t("staff.actions")]}
      rows={staff}
      row={(s) => <StaffRow key={s.id} account={s} onChange={(change) => save(s, change)} />}
    />
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
          <SelectField
            label={t("staff.roleOf", { name })}
            hideLabel
            name="role"
            defaultValue={account.role}
            onChange={(role) => onChange({ role: role as StaffRole })}
            options={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
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
