/*
 * A benchmark of `pnpm bench`: a named module that measures something and its baseline in the same run and
 * reports figures, each with the ratio to that baseline where there is one. Speed is only ever measured here,
 * never asserted in a test.
 */

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What `value` is compared with, measured in the same run. */
  baseline?: { name: string; value: number };
  /** value ÷ baseline, or whatever ratio the benchmark states (higher is better unless the note says so). */
  ratio?: number;
  note?: string;
}

export interface BenchmarkContext {
  /** A scratch directory of this run, removed afterwards. */
  workDir: string;
  log: (line: string) => void;
}

export interface Benchmark {
  /** The name `pnpm bench <name>` selects it by. */
  name: string;
  description: string;
  run(context: BenchmarkContext): Promise<Figure[]>;
}
