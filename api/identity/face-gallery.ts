import type { Deps } from "../shared/context";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { faceConsents, faceTemplates } from "../../db/schema";
import { decryptBytes } from "../shared/data-key";
import { DESCRIPTOR_LENGTH } from "./rules";

type Gallery = { version: string; descriptors: Float32Array; templateIds: string[] };

// Decrypting every template on every match would cost far more than matching, so each process (or
// Worker isolate) keeps the decrypted gallery per community, and reloads it when a cheap fingerprint
// of the community's templates (count and creation times: the enrolment version) changes, so an
// enrolment or withdrawal shows at once. Keyed by community, not by the Db object: a Worker builds
// a Db per request, and a cache keyed by it would never hit there.
const MAX_COMMUNITIES = 64;
const cache = new Map<string, Gallery>();

function remember(communityId: string, gallery: Gallery) {
  cache.delete(communityId);
  cache.set(communityId, gallery); // the most recently loaded last; the oldest goes first
  if (cache.size > MAX_COMMUNITIES) cache.delete(cache.keys().next().value!);
}

async function galleryVersion(db: Db, communityId: string) {
  const [row] = await db.all<{ n: number; latest: number; total: number }>(sql`
    SELECT count(*) AS n, coalesce(max(created_at), 0) AS latest, coalesce(sum(created_at), 0) AS total
    FROM face_templates WHERE community_id = ${communityId}`);
  return `${row?.n}:${row?.latest}:${row?.total}`;
}

export async function loadFaceGallery(
  { db, config }: Pick<Deps, "db" | "config">,
  { communityId }: { communityId: string },
): Promise<Gallery> {
  const version = await galleryVersion(db, communityId);
  const cached = cache.get(communityId);
  if (cached?.version === version) return cached;
  // Only templates still covered by a live consent take part.
  const rows = await db
    .select({ id: faceTemplates.id, ciphertext: faceTemplates.ciphertext })
    .from(faceTemplates)
    .innerJoin(faceConsents, and(eq(faceConsents.templateId, faceTemplates.id), isNull(faceConsents.withdrawnAt)))
    .where(eq(faceTemplates.communityId, communityId));
  const descriptors = new Float32Array(rows.length * DESCRIPTOR_LENGTH);
  await Promise.all(
    rows.map(async (row, i) => {
      const bytes = await decryptBytes(config, row.ciphertext);
      descriptors.set(new Float32Array(bytes.buffer, bytes.byteOffset, DESCRIPTOR_LENGTH), i * DESCRIPTOR_LENGTH);
    }),
  );
  const gallery = { version, descriptors, templateIds: rows.map((r) => r.id) };
  remember(communityId, gallery);
  return gallery;
}
