import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { appendAudit, appendEvent, type AuditActor, type AuditEntry, type OutboxEntry } from '@dibao/db';
import { actorOf } from './audit-actor.js';
import type { BilingualMessage } from './errors.js';
import { conflict } from './errors.js';
import { lostRace, RACE_ATTEMPTS } from './lost-race.js';
import { uniqueOrConflict } from './unique-or-conflict.js';

/*
 * The one way a service changes data: lock → check → snapshot → apply → save → audit, in one transaction, so
 * that a refused or failed write changes nothing and every change that commits carries its audit record.
 * Whatever else must commit with a change belongs in `auditedWrite`: the events it raises (the outbox of the
 * push channel, which subscriptions and notifications read) are collected and appended before the commit.
 */

/** An audit record of the write's actor. */
export type AuditNote = Omit<AuditEntry, 'actor'>;

/** The open transaction of one write: its manager, who is acting, and the audit trail of the change. */
export interface AuditedTransaction {
  readonly manager: EntityManager;
  readonly actor: AuditActor;
  /** Appends an audit record by this write's actor, committed with the change or not at all. */
  audit(note: AuditNote): Promise<void>;
  /** Raises an event on the push channel, committed with the change or not at all (never when it is refused). */
  raise(event: OutboxEntry): void;
}

/** The caller as the audit trail records them: a principal from a token, or a system actor. */
export type Actor = Principal | AuditActor;

const auditActorOf = (who: Actor): AuditActor => ('kind' in who ? who : actorOf(who));

/**
 * Runs `work` in one transaction whose audit records name `who`. A transaction that lost a race to another writer
 * (deadlock, serialization failure, or a unique row the other one created first) is run again from the start, where
 * it sees the winner's change; a race still lost after the last attempt is CONFLICT, never an internal error.
 */
export async function auditedWrite<T>(
  dataSource: DataSource,
  who: Actor,
  work: (tx: AuditedTransaction) => Promise<T>,
): Promise<T> {
  const actor = auditActorOf(who);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(async (manager) => {
        const audit = async (note: AuditNote) => {
          await appendAudit(manager, { actor, ...note });
        };
        // One place for what every write commits besides its change: its audit records, and the events it
        // raises, appended last so the outbox's ordering lock is held only for the commit. A retried attempt
        // starts with no events.
        const events: OutboxEntry[] = [];
        const result = await work({ manager, actor, audit, raise: (event) => void events.push(event) });
        for (const event of events) await appendEvent(manager, event);
        return result;
      });
    } catch (error) {
      const race = lostRace(error);
      if (!race) throw error;
      if (attempt < RACE_ATTEMPTS) {
        await sleep(attempt * 10 + Math.random() * 20);
        continue;
      }
      throw race === 'unique'
        ? conflict(
            'This conflicts with a record another change has just created; reload and try again',
            '与刚由其他操作创建的记录冲突，请刷新后重试',
          )
        : conflict('Another change of the same records was under way; try again', '相同记录正被其他操作修改，请重试');
    }
  }
}

/** One record per kind of imported row ("IMPORT", with the count), skipping kinds with none. */
export async function auditImport(tx: AuditedTransaction, counts: ReadonlyArray<[entityType: string, count: number]>) {
  for (const [entityType, count] of counts) {
    if (count > 0) await tx.audit({ entityType, entityId: '*', action: 'IMPORT', after: { count } });
  }
}

function saveRow<E extends ObjectLiteral>(tx: AuditedTransaction, row: E, duplicate?: BilingualMessage): Promise<E> {
  const save = () => tx.manager.save(row);
  return duplicate ? uniqueOrConflict(save, duplicate.en, duplicate.zh) : save();
}

const idOf = (row: ObjectLiteral): string => {
  if (typeof row.id !== 'string') throw new Error('an audited row without a string id needs entityId');
  return row.id;
};

