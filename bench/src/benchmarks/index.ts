import type { Benchmark } from '../benchmark.js';
import { monitoringBench } from './monitoring.js';
import { nationalLoad } from './national-load.js';
import { readPath } from './read-path/read-path.js';

/** Every benchmark, in the order `pnpm bench` runs them: add a module here to add one. */
export const benchmarks: Benchmark[] = [nationalLoad, monitoringBench, readPath];
