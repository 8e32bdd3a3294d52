import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_ITEM,
  CREATE,
  criticismOfDatong,
  draftInput,
  draftWithItem,
  ISSUE,
  principal,
  provincialReviewer,
  startBulletinsHarness,
  type BulletinsHarness,
} from './harness.js';

const xiningReviewer = principal('630100', ['REVIEWER']);

describe('document numbers', () => {
  let hub: BulletinsHarness;
  beforeAll(async () => {
    hub = await startBulletinsHarness('bulletins_numbering');
  });
  afterAll(async () => hub?.stop());

  it("numbers an issuer's documents 1, 2, 3… in the year of issue, under its prefix", async () => {
    hub.clock.now = new Date('2025-03-10T02:00:00Z');
    const first = await hub.run(ISSUE, provincialReviewer, { id: await draftWithItem(hub) });
    expect(first.data?.issueBulletin).toMatchObject({
      status: 'ISSUED',
      documentNumber: '青民发〔2025〕1号',
      documentYear: 2025,
      documentSerial: 1,
    });
    const second = await hub.run(ISSUE, provincialReviewer, { id: await draftWithItem(hub) });
    expect(second.data?.issueBulletin.documentNumber).toBe('青民发〔2025〕2号');
  });

  it('gives drafts no number, so a dropped draft leaves no gap', async () => {
    const draft = await draftWithItem(hub);
    const read = await hub.run(
      `query($id: ID!) { bulletin(id: $id) { documentNumber documentYear } }`,
      provincialReviewer,
      {
        id: draft,
      },
    );
    expect(read.data?.bulletin).toEqual({ documentNumber: null, documentYear: null });
    await hub.run(`mutation($id: ID!) { discardBulletinDraft(id: $id) }`, provincialReviewer, { id: draft });
    const next = await hub.run(ISSUE, provincialReviewer, { id: await draftWithItem(hub) });
    expect(next.data?.issueBulletin.documentNumber).toBe('青民发〔2025〕3号');
  });

  it('refuses to issue an empty draft, and the refusal takes no number', async () => {
    const empty = await hub.run(CREATE, provincialReviewer, { input: draftInput() });
    const refused = await hub.run(ISSUE, provincialReviewer, { id: empty.data?.createBulletinDraft.id });
    expect(refused.code).toBe('CONFLICT');
    const next = await hub.run(ISSUE, provincialReviewer, { id: await draftWithItem(hub) });
    expect(next.data?.issueBulletin.documentSerial).toBe(4);
  });

  it('numbers each issuer on its own, with a default prefix until one is configured', async () => {
    const created = await hub.run(CREATE, xiningReviewer, {
      input: draftInput({ issuer: '630100:CIVIL_AFFAIRS', title: '关于2025年全市低保工作情况的通报' }),
    });
    const id = created.data?.createBulletinDraft.id;
    await hub.run(ADD_ITEM, xiningReviewer, { input: criticismOfDatong(id) });
    const issued = await hub.run(ISSUE, xiningReviewer, { id });
    expect(issued.data?.issueBulletin.documentNumber).toBe('630100民发〔2025〕1号');

    const prefix = await hub.run(
      `mutation { setDocumentPrefix(issuer: "630100:CIVIL_AFFAIRS", prefix: "宁民发") }`,
      xiningReviewer,
    );
    expect(prefix.data?.setDocumentPrefix).toBe('宁民发');
    expect(
      (await hub.run(`{ documentPrefix(issuer: "630100:CIVIL_AFFAIRS") }`, xiningReviewer)).data?.documentPrefix,
    ).toBe('宁民发');
    const again = await hub.run(CREATE, xiningReviewer, { input: draftInput({ title: '关于第二次督察情况的通报' }) });
    await hub.run(ADD_ITEM, xiningReviewer, { input: criticismOfDatong(again.data?.createBulletinDraft.id) });
    const second = await hub.run(ISSUE, xiningReviewer, { id: again.data?.createBulletinDraft.id });
    expect(second.data?.issueBulletin.documentNumber).toBe('宁民发〔2025〕2号');
    // The documents already issued keep the number they went out with.
    const first = await hub.run(`query($id: ID!) { bulletin(id: $id) { documentNumber } }`, xiningReviewer, { id });
    expect(first.data?.bulletin.documentNumber).toBe('630100民发〔2025〕1号');

    const badPrefix = await hub.run(
      `mutation { setDocumentPrefix(issuer: "630100:CIVIL_AFFAIRS", prefix: "宁 民〔发〕") }`,
      xiningReviewer,
    );
    expect(badPrefix.code).toBe('BAD_USER_INPUT');
    const notTheirs = await hub.run(
      `mutation { setDocumentPrefix(issuer: "630000:CIVIL_AFFAIRS", prefix: "青民函") }`,
      xiningReviewer,
    );
    expect(notTheirs.code).toBe('FORBIDDEN');
  });

  it('starts again at 1 in a new Beijing year', async () => {
    // 00:30 on 1 January 2026 in Beijing is still 2025 in UTC.
    hub.clock.now = new Date('2025-12-31T16:30:00Z');
    const issued = await hub.run(ISSUE, provincialReviewer, { id: await draftWithItem(hub) });
    expect(issued.data?.issueBulletin.documentNumber).toBe('青民发〔2026〕1号');
    hub.clock.now = new Date('2025-12-12T03:00:00Z');
  });

  it('gives concurrent issues distinct numbers without gaps', async () => {
    hub.clock.now = new Date('2025-06-01T03:00:00Z');
    const drafts = await Promise.all(Array.from({ length: 6 }, () => draftWithItem(hub)));
    const issued = await Promise.all(drafts.map((id) => hub.run(ISSUE, provincialReviewer, { id })));
    expect(issued.map((result) => result.errors)).toEqual(drafts.map(() => undefined));
    const serials = issued.map((result) => result.data?.issueBulletin.documentSerial as number).sort((a, b) => a - b);
    expect(serials).toEqual([5, 6, 7, 8, 9, 10]);
    const numbers = await hub.dataSource.query(
      `SELECT document_serial FROM bulletin WHERE issuer_id = '630000:CIVIL_AFFAIRS' AND document_year = 2025
       ORDER BY document_serial`,
    );
    expect(numbers.map((row: { document_serial: number }) => row.document_serial)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('issues a draft once: a second issue, even concurrent, is CONFLICT', async () => {
    const id = await draftWithItem(hub);
    const [a, b] = await Promise.all([
      hub.run(ISSUE, provincialReviewer, { id }),
      hub.run(ISSUE, provincialReviewer, { id }),
    ]);
    const codes = [a.code, b.code];
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(1);
    expect(
      await hub.count(`SELECT count(*) AS n FROM audit_record WHERE entity_id = $1 AND action = 'ISSUE'`, [id]),
    ).toBe(1);
  });
});
