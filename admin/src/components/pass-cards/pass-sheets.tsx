import { t } from "../../i18n";
import type { IssuedPass } from "../../models/identity";
import { QrImage } from "../qr-image/qr-image";
import "./pass-cards.css";

// 2 × 4 cards of 95 × 68 mm fill an A4 page inside 10 mm margins; see pass-cards.css.
const CARDS_PER_SHEET = 8;

/** The cards to print: one A4 sheet per eight, with cut lines, and no photo on any card. */
export function PassSheets({ passes, communityName }: { passes: IssuedPass[]; communityName: string }) {
  const sheets = Array.from({ length: Math.ceil(passes.length / CARDS_PER_SHEET) }, (_, i) =>
    passes.slice(i * CARDS_PER_SHEET, (i + 1) * CARDS_PER_SHEET),
  );
  return (
    <div class="pass-sheets">
      {sheets.map((sheet, i) => (
        <ul key={i} class="pass-sheet" aria-label={t("passes.sheet", { n: i + 1, count: sheets.length })}>
          {sheet.map((p) => (
            <li key={`${p.kind}:${p.id}`} class="pass-card">
              <div class="pass-card-text">
                <p class="pass-card-community">{communityName}</p>
                <p class="pass-card-name">{p.name}</p>
                <p class="pass-card-kind">{t(`passes.kind.${p.kind}`)}</p>
                <p class="pass-card-note">{t("passes.cardNote")}</p>
              </div>
              <QrImage class="pass-card-qr" text={p.code} alt={t("passes.qrOf", { name: p.name })} size={200} />
            </li>
          ))}
        </ul>
      ))}
    </div>
  );
}
