import { t, tryT } from "../../i18n";
import { formatFen } from "../../lib/money";
import { weekdayName } from "../../lib/weekday-name";
import { dateTimeIn } from "../../lib/zoned-format";
import type { AuditEntry } from "../../models/audit-log";
import { groupName } from "../../models/resident-groups";

/** A field's name in the reader's language; an unknown one is spelled out from its camelCase. */
export const fieldName = (key: string) =>
  tryT(`audit.field.${key}`) ??
  key
    .replace(/Fen$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const list = (items: string[]) => items.join(t("people.listSeparator"));

/**
 * A value as staff say it: money in yuan, instants in the community's time, groups, roles,
 * genders, platforms and statuses by their names, yes or no; a nested record one level deep,
 * anything deeper left to the raw record.
 */
export function showValue(field: string, value: unknown, timeZone: string, depth = 0): string {
  if (value === undefined || value === null || value === "") return t("audit.none");
  if (typeof value === "boolean") return t(value ? "audit.yes" : "audit.no");
  if (typeof value === "number") {
    if (field.endsWith("Fen")) return formatFen(value);
    if (field === "weekday") return weekdayName(value);
    return String(value);
  }
  if (typeof value === "string") {
    if (ISO_INSTANT.test(value)) return dateTimeIn(value, timeZone);
    if (field === "groups" || field === "group") return groupName(value);
    return (
      tryT(`audit.value.${field}.${value}`) ??
      tryT(`${field}.${value}`) ?? // role.community_admin, gender.female, platform.meituan, relation.mother
      tryT(`study.feature.${value}`) ??
      value
    );
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t("audit.none");
    return list(value.map((v) => showValue(field, v, timeZone, depth)));
  }
  if (typeof value === "object" && depth < 2) {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !isId(k))
      .map(([k, v]) => `${fieldName(k)} ${showValue(k, v, timeZone, depth + 1)}`);
    return parts.length ? `（${list(parts)}）` : t("audit.none");
  }
  return t("audit.more");
}

// Record ids mean nothing to the staff reading the log; whom it touched is named in the sentence.
export const isId = (key: string) => key === "id" || key.endsWith("Id") || key.endsWith("Ids");

const NOBODY = "\u0000";

/** "王站长 给 张三 发放了打印通行证": who did what, to whom, in the reader's language. */
export function sentenceOf(entry: AuditEntry) {
  const staff = entry.staffName ?? t("audit.someone");
  const subject = entry.subject?.name ?? undefined;
  // A sentence that names whom it touched is used only when the entry knows whom.
  const own = tryT(`audit.sentence.${entry.action}`, { staff, subject: subject ?? NOBODY });
  if (own && !own.includes(NOBODY)) return own;
  const action = actionName(entry.action);
  return subject ? t("audit.sentenceTo", { staff, subject, action }) : t("audit.sentence", { staff, action });
}

/** An action's short name ("饭卡充值"), its family's ("饭卡"), or at worst its code. */
export const actionName = (action: string) =>
  tryT(`audit.action.${action}`) ?? tryT(`audit.kind.${action.split(".")[0]}`) ?? action;
