import { describe, expect, it } from "vitest";
import { dateFromFileName, isoDate } from "./dates.js";

describe("isoDate", () => {
  it.each([
    ["2012-03-06 12:25", "2012-03-06"],
    ["2022-04-04T00:00:00Z", "2022-04-04"],
    ['"2022-04-04T00:00:00Z"', "2022-04-04"],
    ["2013-08-03T23:22:00-05:00", "2013-08-03"],
    ["Tue, 29 Jan 2013", "2013-01-29"],
    ["Tue, 29 Jan 2013 10:00:00 +0100", "2013-01-29"],
    ["January 29, 2013", "2013-01-29"],
    ["29 September 2020", "2020-09-29"],
    ["Sept 3 2019", "2019-09-03"],
    ["2013/01/29", "2013-01-29"],
    ["2019-7-4", "2019-07-04"],
  ])("%s → %s", (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });

  it.each([["2021-02-29"], ["2021-13-01"], ["yesterday"], [""], ["31 Foo 2020"]])(
    "%s is not a date",
    (input) => {
      expect(isoDate(input)).toBeNull();
    },
  );

  it("reads Date objects (YAML 1.1 timestamps) and non-strings", () => {
    expect(isoDate(new Date(Date.UTC(2015, 5, 1)))).toBe("2015-06-01");
    expect(isoDate(new Date(Number.NaN))).toBeNull();
    expect(isoDate(true)).toBeNull();
    expect(isoDate(null)).toBeNull();
  });

  it("reads the date prefix of Jekyll file names only", () => {
    expect(dateFromFileName("_posts/2014-11-05-why-i-left.md")).toBe("2014-11-05");
    expect(dateFromFileName("posts/why-i-left-2014-11-05.md")).toBeNull();
  });
});
