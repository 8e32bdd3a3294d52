import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';
import { elideQuotedValues } from './log-safe.js';

/**
 * Counts the SQL statements each data source sends. Tests use it to prove that DataLoaders keep the number of
 * statements per GraphQL request flat as the number of rows grows; it is cheap enough to stay on always.
 */
export class StatementCounter {
  private count = 0;
  get total(): number {
    return this.count;
  }
  record(): void {
    this.count += 1;
  }
}

export const statementCounters = new Map<string, StatementCounter>();

export function statementCounterFor(name: string): StatementCounter {
  let counter = statementCounters.get(name);
  if (!counter) {
    counter = new StatementCounter();
    statementCounters.set(name, counter);
  }
  return counter;
}

/** Sum over every data source in this process. */
export function totalStatements(): number {
  let total = 0;
  for (const counter of statementCounters.values()) total += counter.total;
  return total;
}

const backgroundWork = new AsyncLocalStorage<true>();

/**
 * Runs work a process does beside requests (the notifications fan-out, a deadline job): its statements are left
 * out of the counters, which measure what requests cost, so that a poll landing inside a measurement changes
 * nothing.
 */
export function uncountedStatements<T>(work: () => Promise<T>): Promise<T> {
  return backgroundWork.run(true, work);
}

/** A TypeORM logger that counts queries and reports only errors (the server logs its own slow queries). */
export class CountingLogger implements Logger {
  constructor(
    private readonly counter: StatementCounter,
    private readonly logError: (message: string) => void = (message) => console.error(message),
  ) {}
  logQuery(): void {
    if (!backgroundWork.getStore()) this.counter.record();
  }
  logQueryError(error: string | Error, query: string): void {
    // The statement's parameters (the client's values) are never logged, nor values quoted in the message.
    this.logError(
      `SQL error: ${elideQuotedValues(error instanceof Error ? error.message : error)} in ${query.slice(0, 200)}`,
    );
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
