import { Logger } from 'graphile-worker';

/** graphile-worker's log, warnings and errors only, into the hub's log (its default writes every job to the console). */
export function quietLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') log(`notifications job queue: ${message}`);
  });
}
