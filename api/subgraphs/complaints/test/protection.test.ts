import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasePersonalDataOlderThan } from '@dibao/complaints';
import {
  assigned,
  cast,
  closed,
  designateOfficers,
  receive,
  startComplaintsHarness,
  STATUS,
  type ComplaintsHarness,
} from './harness.js';

const NAME = '马福祥';
const PHONE = '13900001234';
const MESSAGE = `我叫${NAME}，电话${PHONE}，想补充材料`;

const IDENTITY = `query($id: ID!) { complaint(id: $id) { anonymous identity { name contact } } }`;
const REQUEST_REVEAL = `mutation($id: ID!, $reason: String!) { requestIdentityReveal(complaintId: $id, reason: $reason) { id status } }`;
const APPROVE_REVEAL = `mutation($id: ID!) { approveIdentityReveal(requestId: $id) { id status decidedBy } }`;
const REJECT_REVEAL = `mutation($id: ID!) { rejectIdentityReveal(requestId: $id, note: "理由不充分") { id status } }`;
const COMPLAINANT_SAYS = `mutation($code: String!, $text: String!) { sendComplainantMessage(receiptCode: $code, text: $text) { messages { author text } } }`;
const HANDLER_SAYS = `mutation($id: ID!, $text: String!) { sendHandlerMessage(complaintId: $id, text: $text) { author text } }`;

