import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../api/shared/calendar";
import { attachment, csvCell } from "../../api/shared/csv";

describe("CSV cells and download names", () => {
  it("neutralises formulas but leaves numbers, negative amounts included, as numbers", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("@A1")).toBe("'@A1");
    expect(csvCell("-7.90")).toBe("-7.90");
    expect(csvCell(-790)).toBe("-790");
    expect(csvCell('+"x",y')).toBe(`"'+""x"",y"`);
    expect(csvCell("王秀英")).toBe("王秀英");
  });

  it("keeps a Content-Disposition one line with one filename and the exact name in filename*", () => {
    const header = attachment('结算 "a"\r\n.csv');
    expect(header).toBe(
      `attachment; filename="____a___.csv"; filename*=UTF-8''${encodeURIComponent('结算 "a"\r\n.csv')}`,
    );
  });
});

describe("calendar dates", () => {
  it("accepts real days from 1900 to 2100 and nothing else", () => {
    for (const ok of ["1900-01-01", "2028-02-29", "2100-12-31"]) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ["0000-00-00", "9999-12-31", "2026-02-29", "2026-04-31", "1899-12-31", "2026-1-01"])
      expect(isCalendarDate(bad), bad).toBe(false);
  });
});
