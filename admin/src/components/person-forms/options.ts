// The API's enums, in the order the forms offer them.
export const GENDERS = ["female", "male"] as const;
export const RESIDENT_GROUPS = ["low_income", "extreme_hardship", "disabled", "veteran_family"] as const;
export const COURIER_PLATFORMS = ["meituan", "eleme", "sf", "jd", "other"] as const;
export const GUARDIAN_RELATIONS = ["mother", "father", "grandmother", "grandfather", "other"] as const;
