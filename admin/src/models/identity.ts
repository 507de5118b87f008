import { unwrap } from "@ui/api-client";
import { api } from "../api";
import type { PersonRef } from "./people";

const community = api.communities[":communityId"];

/** The consent text staff read out and show; a new wording gets a new version id. */
export const FACE_CONSENT_VERSION = "face-consent-2026-01";

export const issuePasses = async (communityId: string, holders: PersonRef[]) =>
  (await unwrap(community.passes.$post({ param: { communityId }, json: { holders } }))).passes;

export const issuePhonePass = (communityId: string, holder: PersonRef) =>
  unwrap(community["phone-passes"].$post({ param: { communityId }, json: holder }));

export const recordFaceConsent = (communityId: string, holder: PersonRef, consentedBy: string) =>
  unwrap(
    community["face-consents"].$post({
      param: { communityId },
      json: { ...holder, consentedBy, consentTextVersion: FACE_CONSENT_VERSION },
    }),
  );

export const withdrawFaceConsent = (communityId: string, { kind, id }: PersonRef) =>
  unwrap(community["face-consents"][":kind"][":personId"].$delete({ param: { communityId, kind, personId: id } }));

export const enrolFace = (communityId: string, holder: PersonRef, descriptor: number[]) =>
  unwrap(community["face-templates"].$post({ param: { communityId }, json: { ...holder, descriptor } }));

export type IssuedPass = Awaited<ReturnType<typeof issuePasses>>[number];
export type PhonePass = Awaited<ReturnType<typeof issuePhonePass>>;
