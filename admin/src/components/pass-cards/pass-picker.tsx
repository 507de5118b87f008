import type { Signal } from "@preact/signals";
import { t } from "../../i18n";
import type { PersonKind, PersonRef } from "../../models/people";
import { DataTable } from "../data-table/data-table";

export type Holder = PersonRef & { name: string; detail: string; hasPass: boolean };
export const holderKey = (h: PersonRef) => `${h.kind}:${h.id}`;

type Props = { holders: Holder[]; selected: Signal<Set<string>>; onPhonePass: (holder: Holder) => void; busy: boolean };

/** Everyone who may hold a pass, with a checkbox each for printing and a phone pass button. */
export function PassPicker({ holders, selected, onPhonePass, busy }: Props) {
  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected.value);
    if (on) next.add(key);
    else next.delete(key);
    selected.value = next;
  };
  return (
    <DataTable
      caption={t("passes.holders")}
      empty={t("passes.nobody")}
      columns={[t("passes.select"), t("people.name"), t("passes.who"), t("people.pass"), t("phonePass.column")]}
      rows={holders}
      row={(h) => {
        const key = holderKey(h);
        return (
          <tr key={key}>
            <td>
              <input
                type="checkbox"
                id={`pick-${key}`}
                checked={selected.value.has(key)}
                onChange={(e) => toggle(key, e.currentTarget.checked)}
              />
            </td>
            <th scope="row">
              <label for={`pick-${key}`}>{h.name}</label>
            </th>
            <td>
              {t(`passes.kind.${h.kind as PersonKind}`)} · {h.detail}
            </td>
            <td>{t(h.hasPass ? "people.passYes" : "people.passNo")}</td>
            <td>
              <button
                type="button"
                class="secondary"
                disabled={busy}
                aria-label={t("phonePass.issueFor", { name: h.name })}
                onClick={() => onPhonePass(h)}
              >
                {t("phonePass.issue")}
              </button>
            </td>
          </tr>
        );
      }}
    />
  );
}
