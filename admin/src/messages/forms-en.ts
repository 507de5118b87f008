import type { formsZhCN } from "./forms-zh-cn";

export const formsEn: Record<keyof typeof formsZhCN, string> = {
  "form.problems": "Please correct these first",
  "form.valueMissing": "{{field}}: please fill this in.",
  "form.chooseMissing": "{{field}}: please choose one.",
  "form.followHint": "{{field}} is not in the right form: {{hint}}",
  "form.patternMismatch": "{{field}} is not in the right form.",
  "form.badInput": "{{field}} is incomplete or not valid.",
  "form.badInput.number": "{{field}}: numbers only.",
  "form.badInput.date": "{{field}}: please enter a whole date (year, month, day).",
  "form.badInput.time": "{{field}}: please enter a whole time (hours, minutes).",
  "form.badInput.datetime-local": "{{field}}: please enter a whole date and time.",
  "form.badInput.month": "{{field}}: please enter a year and a month.",
  "form.tooShort": "{{field}}: at least {{min}} characters.",
  "form.tooLong": "{{field}}: at most {{max}} characters.",
  "form.rangeUnderflow": "{{field}} cannot be less than {{min}}.",
  "form.rangeOverflow": "{{field}} cannot be more than {{max}}.",
  "form.rangeUnderflow.date": "{{field}} cannot be before {{min}}.",
  "form.rangeOverflow.date": "{{field}} cannot be after {{max}}.",
  "form.stepMismatch": "{{field}} is not a valid value.",
  "form.money": "{{field}}: write yuan, for example 50 or 12.50, at most two decimals.",
  "form.moreThanZero": "{{field}} must be more than 0.",
};
