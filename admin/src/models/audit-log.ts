import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";

export const auditLog = resource(
  () => communityId.value,
  async (id) =>
    (await unwrap(api.communities[":communityId"].audit.$get({ param: { communityId: id }, query: { limit: "50" } })))
      .entries,
);

export type AuditEntry = NonNullable<typeof auditLog.data.value>[number];