/** A change to one existing row. `A` is what `apply` tells the audit record (a note, the action taken). */
export interface AuditedChange<E extends ObjectLiteral, A = void> {
  entityType: string;
  action: string | ((applied: A) => string);
  /** Loads the row locked until the transaction ends, refusing (NOT_FOUND, FORBIDDEN) a caller who may not change it. */
  lock(manager: EntityManager): Promise<E>;
  /** The audited fields of the row: taken before the change, and of the saved row after it. */
  state(row: E): unknown;
  /** Checks the move (CONFLICT, BAD_USER_INPUT, FORBIDDEN) and applies it to the row. */
  apply(row: E, tx: AuditedTransaction): A | Promise<A>;
  /** A unique value the change collides with is this CONFLICT rather than an internal error. */
  duplicate?: BilingualMessage;
  /** Rows that belong to the change and need the saved row (a history entry), written before the audit record. */
  saved?(row: E, applied: A, tx: AuditedTransaction): Promise<unknown>;
  /** The audited "after", where it holds more than `state` of the saved row. */
  after?(row: E, applied: A): unknown;
  /** The audited id, where it is not the row's `id`. */
  entityId?(row: E): string;
  /** Events the change raises on the push channel (what notifications and subscriptions hear of it). */
  raises?(row: E, applied: A): OutboxEntry[];
}

/** A change to a row the write has locked already (with the rows it needs beside it). */
export type RowChange<E extends ObjectLiteral, A = void> = Omit<AuditedChange<E, A>, 'lock'>;

/** Snapshot, apply, save and audit a locked row inside a write that is already open; returns the saved row. */
export async function applyChange<E extends ObjectLiteral, A>(
  tx: AuditedTransaction,
  row: E,
  change: RowChange<E, A>,
): Promise<E> {
  const before = change.state(row);
  const applied = await change.apply(row, tx);
  const saved = await saveRow(tx, row, change.duplicate);
  await change.saved?.(saved, applied, tx);
  await tx.audit({
    entityType: change.entityType,
    entityId: change.entityId?.(saved) ?? idOf(saved),
    action: typeof change.action === 'function' ? change.action(applied) : change.action,
    before,
    after: change.after ? change.after(saved, applied) : change.state(saved),
  });
  for (const event of change.raises?.(saved, applied) ?? []) tx.raise(event);
  return saved;
}

/** Lock, check, snapshot, apply, save and audit one row, in one transaction; returns the saved row. */
export function changeAudited<E extends ObjectLiteral, A = void>(
  dataSource: DataSource,
  who: Actor,
  change: AuditedChange<E, A>,
): Promise<E> {
  return auditedWrite(dataSource, who, async (tx) => applyChange(tx, await change.lock(tx.manager), change));
}

/** A new row. */
export interface AuditedCreation<E extends ObjectLiteral> {
  entityType: string;
  action: string;
  /** Checks what it needs to and builds the row (with `manager.create`). */
  create(tx: AuditedTransaction): E | Promise<E>;
  /** A unique row that exists already is this CONFLICT rather than an internal error. */
  duplicate?: BilingualMessage;
  /** Rows that belong to the new one and need its id, written before the audit record. */
  saved?(row: E, tx: AuditedTransaction): Promise<unknown>;
  /** The audited "after"; the saved row by default. */
  after?(row: E): unknown;
  /** The audited id, where it is not the row's `id`. */
  entityId?(row: E): string;
  /** Events the new row raises on the push channel. */
  raises?(row: E): OutboxEntry[];
}

/** Creates a row and audits it, in one transaction; returns the saved row. */
export function createAudited<E extends ObjectLiteral>(
  dataSource: DataSource,
  who: Actor,
  creation: AuditedCreation<E>,
): Promise<E> {
  return auditedWrite(dataSource, who, async (tx) => {
    const saved = await saveRow(tx, await creation.create(tx), creation.duplicate);
    await creation.saved?.(saved, tx);
    await tx.audit({
      entityType: creation.entityType,
      entityId: creation.entityId?.(saved) ?? idOf(saved),
      action: creation.action,
      after: creation.after ? creation.after(saved) : saved,
    });
    for (const event of creation.raises?.(saved) ?? []) tx.raise(event);
    return saved;
  });
}
