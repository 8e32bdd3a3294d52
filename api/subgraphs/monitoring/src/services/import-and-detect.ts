import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { detect, type DetectionResult } from './detect.service.js';
import { importFile, type ImportOptions, type ImportOutcome } from './import.service.js';

/**
 * The one way in for every sender (the CLI, the HTTP endpoint, the demo loader): import, then run detection for
 * what the file touched — a roster's county-month (and the month after, whose change it is the base of), or, for
 * registers and standards, every month on record that they can change.
 */
export async function importAndDetect(
  dataSource: DataSource,
  source: Readable,
  options: ImportOptions & { detectAfter?: boolean },
): Promise<{ outcome: ImportOutcome; detections: DetectionResult[] }> {
  const outcome = await importFile(dataSource, source, options);
  const detections: DetectionResult[] = [];
  if (outcome.status !== 'IMPORTED' || options.detectAfter === false) return { outcome, detections };
  if (outcome.kind === 'ROSTER' && outcome.month && outcome.countyCode) {
    detections.push(
      await detect(dataSource, { month: outcome.month, counties: [outcome.countyCode], actor: options.actor }),
    );
  } else {
    const months = (await dataSource.query(
      `SELECT DISTINCT to_char(month, 'YYYY-MM') AS m FROM roster_file WHERE kind = 'ROSTER' AND month IS NOT NULL ORDER BY 1`,
    )) as Array<{ m: string }>;
    for (const { m } of months) detections.push(await detect(dataSource, { month: m, actor: options.actor }));
  }
  return { outcome, detections };
}
