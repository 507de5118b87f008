import { useSignal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { i18n, t } from "../../i18n";
import { ASSIGNABLE_ROLES, addStaff } from "../../models/staff-accounts";
import type { StaffRole } from "../../models/session";
import { Field } from "../field/field";

/** Adds a staff account; the form clears only once the API has accepted it. */
export function StaffForm({ communityId, labelledBy }: { communityId: string; labelledBy: string }) {
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const done = useSignal<string | null>(null);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (busy.value) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    busy.value = true;
    error.value = null;
    done.value = null;
    try {
      const role = text("role") as StaffRole;
      const created = await addStaff(communityId, {
        username: text("username"),
        displayName: text("displayName"),
        role,
        password: text("password"),
      });
      done.value = t("staff.created", { name: created.displayName });
      form.reset();
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = false;
    }
  }

  return (
    <form class="staff-form" aria-labelledby={labelledBy} onSubmit={(e) => void onSubmit(e)}>
      <Field label={t("staff.displayName")} name="displayName" required maxLength={60} autoComplete="off" />
      <Field
        label={t("staff.username")}
        hint={t("staff.usernameHint")}
        name="username"
        required
        minLength={3}
        maxLength={40}
        pattern="[A-Za-z0-9._\-]+"
        autoComplete="off"
      />
      <div class="field">
        <label for="new-staff-role">{t("staff.role")}</label>
        <select id="new-staff-role" name="role" required>
          {ASSIGNABLE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t("staff.password")}
        hint={t("staff.passwordHint")}
        name="password"
        type="password"
        required
        minLength={8}
        maxLength={128}
        autoComplete="new-password"
      />
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <p role="status" class="status-message">
        {done.value}
      </p>
      <button type="submit" disabled={busy.value}>
        {t(busy.value ? "staff.creating" : "staff.create")}
      </button>
    </form>
  );
}
