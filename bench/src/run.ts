import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './benchmark.js';
import { benchmarks } from './benchmarks/index.js';

/*
 * `pnpm bench [name ...]`: runs the named benchmarks (all without names), prints every figure with its
 * ratio, and appends the run (machine, date, load) to bench/RESULTS.md, keeping earlier runs.
 */

const results = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const names = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const selected = names.length > 0 ? benchmarks.filter((benchmark) => names.includes(benchmark.name)) : benchmarks;

const format = (figure: Figure) => {
  const value = `${figure.value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${figure.unit}`;
  const baseline = figure.baseline
    ? `; ${figure.baseline.name}: ${figure.baseline.value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${figure.unit}`
    : '';
  const ratio = figure.ratio === undefined ? '' : `; ratio ${figure.ratio.toFixed(2)}`;
  return `${figure.name}: ${value}${baseline}${ratio}${figure.note ? ` (${figure.note})` : ''}`;
};

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
const loadBefore = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
const lines: string[] = [];
for (const benchmark of selected) {
  const workDir = await mkdtemp(path.join(tmpdir(), `dibao-bench-${benchmark.name}-`));
  try {
    console.log(`== ${benchmark.name}: ${benchmark.description}`);
    const figures = await benchmark.run({ workDir, log: (line) => console.log(`   ${line}`) });
    lines.push(`### ${benchmark.name}`, '', ...figures.map((figure) => `- ${format(figure)}`), '');
    for (const figure of figures) console.log(`>> ${format(figure)}`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
const loadAfter = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
await appendFile(
  results,
  [
    '',
    `## ${new Date().toISOString()}`,
    '',
    `Machine: ${machine}. Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.`,
    '',
    ...lines,
  ].join('\n'),
);
console.log(`Figures appended to ${path.relative(process.cwd(), results)}`);
