/**
 * The subsidy rule tests add to the seeds' policy: ¥4 off lunch and ¥3 off dinner for disabled
 * residents, from the low-income fund (a group the registry has and the seeds do not subsidise).
 */
export const DISABLED_SUBSIDY = {
  id: "disabled",
  label: "残疾人",
  fundCode: "civil_affairs_low_income",
  groups: ["disabled"],
  offFen: { lunch: 400, dinner: 300 },
};
