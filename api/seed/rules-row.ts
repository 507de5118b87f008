/** A facility's row of rules (its policy or its settings): the rules, keyed by the facility, as set now. */
export const rulesRow = <R extends object>(
  { communityId, facilityId, now }: { communityId: string; facilityId: string; now: Date },
  rules: R,
) => ({ facilityId, communityId, ...rules, updatedAt: now });
