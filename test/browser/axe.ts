import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/*
 * axe-core in the page: its source is injected as a script tag and run on the whole document with the
 * WCAG 2.0/2.1/2.2 A and AA rules plus axe's best practices.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

let source: string | undefined;

async function axeSource(): Promise<string> {
  source ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: await axeSource() });
  // A string, not a function: vitest rewrites some syntax in functions it compiles, and this runs in the page.
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
       .then((results) => results.violations.map((v) => ({
         id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
       })))`,
  );
  return violations;
}

/** One line per violation and node, for a readable assertion message. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`,
      ),
    )
    .join('\n');
