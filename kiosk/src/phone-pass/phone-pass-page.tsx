import { useEffect, useMemo } from "preact/hooks";
import { createI18n } from "@ui/create-i18n";
import { phonePassMessages } from "./messages";
import { QrImage } from "./qr-image";
import { createRotatingPass } from "./rotating-pass";
import type { PhonePassKey } from "./stored-key";

// On the resident's own phone the chosen language is worth remembering.
export const { t, locale, toggleLocale } = createI18n(phonePassMessages, { storageKey: "linli.phonePassLocale" });

export function PhonePassPage({ passKey }: { passKey: PhonePassKey | null }) {
  const other = locale.value === "zh-CN" ? "en" : "zh-CN";
  return (
    <main class="phone-pass">
      <header class="phone-pass-header">
        <h1>{t("pass.title")}</h1>
        <button type="button" class="big-button" lang={other} onClick={toggleLocale}>
          {t("language.other")}
        </button>
      </header>
      {passKey ? <RotatingQr passKey={passKey} /> : <p class="phone-pass-note">{t("pass.none")}</p>}
    </main>
  );
}

function RotatingQr({ passKey }: { passKey: PhonePassKey }) {
  const pass = useMemo(() => createRotatingPass(passKey), [passKey]);
  useEffect(() => pass.stop, [pass]);
  if (pass.failed.value)
    return (
      <p class="phone-pass-note" role="alert">
        {t("pass.failed")}
      </p>
    );
  const code = pass.code.value;
  const seconds = pass.secondsLeft.value;
  return (
    <>
      <p class="phone-pass-hint">{t("pass.hint")}</p>
      <figure class="phone-pass-qr">{code && <QrImage text={code} label={t("pass.qrLabel")} />}</figure>
      <p class="phone-pass-countdown" aria-live="off">
        {t("pass.countdown", { seconds })}
      </p>
      <div class="phone-pass-bar" aria-hidden="true">
        <div style={{ width: `${(seconds / 30) * 100}%` }} />
      </div>
      <p class="phone-pass-note">{t("pass.rotates")}</p>
    </>
  );
}
