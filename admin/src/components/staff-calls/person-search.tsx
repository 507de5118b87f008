import { useWatch } from "../resource-view/resource-view";
import { useComputed, useSignal } from "@preact/signals";
import { useId } from "preact/hooks";
import { t } from "../../i18n";
import { couriers, residents, type PersonRef } from "../../models/people";

const MAX_SHOWN = 8;

/** Finds a resident or courier by name (or building, or platform) and picks them. */
export function PersonSearch({ onPick, busy }: { onPick: (person: PersonRef, name: string) => void; busy: boolean }) {
  const id = useId();
  const query = useSignal("");
  useWatch(residents, couriers);
  const people = useComputed(() => [
    ...(residents.data.value ?? []).map((r) => ({
      kind: "resident" as const,
      id: r.id,
      name: r.name,
      detail: r.address ?? r.grid ?? "",
    })),
    ...(couriers.data.value ?? []).map((c) => ({
      kind: "courier" as const,
      id: c.id,
      name: c.name,
      detail: t(`platform.${c.platform}`),
    })),
  ]);
  const q = query.value.trim().toLowerCase();
  const matches = people.value
    .filter((p) => !q || `${p.name} ${p.detail}`.toLowerCase().includes(q))
    .slice(0, MAX_SHOWN);

  return (
    <div class="person-search">
      <label for={`${id}-q`}>{t("calls.search")}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query.value}
        onInput={(e) => (query.value = e.currentTarget.value)}
        autoComplete="off"
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} class="field-hint" aria-live="polite">
        {t("calls.matches", { count: matches.length })}
      </p>
      <ul class="person-search-results">
        {matches.map((p) => (
          <li key={`${p.kind}:${p.id}`}>
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => onPick({ kind: p.kind, id: p.id }, p.name)}
            >
              {t("calls.pick", { name: p.name })}
              <span class="person-search-detail">
                {t(`passes.kind.${p.kind}`)}
                {p.detail && ` · ${p.detail}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
