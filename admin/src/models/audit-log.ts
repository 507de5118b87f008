import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";

/** The filters staff set on the log: whom it touched, who acted, what kind, which local dates. */
export type AuditFilter = { person?: string; staff?: string; kind?: string; from?: string; to?: string };
export const auditFilter = signal<AuditFilter>({});

const endpoint = api.communities[":communityId"].audit;
const PAGE = 50;

async function fetchPage(id: string, filter: AuditFilter, cursor?: string) {
  const query = { ...filter, limit: String(PAGE), ...(cursor ? { cursor } : {}) };
  return unwrap(endpoint.$get({ param: { communityId: id }, query }));
}

// Keyed on the community and the filters together: a new filter is a new list, not a stale one.
export const auditLog = resource(
  () => (communityId.value ? JSON.stringify([communityId.value, auditFilter.value]) : null),
  async (key) => {
    const [id, filter] = JSON.parse(key) as [string, AuditFilter];
    return fetchPage(id, filter);
  },
);

/** The next, older page, added below the entries on screen. */
export async function loadOlderAudit() {
  const shown = auditLog.data.value;
  const id = communityId.value;
  const filter = auditFilter.value;
  if (!shown?.next || !id) return;
  const older = await fetchPage(id, filter, shown.next);
  // The list may have changed meanwhile (another filter, another community): add only to the one asked about.
  if (auditLog.data.value !== shown) return;
  auditLog.data.value = {
    entries: [...shown.entries, ...older.entries],
    names: { ...shown.names, ...older.names },
    next: older.next,
  };
}

export type AuditEntry = NonNullable<typeof auditLog.data.value>["entries"][number];
