import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { ASSIGNABLE_ROLES, addStaff } from "../../models/staff-accounts";
import type { StaffRole } from "../../models/session";
import { SelectField } from "../field/select-field";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";
import { PasswordField, TextField } from "../form/fields";

/** Adds a staff account; the form clears only once the API has accepted it. */
export function StaffForm({ communityId, labelledBy }: { communityId: string; labelledBy: string }) {
  const submit = useSubmit(async (data) => {
    const created = await addStaff(communityId, {
      username: text(data, "username"),
      displayName: text(data, "displayName"),
      role: text(data, "role") as StaffRole,
      // A password is taken as typed, spaces and all.
      password: String(data.get("password") ?? ""),
    });
    return t("staff.created", { name: created.displayName });
  });

  return (
    <Form of={submit} class="staff-form" aria-labelledby={labelledBy}>
      <TextField label={t("staff.displayName")} name="displayName" maxLength={60} />
      <TextField
        label={t("staff.username")}
        hint={t("staff.usernameHint")}
        name="username"
        minLength={3}
        maxLength={40}
        pattern="[A-Za-z0-9._\-]+"
      />
      <SelectField
        label={t("staff.role")}
        name="role"
        required
        options={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
      <PasswordField
        label={t("staff.password")}
        hint={t("staff.passwordHint")}
        name="password"
        minLength={8}
        maxLength={128}
      />
      <FormFooter {...submit} label={t("staff.create")} busyLabel={t("staff.creating")} />
    </Form>
  );
}
