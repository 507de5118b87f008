import { useSignal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { Field } from "../components/field/field";
import { i18n, t } from "../i18n";
import { signIn } from "../models/session";
import "./sign-in-page.css";
import { Form } from "../components/form/form";

export function SignInPage() {
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (busy.value) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    busy.value = true;
    error.value = null;
    try {
      await signIn(String(data.get("username") ?? ""), String(data.get("password") ?? ""));
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = false;
    }
  }

  return (
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("signIn.title")}</h1>
      <Form onSubmit={(e) => void onSubmit(e)}>
        <Field
          label={t("signIn.username")}
          name="username"
          required
          autoComplete="username"
          autoCapitalize="none"
          spellcheck={false}
        />
        <Field label={t("signIn.password")} name="password" type="password" required autoComplete="current-password" />
        {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
        <button type="submit" disabled={busy.value}>
          {t(busy.value ? "signIn.busy" : "signIn.submit")}
        </button>
      </Form>
    </section>
  );
}
