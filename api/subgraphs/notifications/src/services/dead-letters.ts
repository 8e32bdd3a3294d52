import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import {
  auditedWrite,
  badInput,
  conflict,
  decodeCursor,
  keysetConnection,
  notFound,
  pageSize,
  type Connection,
  type PageRequest,
} from '@dibao/server';
import type { DeliveryType } from '../schema/delivery.type.js';
import { scheduleDelivery, type Channel } from './recipients.js';

/*
 * Dead-lettered deliveries are an ADMIN's to see and retry, for the officials of the ADMIN's own agency (kind and
 * region, as the registry holds them now): an address is personal data of that agency's staff.
 */

interface Row {
  id: string;
  channel: Channel;
  status: DeliveryType['status'];
  address: string;
  official_id: string;
  event: DeliveryType['event'];
  entity_type: string;
  entity_id: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const SELECT = `SELECT d.id::text AS id, d.channel, d.status, d.address, d.official_id, n.event, n.entity_type,
       n.entity_id, d.attempts, d.last_error, d.created_at, d.sent_at
  FROM delivery d
  JOIN notification n ON n.id = d.notification_id
  JOIN registry.official o ON o.id = d.official_id
  JOIN registry.agency a ON a.id = o.agency_id
 WHERE a.kind = $1 AND a.region_code = $2`;

const deliveryOf = (row: Row): DeliveryType => ({
  id: row.id,
  channel: row.channel,
  status: row.status,
  address: row.address,
  official: { id: row.official_id },
  event: row.event,
  entityType: row.entity_type,
  entityId: row.entity_id,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

const checkedDeliveryId = (id: string) => {
  if (!/^[1-9]\d{0,18}$/.test(id)) throw badInput(`"${id}" is no delivery id`, `“${id}”不是外发记录编号`);
  return id;
};

/** The dead-lettered deliveries to officials of the ADMIN's agency, newest first, a keyset page at a time. */
export async function deadLetters(
  dataSource: DataSource,
  principal: Principal,
  request: PageRequest,
): Promise<Connection<DeliveryType>> {
  const size = pageSize(request.first);
  const after = request.after ? checkedDeliveryId(decodeCursor(request.after)) : null;
  const parameters = [principal.agency, principal.region];
  const [{ count }] = (await dataSource.query(
    `SELECT count(*)::int AS count FROM (${SELECT} AND d.status = 'DEAD') dead`,
    parameters,
  )) as [{ count: number }];
  // One row past the page, even for `first: 0`: it only says whether there is a next page.
  const rows = (await dataSource.query(
    `${SELECT} AND d.status = 'DEAD' ${after ? 'AND d.id < $3::bigint' : ''} ORDER BY d.id DESC LIMIT ${size + 1}`,
    after ? [...parameters, after] : parameters,
  )) as Row[];
  return keysetConnection(rows.map(deliveryOf), size, (delivery) => delivery.id, count, after !== null);
}

async function lockedDelivery(manager: EntityManager, principal: Principal, id: string): Promise<Row> {
  const [row] = (await manager.query(`${SELECT} AND d.id = $3 FOR UPDATE OF d`, [
    principal.agency,
    principal.region,
    id,
  ])) as Row[];
  if (!row) throw notFound(`Delivery ${id} is not one of your agency's`, `外发记录 ${id} 不属于您的机构`);
  return row;
}

/** Puts a dead-lettered delivery back on the queue with a fresh set of attempts, audited. */
export function retryDelivery(dataSource: DataSource, principal: Principal, id: string): Promise<DeliveryType> {
  checkedDeliveryId(id);
  return auditedWrite(dataSource, principal, async (tx) => {
    const row = await lockedDelivery(tx.manager, principal, id);
    if (row.status !== 'DEAD') {
      throw conflict(`Delivery ${id} is ${row.status}, not dead-lettered`, `外发记录 ${id} 未转入死信，无需重试`);
    }
    await tx.manager.query(`UPDATE delivery SET status = 'PENDING' WHERE id = $1`, [id]);
    await scheduleDelivery(tx.manager, id, row.channel);
    await tx.audit({
      entityType: 'Delivery',
      entityId: id,
      action: 'RETRY',
      before: { status: row.status, attempts: row.attempts },
      after: { status: 'PENDING' },
    });
    return deliveryOf({ ...row, status: 'PENDING' });
  });
}