/** Every text column of every table of the schema, and the audit trail, as one string. */
async function everything(hub: ComplaintsHarness): Promise<string> {
  const tables = (await hub.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'complaints'`,
  )) as Array<{ table_name: string }>;
  const dumps: string[] = [];
  for (const { table_name } of tables) {
    const rows = await hub.dataSource.query(`SELECT t::text AS row FROM "${table_name}" t`);
    dumps.push(...rows.map((row: { row: string }) => row.row));
  }
  return dumps.join('\n');
}

describe('protection of complainants', () => {
  let hub: ComplaintsHarness;
  let named: { id: string; receiptCode: string };

  beforeAll(async () => {
    hub = await startComplaintsHarness('complaints_protection');
    await designateOfficers(hub);
    named = await assigned(hub, { complainant: { name: NAME, contact: PHONE }, rewardOptIn: true });
  });
  afterAll(async () => hub?.stop());

  it('keeps no plaintext name, phone or message anywhere in the database or the audit trail', async () => {
    await hub.run(COMPLAINANT_SAYS, null, { code: named.receiptCode, text: MESSAGE });
    const row = await hub.dataSource.query(`SELECT c::text AS row FROM complaint c WHERE id = $1`, [named.id]);
    expect(row[0].row).not.toContain(NAME);
    const identity = await hub.dataSource.query(
      `SELECT key_id, name_sealed, contact_sealed FROM complainant_identity WHERE complaint_id = $1`,
      [named.id],
    );
    expect(identity[0].key_id).toMatch(/^k1-[0-9a-f]{16}$/);
    expect(identity[0].name_sealed).not.toContain(NAME);
    // nonce (12) + tag (16) + ciphertext: base64 of at least 28 bytes.
    expect(Buffer.from(identity[0].name_sealed, 'base64').length).toBeGreaterThan(28);
    const dump = await everything(hub);
    for (const secret of [NAME, PHONE, '补充材料', named.receiptCode, named.receiptCode.replaceAll('-', '')]) {
      expect(dump).not.toContain(secret);
    }
    const audit = await hub.dataSource.query(`SELECT before::text || after::text AS body FROM audit_record`);
    expect(audit.map((r: { body: string }) => r.body).join('\n')).not.toContain(NAME);
  });

  it('binds sealed values to their row: a copied identity does not open', async () => {
    const other = await assigned(hub, { complainant: { name: '李四', contact: null } });
    await hub.dataSource.query(
      `UPDATE complainant_identity SET name_sealed = (SELECT name_sealed FROM complainant_identity WHERE complaint_id = $1)
       WHERE complaint_id = $2`,
      [named.id, other.id],
    );
    await hub.run(REQUEST_REVEAL, cast.townshipOfficer, { id: other.id, reason: '需要当面核实举报人提供的户主姓名。' });
    const [request] = await hub.dataSource.query(
      `SELECT id FROM identity_reveal_request WHERE complaint_id = $1 AND status = 'PENDING'`,
      [other.id],
    );
    await hub.run(APPROVE_REVEAL, cast.custodian, { id: request.id });
    const read = await hub.run(IDENTITY, cast.townshipOfficer, { id: other.id });
    expect(read.errors?.[0]?.message).toMatch(/unable to authenticate/);
    expect(read.data?.complaint.identity).toBeNull();
  });

  it('hides the identity from handlers without an approved reveal', async () => {
    for (const who of [cast.townshipOfficer, cast.countyDuty, cast.provinceHandler, cast.custodian]) {
      const read = await hub.run(IDENTITY, who, { id: named.id });
      expect(read.code, who.subject).toBe('FORBIDDEN');
      expect(read.data?.complaint).toEqual({ anonymous: false, identity: null });
    }
  });

  it('reveals it only after a custodian other than the requester approves, and audits every read', async () => {
    const reason = '举报人所述户名与户籍信息对不上，需当面核实。';
    expect((await hub.run(REQUEST_REVEAL, cast.townshipOfficer, { id: named.id, reason: '查看' })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await hub.run(REQUEST_REVEAL, cast.countyDuty, { id: named.id, reason })).code).toBe('FORBIDDEN');
    const requested = await hub.run(REQUEST_REVEAL, cast.townshipOfficer, { id: named.id, reason });
    expect(requested.data?.requestIdentityReveal.status).toBe('PENDING');
    const requestId = requested.data?.requestIdentityReveal.id as string;
    expect((await hub.run(REQUEST_REVEAL, cast.townshipOfficer, { id: named.id, reason })).code).toBe('CONFLICT');

    // Still hidden while pending; a county ADMIN is no custodian; the custodian sees the request.
    expect((await hub.run(IDENTITY, cast.townshipOfficer, { id: named.id })).code).toBe('FORBIDDEN');
    expect((await hub.run(APPROVE_REVEAL, cast.countyDirector, { id: requestId })).code).toBe('FORBIDDEN');
    const pending = await hub.run(
      `{ identityRevealRequests { edges { node { id reason requestedBy } } } }`,
      cast.custodian,
    );
    expect(pending.data?.identityRevealRequests.edges).toContainEqual({
      node: { id: requestId, reason, requestedBy: 'taer-petition-officer' },
    });

    const approved = await hub.run(APPROVE_REVEAL, cast.custodian, { id: requestId });
    expect(approved.data?.approveIdentityReveal).toEqual({
      id: requestId,
      status: 'APPROVED',
      decidedBy: 'province-custodian',
    });
    expect((await hub.run(APPROVE_REVEAL, cast.otherCustodian, { id: requestId })).code).toBe('CONFLICT');

    const read = await hub.run(IDENTITY, cast.townshipOfficer, { id: named.id });
    expect(read.data?.complaint.identity).toEqual({ name: NAME, contact: PHONE });
    await hub.run(IDENTITY, cast.townshipOfficer, { id: named.id });
    const reads = await hub.dataSource.query(
      `SELECT actor->>'subject' AS who, after FROM audit_record WHERE action = 'READ_IDENTITY' AND entity_id = $1`,
      [named.id],
    );
    expect(reads).toHaveLength(2);
    expect(reads[0]).toEqual({ who: 'taer-petition-officer', after: { revealRequestId: requestId, reason } });
    // Others still cannot read it: the approval is the requester's only.
    expect((await hub.run(IDENTITY, cast.custodian, { id: named.id })).code).toBe('FORBIDDEN');
    expect((await hub.run(IDENTITY, cast.countyDuty, { id: named.id })).code).toBe('FORBIDDEN');
  });

  it('refuses a custodian approving their own request, and records rejections', async () => {
    const custodianOwned = await receive(hub, cast.custodian, {
      regionCode: '630121',
      complainant: { name: '王五', contact: null },
    });
    const own = await hub.run(REQUEST_REVEAL, cast.custodian, {
      id: custodianOwned.id,
      reason: '需要联系举报人补充银行流水等证据材料。',
    });
    const ownId = own.data?.requestIdentityReveal.id as string;
    expect((await hub.run(APPROVE_REVEAL, cast.custodian, { id: ownId })).code).toBe('FORBIDDEN');
    expect((await hub.run(REJECT_REVEAL, cast.otherCustodian, { id: ownId })).data?.rejectIdentityReveal.status).toBe(
      'REJECTED',
    );
    expect((await hub.run(IDENTITY, cast.custodian, { id: custodianOwned.id })).code).toBe('FORBIDDEN');
    const anonymous = await receive(hub, cast.countyDuty);
    expect(
      (
        await hub.run(REQUEST_REVEAL, cast.countyDuty, {
          id: anonymous.id,
          reason: '需要联系举报人补充银行流水等证据。',
        })
      ).code,
    ).toBe('CONFLICT');
    expect((await hub.run(IDENTITY, cast.countyDuty, { id: anonymous.id })).data?.complaint).toEqual({
      anonymous: true,
      identity: null,
    });
  });

  it('answers the receipt code with status, feedback and messages only; a wrong code with null', async () => {
    const lookup = await hub.run(STATUS, null, { code: named.receiptCode });
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data?.complaintStatus).toMatchObject({
      status: 'ASSIGNED',
      statusLabel: { zh: '已交办', en: 'Assigned' },
      publicFeedback: null,
    });
    // Typed in lower case with spaces: the same code.
    const typed = named.receiptCode.toLowerCase().replaceAll('-', ' ');
    expect((await hub.run(STATUS, null, { code: typed })).data?.complaintStatus.status).toBe('ASSIGNED');
    expect(named.receiptCode).toMatch(/^([2-9A-HJKMNP-Z]{5}-){4}[2-9A-HJKMNP-Z]{5}$/);
    const wrong = await hub.run(STATUS, null, { code: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' });
    expect(wrong).toMatchObject({ data: { complaintStatus: null }, errors: undefined });
    expect((await hub.run(STATUS, null, { code: 'nonsense' })).data?.complaintStatus).toBeNull();
    // Nothing else can be asked for: the type has no region, owner, summary or identity.
    const probing = await hub.run(`query($code: String!) { complaintStatus(receiptCode: $code) { summary } }`, null, {
      code: named.receiptCode,
    });
    expect(probing.errors?.[0]?.message).toMatch(/Cannot query field "summary"/);
  });

  it('carries messages both ways while the complainant stays anonymous', async () => {
    const thread = await hub.run(COMPLAINANT_SAYS, null, { code: named.receiptCode, text: '请问有进展吗？' });
    expect(thread.data?.sendComplainantMessage.messages.at(-1)).toEqual({
      author: 'COMPLAINANT',
      text: '请问有进展吗？',
    });
    const reply = await hub.run(HANDLER_SAYS, cast.townshipOfficer, { id: named.id, text: '已入户核查，请耐心等待。' });
    expect(reply.data?.sendHandlerMessage).toEqual({ author: 'HANDLER', text: '已入户核查，请耐心等待。' });
    // A supervising handler above may write too; a handler of another county may not see the complaint.
    expect(
      (await hub.run(HANDLER_SAYS, cast.xiningHandler, { id: named.id, text: '市局已关注此事。' })).errors,
    ).toBeUndefined();
    expect((await hub.run(HANDLER_SAYS, cast.chengdong, { id: named.id, text: '你好' })).code).toBe('NOT_FOUND');
    const seen = await hub.run(STATUS, null, { code: named.receiptCode });
    const authors = seen.data?.complaintStatus.messages.map(
      (m: { author: string; text: string }) => `${m.author}:${m.text}`,
    );
    expect(authors.slice(-3)).toEqual([
      'COMPLAINANT:请问有进展吗？',
      'HANDLER:已入户核查，请耐心等待。',
      'HANDLER:市局已关注此事。',
    ]);
    const handlerView = await hub.run(
      `query($id: ID!) { complaint(id: $id) { messages { author text } } }`,
      cast.townshipOfficer,
      {
        id: named.id,
      },
    );
    expect(handlerView.data?.complaint.messages.map((m: { text: string }) => m.text)).toContain('请问有进展吗？');
    expect(
      (await hub.run(COMPLAINANT_SAYS, null, { code: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', text: '你好' })).data
        ?.sendComplainantMessage,
    ).toBeNull();
    const messageAudit = await hub.dataSource.query(
      `SELECT after FROM audit_record WHERE action = 'MESSAGE' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [named.id],
    );
    expect(Object.keys(messageAudit[0].after).sort()).toEqual(['author', 'characters', 'messageId']);
  });

  it('rate limits receipt-code use per caller address and per code, with RATE_LIMITED and 429', async () => {
    const strict = await startComplaintsHarness('complaints_rate_limit', {
      receiptLimits: { perClient: 3, perCode: 5, windowSeconds: 60 },
    });
    try {
      await designateOfficers(strict);
      const { receiptCode } = await receive(strict, cast.countyDuty);
      const from = (clientAddress: string) => strict.run(STATUS, null, { code: receiptCode }, { clientAddress });
      for (let n = 0; n < 3; n++) expect((await from('10.0.0.1')).data?.complaintStatus.status).toBe('RECEIVED');
      const limited = await from('10.0.0.1');
      expect(limited.code).toBe('RATE_LIMITED');
      expect(limited.errors?.[0]?.extensions).toMatchObject({ http: { status: 429 }, retryAfterSeconds: 60 });
      // Wrong guesses count too.
      const guesser = () =>
        strict.run(STATUS, null, { code: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' }, { clientAddress: '10.0.0.9' });
      for (let n = 0; n < 3; n++) expect((await guesser()).code).toBeUndefined();
      expect((await guesser()).code).toBe('RATE_LIMITED');
      // Another address may still ask, until the code itself has been asked for too often.
      expect((await from('10.0.0.2')).code).toBeUndefined();
      expect((await from('10.0.0.3')).code).toBeUndefined();
      expect((await from('10.0.0.4')).code).toBe('RATE_LIMITED');
      // Without the header every caller shares one budget.
      strict.clock.now = new Date(strict.clock.now.getTime() + 61_000);
      for (let n = 0; n < 3; n++) await strict.run(STATUS, null, { code: 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB' });
      expect((await strict.run(STATUS, null, { code: 'CCCCC-CCCCC-CCCCC-CCCCC-CCCCC' })).code).toBe('RATE_LIMITED');
      // The window slides.
      strict.clock.now = new Date(strict.clock.now.getTime() + 61_000);
      expect((await from('10.0.0.1')).code).toBeUndefined();
    } finally {
      await strict.stop();
    }
  });

  it('erases personal data after the retention period and keeps the statistics', async () => {
    hub.clock.now = new Date('2024-02-01T02:00:00Z');
    const old = await closed(hub, 'SUBSTANTIATED', 100_000, {
      complainant: { name: '赵六', contact: '13800009999' },
    });
    await hub.run(COMPLAINANT_SAYS, null, { code: old.receiptCode, text: '我是赵六，谢谢。' });
    await hub.run(
      `mutation($code: String!) { rateComplaintHandling(receiptCode: $code, satisfied: true, comment: "满意，赵六") { satisfied } }`,
      null,
      { code: old.receiptCode },
    );
    const statsQuery = `{ _entities(representations: [{ __typename: "Region", code: "630121" }]) { ... on Region {
      complaintStats(year: 2024) { received closed substantiated anonymous medianDaysToClose } } } }`;
    const before = await hub.run(statsQuery, cast.countyDuty);

    // Not yet: closed less than the retention period ago.
    expect(
      (await erasePersonalDataOlderThan(hub.dataSource, new Date('2024-12-01T00:00:00Z'), { retentionDays: 365 }))
        .complaints,
    ).toBe(0);
    const summary = await erasePersonalDataOlderThan(hub.dataSource, new Date('2025-03-01T00:00:00Z'), {
      retentionDays: 365,
    });
    expect(summary.complaints).toBe(1);
    expect(summary.identities).toBe(1);
    expect(
      await hub.count(`SELECT count(*)::int AS n FROM complainant_identity WHERE complaint_id = $1`, [old.id]),
    ).toBe(0);
    expect(
      await hub.count(
        `SELECT count(*)::int AS n FROM complaint_message WHERE complaint_id = $1 AND text_sealed IS NOT NULL`,
        [old.id],
      ),
    ).toBe(0);
    expect((await hub.run(STATUS, null, { code: old.receiptCode })).data?.complaintStatus).toBeNull();
    const after = await hub.run(statsQuery, cast.countyDuty);
    expect(after.data).toEqual(before.data);
    const read = await hub.run(
      `query($id: ID!) { complaint(id: $id) { status conclusion personalDataErasedAt messages { author text } ratings { satisfied comment } } }`,
      cast.townshipOfficer,
      { id: old.id },
    );
    expect(read.data?.complaint).toMatchObject({
      status: 'CLOSED',
      conclusion: 'SUBSTANTIATED',
      personalDataErasedAt: '2025-03-01T00:00:00.000Z',
      messages: [{ author: 'COMPLAINANT', text: null }],
      ratings: [{ satisfied: true, comment: null }],
    });
    const erasure = await hub.dataSource.query(
      `SELECT after FROM audit_record WHERE action = 'ERASE_PERSONAL_DATA' AND entity_id = $1`,
      [old.id],
    );
    expect(erasure[0].after).toMatchObject({ identityErased: true, messagesErased: 1, receiptCodeRevoked: true });
    // Idempotent; the ADMIN mutation erases within its scope and by the configured period.
    expect(
      (await erasePersonalDataOlderThan(hub.dataSource, new Date('2025-03-01T00:00:00Z'), { retentionDays: 365 }))
        .complaints,
    ).toBe(0);
    const viaApi = await hub.run(`mutation { eraseExpiredComplainantData { complaints } }`, cast.countyAdmin);
    // Everything past the period was erased just above, so the county's ADMIN finds nothing more to erase.
    expect(viaApi.data?.eraseExpiredComplainantData.complaints).toBe(0);
    expect((await hub.run(`mutation { eraseExpiredComplainantData { complaints } }`, cast.countyDuty)).code).toBe(
      'FORBIDDEN',
    );
  });
});
