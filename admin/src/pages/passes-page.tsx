import { useWatch } from "../components/resource-view/resource-view";
import { useComputed, useSignal } from "@preact/signals";
import { ErrorMessage } from "@ui/error-message";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { PassPicker, holderKey, type Holder } from "../components/pass-cards/pass-picker";
import { PassSheets } from "../components/pass-cards/pass-sheets";
import { PhonePassPanel } from "../components/phone-pass/phone-pass";
import { i18n, t } from "../i18n";
import { community, communityId } from "../models/community";
import { issuePasses, issuePhonePass, type IssuedPass, type PhonePass } from "../models/identity";
import { couriers, reloadPeople, residents } from "../models/people";
import { may } from "../models/permissions";

/** Printed QR passes and phone passes; both show their secret once, right after issuing. */
export function PassesPage() {
  const selected = useSignal(new Set<string>());
  const printed = useSignal<IssuedPass[] | null>(null);
  const phonePass = useSignal<PhonePass | null>(null);
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  useWatch(residents, couriers);
  const holders = useComputed<Holder[]>(() => [
    ...(residents.data.value ?? []).map((r) => ({
      kind: "resident" as const,
      id: r.id,
      name: r.name,
      detail: r.address ?? r.grid ?? "—",
      hasPass: r.hasPass,
    })),
    ...(couriers.data.value ?? []).map((c) => ({
      kind: "courier" as const,
      id: c.id,
      name: c.name,
      detail: t(`platform.${c.platform}`),
      hasPass: c.hasPass,
    })),
  ]);

  const loading = useComputed(() =>
    [residents, couriers].some((list) => list.loading.value && list.data.value === undefined),
  );

  if (!may.residents.value && !may.couriers.value) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;

  async function run<T>(call: () => Promise<T>, show: (value: T) => void) {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      show(await call());
      void reloadPeople();
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = false;
    }
  }
  const issue = () => {
    const chosen = holders.value.filter((h) => selected.value.has(holderKey(h))).map(({ kind, id }) => ({ kind, id }));
    void run(
      () => issuePasses(id, chosen),
      (passes) => ((printed.value = passes), (selected.value = new Set())),
    );
  };
  const issuePhone = (h: Holder) =>
    void run(
      () => issuePhonePass(id, { kind: h.kind, id: h.id }),
      (p) => (phonePass.value = p),
    );

  if (phonePass.value) return <PhonePassPanel pass={phonePass.value} onClose={() => (phonePass.value = null)} />;
  if (printed.value) {
    return (
      <>
        <div class="no-print">
          <h1>{t("passes.printTitle", { count: printed.value.length })}</h1>
          <p class="notice" role="note">
            {t("passes.shownOnce")}
          </p>
          <div class="button-row">
            <button type="button" onClick={() => window.print()}>
              {t("passes.print")}
            </button>
            <button type="button" class="secondary" onClick={() => (printed.value = null)}>
              {t("passes.back")}
            </button>
          </div>
        </div>
        <PassSheets passes={printed.value} communityName={community.value?.name ?? ""} />
      </>
    );
  }
  const count = selected.value.size;
  return (
    <>
      <h1>{t("passes.title")}</h1>
      <p class="notice" role="note">
        {t("passes.explain")}
      </p>
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      {residents.error.value !== null && <ErrorMessage error={residents.error.value} i18n={i18n} />}
      {couriers.error.value !== null && <ErrorMessage error={couriers.error.value} i18n={i18n} />}
      <div class="button-row">
        <button type="button" disabled={count === 0 || busy.value} onClick={issue}>
          {busy.value ? t("passes.issuing") : t("passes.issue", { count })}
        </button>
      </div>
      {loading.value ? (
        <p role="status">{t("app.loading")}</p>
      ) : (
        <PassPicker holders={holders.value} selected={selected} busy={busy.value} onPhonePass={issuePhone} />
      )}
    </>
  );
}
