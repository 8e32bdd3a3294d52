import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_ITEM,
  commendationOfHaidong,
  CREATE,
  criticismOfDatong,
  draftInput,
  ISSUE,
  principal,
  provincialReviewer,
  PUBLISH,
  startBulletinsHarness,
  type BulletinsHarness,
} from './harness.js';

const provincialViewer = principal('630000', ['VIEWER']);
const provincialGovernment = principal('630000', ['VIEWER'], 'GOVERNMENT');
const provincialDiscipline = principal('630000', ['DISCIPLINE_OFFICER'], 'DISCIPLINE_INSPECTION');
const haidongBureau = principal('630200', ['VIEWER']);
const datongBureau = principal('630121', ['REVIEWER']);
const xiningGovernment = principal('630100', ['VIEWER'], 'GOVERNMENT');

const READ = `query($id: ID!) { bulletin(id: $id) { id status title documentNumber
  items { kind category regionCode publicText } } }`;
const READ_INTERNAL = `query($id: ID!) { bulletin(id: $id) { id items { summary evidence { kind } } } }`;
const EVIDENCE = `query($id: ID!) { bulletin(id: $id) { items { regionCode evidence {
  position kind kindLabel { zh en } ref { id regionCode year } note year region { code }
  finding { id } incident { id } inspection { id } complaint { id } accountabilityCase { id } } } } }`;

