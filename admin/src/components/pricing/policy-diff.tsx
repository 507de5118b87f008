import { useState } from "preact/hooks";
import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import { diffPolicies, type PolicyChange } from "../../lib/policy-diff";
import type { Fund, PolicyRules, PolicyVersion } from "../../models/canteen";
import { groupName } from "../../models/resident-groups";
import { SelectField } from "../field/select-field";

type Rule = PolicyRules["subsidies"][number];

/** Who a rule is for, in words: "60 岁及以上；低保、特困". */
export function ruleWho(r: Rule) {
  const ages =
    r.ageMin !== undefined && r.ageMax !== undefined
      ? t("pricing.agesBetween", { from: r.ageMin, to: r.ageMax })
      : r.ageMin !== undefined
        ? t("pricing.agesFrom", { from: r.ageMin })
        : r.ageMax !== undefined
          ? t("pricing.agesUpTo", { to: r.ageMax })
          : t("pricing.anyAge");
  return r.groups
    ? `${ages}${t("pricing.whoSeparator")}${r.groups.map(groupName).join(t("pricing.shareSeparator"))}`
    : ages;
}

function words(c: PolicyChange, fund: (code: string) => string) {
  const money = (fen: number | null) => (fen === null ? t("funds.noCap") : formatFen(fen));
  switch (c.kind) {
    case "listPrice":
      return t("pricing.diff.listPrice", {
        sitting: t(`canteen.sitting.${c.sitting}`),
        from: money(c.from),
        to: money(c.to),
      });
    case "mode":
      return t("pricing.diff.mode", {
        to: t(c.to === "best" ? "pricing.combineBest" : "pricing.combineStack"),
      });
    case "cap":
      return t("pricing.diff.cap", { from: money(c.from), to: money(c.to) });
    case "minPay":
      return t("pricing.diff.minPay", { from: money(c.from), to: money(c.to) });
    case "daysAhead":
      return t("pricing.diff.daysAhead", { from: c.from, to: c.to });
    case "added":
      return t("pricing.diff.added", { rule: c.rule.label, who: ruleWho(c.rule), fund: fund(c.rule.fundCode) });
    case "removed":
      return t("pricing.diff.removed", { rule: c.rule.label });
    case "off":
      return t("pricing.diff.off", {
        rule: c.rule.label,
        sitting: t(`canteen.sitting.${c.sitting}`),
        from: money(c.from),
        to: money(c.to),
      });
    case "who":
      return t("pricing.diff.who", { rule: c.rule.label, from: ruleWho(c.before), to: ruleWho(c.rule) });
    case "fund":
      return t("pricing.diff.fund", { rule: c.rule.label, from: fund(c.from), to: fund(c.to) });
    case "label":
      return t("pricing.diff.label", { from: c.from, to: c.rule.label });
    case "order":
      return t("pricing.diff.order");
  }
}

/** Two versions side by side as a list of changes, the older chosen first. */
export function PolicyDiff({ items, funds }: { items: PolicyVersion[]; funds: Fund[] }) {
  const [from, setFrom] = useState(items[1]?.version ?? items[0]?.version ?? 0);
  const [to, setTo] = useState(items[0]?.version ?? 0);
  const a = items.find((p) => p.version === from);
  const b = items.find((p) => p.version === to);
  const fund = (code: string) => funds.find((f) => f.code === code)?.name ?? code;
  const changes = a && b ? diffPolicies(a.rules, b.rules) : [];
  return (
    <section aria-labelledby="policy-diff-title">
      <h2 id="policy-diff-title">{t("pricing.diffTitle")}</h2>
      <div class="inline-form">
        <VersionSelect label={t("pricing.diffFrom")} name="from" items={items} value={from} onChange={setFrom} />
        <VersionSelect label={t("pricing.diffTo")} name="to" items={items} value={to} onChange={setTo} />
      </div>
      {changes.length === 0 ? (
        <p>{t("pricing.diffNone")}</p>
      ) : (
        <ul class="policy-diff" aria-label={t("pricing.diffList", { from, to })}>
          {changes.map((c, i) => (
            <li key={i}>{words(c, fund)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One end of the comparison: a version, named with the day it took effect. */
function VersionSelect({
  label,
  name,
  items,
  value,
  onChange,
}: {
  label: string;
  name: string;
  items: PolicyVersion[];
  value: number;
  onChange: (version: number) => void;
}) {
  return (
    <SelectField
      label={label}
      name={name}
      defaultValue={String(value)}
      onChange={(v) => onChange(Number(v))}
      options={items.map((p) => ({
        value: String(p.version),
        label: `${t("pricing.versionN", { version: p.version })}（${p.effectiveFrom}）`,
      }))}
    />
  );
}
