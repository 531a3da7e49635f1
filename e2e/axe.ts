import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The WCAG 2.1 success criteria at levels A and AA, as axe tags them (2.0's criteria are part of 2.1). */
const wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe over the page as it stands and expects no violation of WCAG 2.1 A/AA. A failure lists each violation
 * as one line per element: the rule, where, and what axe says to fix, so the report names the screen's fault.
 */
export async function expectAccessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21AA).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} at ${node.target.join(" ")}: ${(node.failureSummary ?? violation.help).replace(/\s+/g, " ")}`),
  );
  expect(found, `axe found WCAG 2.1 A/AA violations on ${screen}`).toEqual([]);
}