describe('the bulletin workflow', () => {
  let hub: BulletinsHarness;
  let id: string;
  beforeAll(async () => {
    hub = await startBulletinsHarness('bulletins_workflow');
    const created = await hub.run(CREATE, provincialReviewer, { input: draftInput() });
    id = created.data?.createBulletinDraft.id;
  });
  afterAll(async () => hub?.stop());

  it('lets only a REVIEWER of the issuing civil affairs department write', async () => {
    expect((await hub.run(CREATE, provincialViewer, { input: draftInput() })).code).toBe('FORBIDDEN');
    expect((await hub.run(CREATE, principal('630000', ['REVIEWER'], 'GOVERNMENT'), { input: draftInput() })).code).toBe(
      'FORBIDDEN',
    );
    const forOther = await hub.run(CREATE, datongBureau, { input: draftInput({ issuer: '630000:CIVIL_AFFAIRS' }) });
    expect(forOther.code).toBe('FORBIDDEN');
    expect((await hub.run(CREATE, null, { input: draftInput() })).code).toBe('UNAUTHENTICATED');
    const notCivilAffairs = await hub.run(CREATE, provincialReviewer, {
      input: draftInput({ issuer: '630000:GOVERNMENT' }),
    });
    expect(notCivilAffairs.code).toBe('BAD_USER_INPUT');
    expect(
      (await hub.run(ADD_ITEM, datongBureau, { input: criticismOfDatong(id) })).code,
      'a county reviewer cannot see, let alone change, the province draft',
    ).toBe('NOT_FOUND');
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await hub.count('SELECT count(*) AS n FROM bulletin_item');
    const audits = await hub.count('SELECT count(*) AS n FROM audit_record');
    const mismatched = await hub.run(ADD_ITEM, provincialReviewer, {
      input: { ...criticismOfDatong(id), category: 'INNOVATION' },
    });
    expect(mismatched.code).toBe('BAD_USER_INPUT');
    const outside = await hub.run(ADD_ITEM, provincialReviewer, {
      input: { ...criticismOfDatong(id), regionCode: '620102' },
    });
    expect(outside.code).toBe('BAD_USER_INPUT');
    for (const evidence of [
      [{ kind: 'FINDING', ref: { regionCode: '630121', year: 2025 } }],
      [{ kind: 'COMPLAINT_STATS', ref: { id: 'x' } }],
      [{ kind: 'COMPLAINT_STATS', ref: { regionCode: '620100', year: 2025 } }],
      [
        { kind: 'INCIDENT', ref: { id: 'same' } },
        { kind: 'INCIDENT', ref: { id: 'same' } },
      ],
    ]) {
      const refused = await hub.run(ADD_ITEM, provincialReviewer, { input: { ...criticismOfDatong(id), evidence } });
      expect(refused.code, JSON.stringify(evidence)).toBe('BAD_USER_INPUT');
    }
    const period = await hub.run(CREATE, provincialReviewer, {
      input: draftInput({ periodFrom: '2025-12-01T00:00:00Z', periodTo: '2025-01-01T00:00:00Z' }),
    });
    expect(period.code).toBe('BAD_USER_INPUT');
    expect(await hub.count('SELECT count(*) AS n FROM bulletin_item')).toBe(before);
    expect(await hub.count('SELECT count(*) AS n FROM audit_record')).toBe(audits);
  });

  it('edits a draft and its items', async () => {
    const criticism = await hub.run(ADD_ITEM, provincialReviewer, { input: criticismOfDatong(id) });
    expect(criticism.data?.addBulletinItem).toMatchObject({ position: 1, kind: 'CRITICISM', regionCode: '630121' });
    const commendation = await hub.run(ADD_ITEM, provincialReviewer, { input: commendationOfHaidong(id) });
    expect(commendation.data?.addBulletinItem.position).toBe(2);
    const spare = await hub.run(ADD_ITEM, provincialReviewer, {
      input: { ...commendationOfHaidong(id), regionCode: '632200', evidence: [] },
    });
    const updated = await hub.run(
      `mutation($input: UpdateBulletinItemInput!) { updateBulletinItem(input: $input) { category publicText } }`,
      provincialReviewer,
      {
        input: { id: spare.data?.addBulletinItem.id, category: 'ADVANCED_EXPERIENCE', publicText: '海北州经验做法。' },
      },
    );
    expect(updated.data?.updateBulletinItem).toEqual({
      category: 'ADVANCED_EXPERIENCE',
      publicText: '海北州经验做法。',
    });
    const wrongKind = await hub.run(
      `mutation($input: UpdateBulletinItemInput!) { updateBulletinItem(input: $input) { id } }`,
      provincialReviewer,
      { input: { id: spare.data?.addBulletinItem.id, category: 'UNTIMELY_RELIEF' } },
    );
    expect(wrongKind.code).toBe('BAD_USER_INPUT');
    const removed = await hub.run(
      `mutation($id: ID!) { removeBulletinItem(id: $id) { items { regionCode } } }`,
      provincialReviewer,
      { id: spare.data?.addBulletinItem.id },
    );
    expect(removed.data?.removeBulletinItem.items).toEqual([{ regionCode: '630121' }, { regionCode: '630200' }]);
    const retitled = await hub.run(
      `mutation($input: UpdateBulletinDraftInput!) {
        updateBulletinDraft(input: $input) { title titleEn summaryEn audience } }`,
      provincialReviewer,
      {
        input: {
          id,
          title: '关于2025年全省城乡低保专项督察情况的通报（修改稿）',
          titleEn: '  Bulletin on the 2025 special inspections of dibao  ',
          summaryEn: 'What the inspections found.',
          audience: ['PREFECTURE_CIVIL_AFFAIRS', 'PREFECTURE_GOVERNMENTS'],
        },
      },
    );
    expect(retitled.data?.updateBulletinDraft).toMatchObject({
      title: '关于2025年全省城乡低保专项督察情况的通报（修改稿）',
      titleEn: 'Bulletin on the 2025 special inspections of dibao',
      summaryEn: 'What the inspections found.',
    });
  });

  it('takes an optional English title and summary with a draft, and an empty one removes it', async () => {
    const CREATE_ENGLISH = `mutation($input: CreateBulletinDraftInput!) {
      createBulletinDraft(input: $input) { id titleEn summaryEn } }`;
    const chineseOnly = await hub.run(CREATE_ENGLISH, provincialReviewer, { input: draftInput() });
    expect(chineseOnly.data?.createBulletinDraft).toMatchObject({ titleEn: null, summaryEn: null });
    const english = await hub.run(CREATE_ENGLISH, provincialReviewer, {
      input: draftInput({ titleEn: 'Bulletin in English', summaryEn: 'A summary.' }),
    });
    expect(english.data?.createBulletinDraft).toMatchObject({
      titleEn: 'Bulletin in English',
      summaryEn: 'A summary.',
    });
    const cleared = await hub.run(
      `mutation($input: UpdateBulletinDraftInput!) { updateBulletinDraft(input: $input) { titleEn summaryEn } }`,
      provincialReviewer,
      { input: { id: english.data?.createBulletinDraft.id, summaryEn: '' } },
    );
    expect(cleared.data?.updateBulletinDraft).toEqual({ titleEn: 'Bulletin in English', summaryEn: null });
    const tooLong = await hub.run(CREATE_ENGLISH, provincialReviewer, {
      input: draftInput({ titleEn: 'x'.repeat(301) }),
    });
    expect(tooLong.code).toBe('BAD_USER_INPUT');
    for (const draft of [chineseOnly, english]) {
      await hub.run(`mutation($id: ID!) { discardBulletinDraft(id: $id) }`, provincialReviewer, {
        id: draft.data?.createBulletinDraft.id,
      });
    }
  });

  it('keeps a draft within the issuing department and the levels above', async () => {
    expect((await hub.run(READ, provincialViewer, { id })).data?.bulletin.status).toBe('DRAFT');
    for (const reader of [null, haidongBureau, provincialGovernment, xiningGovernment]) {
      const read = await hub.run(READ, reader, { id });
      expect(read.errors, reader?.subject).toBeUndefined();
      expect(read.data?.bulletin, reader?.subject ?? 'anonymous').toBeNull();
    }
    const publishDraft = await hub.run(PUBLISH, provincialReviewer, { id });
    expect(publishDraft.code).toBe('CONFLICT');
  });

  it('issues: numbered, frozen, circulated to the audience', async () => {
    hub.clock.now = new Date('2025-12-12T03:00:00Z');
    const issued = await hub.run(ISSUE, provincialReviewer, { id });
    expect(issued.data?.issueBulletin).toMatchObject({ status: 'ISSUED', documentNumber: '青民发〔2025〕1号' });

    const item = await hub.run(ADD_ITEM, provincialReviewer, { input: commendationOfHaidong(id) });
    expect(item.code).toBe('CONFLICT');
    const edit = await hub.run(
      `mutation($input: UpdateBulletinDraftInput!) { updateBulletinDraft(input: $input) { id } }`,
      provincialReviewer,
      { input: { id, title: '改标题' } },
    );
    expect(edit.code).toBe('CONFLICT');
    expect(
      (await hub.run(`mutation($id: ID!) { discardBulletinDraft(id: $id) }`, provincialReviewer, { id })).code,
    ).toBe('CONFLICT');
    // The database refuses it too.
    await expect(hub.dataSource.query(`UPDATE bulletin SET title = 'x' WHERE id = $1`, [id])).rejects.toThrow(
      /cannot change/,
    );
    await expect(hub.dataSource.query(`DELETE FROM bulletin_item WHERE bulletin_id = $1`, [id])).rejects.toThrow(
      /cannot change/,
    );

    // Audience: prefecture bureaus and governments below the issuer; not the provincial government (not named).
    for (const reader of [haidongBureau, datongBureau, xiningGovernment, provincialViewer]) {
      const read = await hub.run(READ_INTERNAL, reader, { id });
      expect(read.errors, reader.subject).toBeUndefined();
      expect(read.data?.bulletin.items[0].summary, reader.subject).toBe('复核发现平分低保金问题仍未整改到位。');
    }
    for (const reader of [null, provincialGovernment, provincialDiscipline]) {
      expect((await hub.run(READ, reader, { id })).data?.bulletin, reader?.subject ?? 'anonymous').toBeNull();
    }
    const listed = await hub.run(
      `{ bulletins(status: ISSUED) { totalCount edges { node { documentNumber } } } }`,
      haidongBureau,
    );
    expect(listed.data?.bulletins).toEqual({
      totalCount: 1,
      edges: [{ node: { documentNumber: '青民发〔2025〕1号' } }],
    });
    expect((await hub.run(`{ bulletins { totalCount } }`, provincialGovernment)).data?.bulletins.totalCount).toBe(0);
    expect((await hub.run(`{ bulletins { totalCount } }`, null)).code).toBe('UNAUTHENTICATED');
    expect((await hub.run(`{ publishedBulletins { totalCount } }`, null)).data?.publishedBulletins.totalCount).toBe(0);
  });

  it('leads from an item to its evidence in the other subgraphs', async () => {
    const read = await hub.run(EVIDENCE, provincialViewer, { id });
    const [datong, haidong] = read.data?.bulletin.items ?? [];
    expect(datong.evidence).toEqual([
      {
        position: 1,
        kind: 'FINDING',
        kindLabel: { zh: '专项督察发现问题', en: 'Inspection finding' },
        ref: { id: 'f0000000-0000-4000-8000-000000000001', regionCode: null, year: null },
        note: '平分低保金',
        year: null,
        region: null,
        finding: { id: 'f0000000-0000-4000-8000-000000000001' },
        incident: null,
        inspection: null,
        complaint: null,
        accountabilityCase: null,
      },
      {
        position: 2,
        kind: 'COMPLAINT_STATS',
        kindLabel: { zh: '投诉举报统计', en: 'Complaint statistics' },
        ref: { id: null, regionCode: '630121', year: 2025 },
        note: null,
        year: 2025,
        region: { code: '630121' },
        finding: null,
        incident: null,
        inspection: null,
        complaint: null,
        accountabilityCase: null,
      },
      expect.objectContaining({ kind: 'INCIDENT', incident: { id: 'i0000000-0000-4000-8000-000000000002' } }),
    ]);
    expect(haidong.evidence).toEqual([
      expect.objectContaining({ kind: 'REPORT_SUMMARY', region: { code: '630200' }, year: 2025 }),
    ]);
  });

  it('publishes as a separate act; then anyone reads the public fields, never the internal ones', async () => {
    hub.clock.now = new Date('2025-12-18T02:00:00Z');
    const published = await hub.run(PUBLISH, provincialReviewer, { id });
    expect(published.data?.publishBulletin).toEqual({
      id,
      status: 'PUBLISHED',
      publishedAt: '2025-12-18T02:00:00.000Z',
    });
    expect((await hub.run(PUBLISH, provincialReviewer, { id })).code).toBe('CONFLICT');

    const anonymous = await hub.run(READ, null, { id });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.bulletin).toMatchObject({ status: 'PUBLISHED', documentNumber: '青民发〔2025〕1号' });
    expect(anonymous.data?.bulletin.items.map((item: any) => item.regionCode)).toEqual(['630121', '630200']);

    const internal = await hub.run(READ_INTERNAL, null, { id });
    expect(internal.code).toBe('UNAUTHENTICATED');
    expect(internal.data?.bulletin.items).toEqual([
      { summary: null, evidence: null },
      { summary: null, evidence: null },
    ]);
    const outsider = await hub.run(READ_INTERNAL, provincialDiscipline, { id });
    expect(outsider.code).toBe('FORBIDDEN');
    expect(outsider.data?.bulletin.items[0].summary).toBeNull();
    expect((await hub.run(READ_INTERNAL, haidongBureau, { id })).errors).toBeUndefined();

    const list = await hub.run(
      `{ publishedBulletins(year: 2025) { totalCount edges { node { documentNumber title titleEn issuer { id } issuerRegion { code } } } } }`,
      null,
    );
    expect(list.data?.publishedBulletins).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            documentNumber: '青民发〔2025〕1号',
            title: '关于2025年全省城乡低保专项督察情况的通报（修改稿）',
            titleEn: 'Bulletin on the 2025 special inspections of dibao',
            issuer: { id: '630000:CIVIL_AFFAIRS' },
            issuerRegion: { code: '630000' },
          },
        },
      ],
    });
  });

  it("shows a region's commendations and criticisms, published ones to everyone", async () => {
    const draft = await hub.run(CREATE, provincialReviewer, { input: draftInput({ title: '另一份草稿' }) });
    await hub.run(ADD_ITEM, provincialReviewer, { input: criticismOfDatong(draft.data?.createBulletinDraft.id) });
    const ITEMS = `query($published: Boolean, $kind: BulletinItemKind) { _entities(representations: [
      { __typename: "Region", code: "630100" }, { __typename: "Region", code: "630200" }, { __typename: "Region", code: "632200" }
    ]) { ... on Region { code bulletinItems(published: $published, kind: $kind) { edges { node { regionCode kind categoryLabel { zh } bulletin { status } } } } } } }`;
    const flat = (result: { data?: any }) =>
      result.data?._entities.map((region: any) => ({
        ...region,
        bulletinItems: region.bulletinItems.edges.map((edge: any) => edge.node),
      }));
    const everyone = await hub.run(ITEMS, null, {});
    expect(flat(everyone)).toEqual([
      {
        code: '630100',
        bulletinItems: [
          {
            regionCode: '630121',
            kind: 'CRITICISM',
            categoryLabel: { zh: '工作进展缓慢' },
            bulletin: { status: 'PUBLISHED' },
          },
        ],
      },
      {
        code: '630200',
        bulletinItems: [
          {
            regionCode: '630200',
            kind: 'COMMENDATION',
            categoryLabel: { zh: '创新做法' },
            bulletin: { status: 'PUBLISHED' },
          },
        ],
      },
      { code: '632200', bulletinItems: [] },
    ]);
    const official = await hub.run(ITEMS, provincialViewer, {});
    expect(flat(official)[0].bulletinItems.map((item: any) => item.bulletin.status)).toEqual(['DRAFT', 'PUBLISHED']);
    const publishedOnly = await hub.run(ITEMS, provincialViewer, { published: true, kind: 'CRITICISM' });
    expect(flat(publishedOnly).map((region: any) => region.bulletinItems.length)).toEqual([1, 0, 0]);
  });

  it('resolves references to bulletins and items for the gateway, as far as the caller may read them', async () => {
    const items = await hub.run(READ, provincialViewer, { id });
    const draftId = (
      await hub.run(`{ bulletins(status: DRAFT) { edges { node { id items { id } } } } }`, provincialViewer)
    ).data?.bulletins.edges[0].node;
    const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Bulletin { id status } ... on BulletinItem { id publicText } } }`;
    const representations = [
      { __typename: 'Bulletin', id },
      { __typename: 'Bulletin', id: draftId.id },
      { __typename: 'BulletinItem', id: draftId.items[0].id },
      { __typename: 'Bulletin', id: 'not-a-uuid' },
    ];
    const anonymous = await hub.run(ENTITIES, null, { representations });
    expect(anonymous.data?._entities).toEqual([{ id, status: 'PUBLISHED' }, null, null, null]);
    const official = await hub.run(ENTITIES, provincialViewer, { representations });
    expect(official.data?._entities[1]).toEqual({ id: draftId.id, status: 'DRAFT' });
    expect(items.errors).toBeUndefined();
  });

  it('audits every change', async () => {
    const actions = (await hub.dataSource.query(
      `SELECT entity_type, action FROM audit_record WHERE entity_id = $1 ORDER BY seq`,
      [id],
    )) as Array<{ entity_type: string; action: string }>;
    expect(actions.map((row) => `${row.entity_type}:${row.action}`)).toEqual([
      'Bulletin:CREATE_DRAFT',
      'Bulletin:UPDATE_DRAFT',
      'Bulletin:ISSUE',
      'Bulletin:PUBLISH',
    ]);
    expect(await hub.count(`SELECT count(*) AS n FROM audit_record WHERE entity_type = 'BulletinItem'`)).toBe(6);
  });
});
