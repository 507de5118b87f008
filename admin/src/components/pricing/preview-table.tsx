import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import type { PolicyPreview } from "../../models/canteen";
import { groupName } from "../../models/resident-groups";
import { DataTable } from "../data-table/data-table";

const ages = (b: { from: number; to: number | null }) =>
  b.to === null ? t("pricing.agesFrom", { from: b.from }) : t("pricing.agesBetween", { from: b.from, to: b.to });

/** "Who pays what": each age band (cut where a rule starts or stops) by group, lunch and dinner. */
export function PreviewTable({ preview }: { preview: PolicyPreview }) {
  const columns = [null, ...preview.groups];
  return (
    <section aria-labelledby="policy-preview-title">
      <h3 id="policy-preview-title">{t("pricing.previewTitle")}</h3>
      <p class="field-hint">{t("pricing.previewHelp")}</p>
      <DataTable
        caption={t("pricing.previewTitle")}
        class="preview-table"
        columns={[t("pricing.ages"), ...columns.map((g) => (g === null ? t("pricing.noGroup") : groupName(g)))]}
        rows={preview.bands}
        row={(band) => (
          <tr key={band.from}>
            <th scope="row">{ages(band)}</th>
            {band.cells.map((cell) => (
              <td key={cell.group ?? "-"} data-group={cell.group ?? ""}>
                {cell.sittings
                  .map((s) =>
                    t("pricing.previewCell", { sitting: t(`canteen.sitting.${s.sitting}`), pay: formatFen(s.payFen) }),
                  )
                  .join(t("pricing.listSeparator"))}
              </td>
            ))}
          </tr>
        )}
      />
    </section>
  );
}
