import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entryShapes, fitEntries, fitList } from "./fit-list";

const shape = entryShapes.ready;

describe("fitting a list of orders on the booth screen", () => {
  it("shows every entry when they fit, else the oldest and a last place counting the others", () => {
    expect(fitEntries(3, 10)).toEqual({ shown: 3, more: 0 });
    expect(fitEntries(10, 10)).toEqual({ shown: 10, more: 0 });
    expect(fitEntries(11, 10)).toEqual({ shown: 9, more: 2 });
    expect(fitEntries(5, 1)).toEqual({ shown: 0, more: 5 });
  });

  it("uses the largest type for a few orders, in one column", () => {
    const fit = fitList({ width: 800, height: 600, count: 3, minFont: 20, maxFont: 50, shape });
    expect(fit.font).toBe(50);
    expect(fit.columns).toBe(1);
    expect(fit).toMatchObject({ shown: 3, more: 0 });
  });

  it("makes the type smaller, down to the smallest, before it leaves any order out", () => {
    const few = fitList({ width: 800, height: 600, count: 6, minFont: 20, maxFont: 50, shape });
    const many = fitList({ width: 800, height: 600, count: 20, minFont: 20, maxFont: 50, shape });
    expect(many.font).toBeLessThan(few.font);
    expect(many).toMatchObject({ shown: 20, more: 0 });
    const tooMany = fitList({ width: 800, height: 600, count: 200, minFont: 20, maxFont: 50, shape });
    expect(tooMany.font).toBe(20);
    expect(tooMany.more).toBeGreaterThan(0);
  });

  it("never places more than fits in the box, and accounts for every order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 4000 }),
        fc.integer({ min: 50, max: 2200 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 8, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        (width, height, count, minFont, extra) => {
          const fit = fitList({ width, height, count, minFont, maxFont: minFont + extra, shape });
          expect(fit.shown + fit.more).toBe(count);
          const places = fit.shown + (fit.more > 0 ? 1 : 0);
          expect(places).toBeLessThanOrEqual(fit.rows * fit.columns);
          expect(fit.font).toBeGreaterThanOrEqual(minFont);
          // Within the box, unless the box cannot hold even one row or one column of the smallest type.
          const usedHeight = fit.rows * fit.rowHeight + (fit.rows - 1) * fit.rowGap;
          if (fit.rows > 1) expect(usedHeight).toBeLessThanOrEqual(height + 1e-6);
          const usedWidth = fit.columns * shape.columnMinWidth * fit.font + (fit.columns - 1) * fit.columnGap;
          if (fit.columns > 1) expect(usedWidth).toBeLessThanOrEqual(width + 1e-6);
        },
      ),
    );
  });
});
