import { t } from "../../i18n";
import type { PhonePass } from "../../models/identity";
import { QrImage } from "../qr-image/qr-image";
import "./phone-pass.css";

/**
 * The phone-pass key as a link the resident opens by scanning this code with their phone. The
 * key is in the link's #fragment, which browsers never send to a server; it is shown only now.
 */
export function PhonePassPanel({ pass, onClose }: { pass: PhonePass; onClose: () => void }) {
  const url = `${location.origin}${pass.link}`;
  return (
    <section class="phone-pass" aria-labelledby="phone-pass-title">
      <h1 id="phone-pass-title">{t("phonePass.title", { name: pass.name })}</h1>
      <p>{t("phonePass.instructions")}</p>
      <QrImage text={url} alt={t("phonePass.qrAlt", { name: pass.name })} size={280} />
      <p class="notice" role="note">
        {t("phonePass.once")}
      </p>
      <button type="button" onClick={onClose}>
        {t("phonePass.done")}
      </button>
    </section>
  );
}
