import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { studyApi, studyKey } from "./study-room";

/** The local dates (inclusive) on screen; null until the page picks its default. */
export const reportRange = signal<{ from: string; to: string } | null>(null);

export const utilisation = resource(
  () => {
    const id = studyKey();
    return id && reportRange.value ? `${id}|${reportRange.value.from}|${reportRange.value.to}` : null;
  },
  async (key) => {
    const [id, from, to] = key.split("|") as [string, string, string];
    return unwrap(studyApi.utilisation.$get({ param: { communityId: id }, query: { from, to } }));
  },
);

export type Utilisation = NonNullable<typeof utilisation.data.value>;
export type UtilisationCell = Utilisation["cells"][number];
