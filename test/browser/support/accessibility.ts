/**
 * axe-core's WCAG 2.1 level A and AA rules run on the page as it stands (every pane state the
 * browser tests visit), through Deque's Playwright wrapper with the project's own axe-core.
 * Rule tags: https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags
 */
import AxeBuilder from "@axe-core/playwright";
import { source as axeSource } from "axe-core";
import type { Page } from "playwright-core";

export const WCAG21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * One line per failing element: rule id, impact, CSS target and axe's help text, so that a failing
 * `expect(...).toEqual([])` says what to fix and where. Empty when the page has no violation.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource }).withTags(WCAG21_AA_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? "?"}) ${JSON.stringify(node.target)} : ${violation.help} — ${node.failureSummary ?? ""}`,
    ),
  );
}
