import { describe, expect, it } from "vitest";
import { isReadableQr } from "../../api/identity/readable-qr";

// Codes drawn at random once: the first three are among the ~1 in 20 that @zxing/library's
// detector cannot find (modules that look like a finder pattern), the last three read.
const UNREADABLE = [
  "LP1.LC_2gIK4KprFjYXfAXppiMsAWancngh-aOcksCcpQZI",
  "LP1.tuYf_eAkjADmZzDIp562Q8nNT_puqC6xDSkRf16fWyA",
  "LP1.XfXh8OSCC52hMQqJ8Vv55MdVpdoqIZdnz6inz4BdE58",
];
const READABLE = [
  "LP1.eiWDLrKk46e6z3PLTtcJXGy0djK-p4VdP3IMLmbYsIY",
  "LP1.yzdxFV_gwx-vl7S14QtmIaYnlFWunbaXxVX9bEjpulg",
  "LP1.gwko1u72vB7bl1y5p9bP0cbjKOLNTWNOFA5b7aZk-AA",
];

describe("pass codes the kiosk can read", () => {
  it("tells the codes the scanner's detector cannot find from those it reads", () => {
    expect(UNREADABLE.map(isReadableQr)).toEqual([false, false, false]);
    expect(READABLE.map(isReadableQr)).toEqual([true, true, true]);
  });
});
