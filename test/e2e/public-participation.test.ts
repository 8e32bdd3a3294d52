import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';

/*
 * Public participation through the real gateway: online complaints by the GraphQL path (proof of work) and by
 * the plain-form path (a confirmation page and a short wait), the limits on both, the follow-up with the
 * receipt code (status, deadlines, reply, rating), and observations of volunteer supervisors and contracted
 * organisations entering the complaint flow, with contract deliverables counted against their terms.
 */

// Read by the complaints subgraph when the hub is imported: a light proof of work and a short wait, so the
// test runs quickly; the checks are the same at any difficulty.
process.env.COMPLAINTS_ONLINE_WORK_BITS = '10';
process.env.COMPLAINTS_ONLINE_FORM_WAIT_SECONDS = '4';
process.env.COMPLAINTS_ONLINE_PER_CLIENT = '4';

const DATONG = '630121';
const CHALLENGE = `query($lane: String!) { complaintChallenge(lane: $lane) { token lane difficultyBits notBefore expiresAt } }`;
const SUBMIT = `mutation($input: OnlineComplaintInput!, $proof: ChallengeProofInput!) {
  submitOnlineComplaint(input: $input, proof: $proof) { receiptCode receivedAt regionCode category anonymous deadlines { kind dueAt } } }`;
const STATUS = `query($code: String!) { complaintStatus(receiptCode: $code) {
  status canRate publicFeedback deadlines { kind dueAt metAt overdue } messages { author text } } }`;

function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** What the site's script does in the browser: SHA-256(token ":" counter) until enough zero bits. */
function solve(token: string, bits: number): string {
  for (let counter = 0; ; counter++) {
    const digest = createHash('sha256')
      .update(`${token}:${counter.toString(36)}`)
      .digest();
    if (leadingZeroBits(digest) >= bits) return counter.toString(36);
  }
}

const input = (summary: string, extra: Record<string, unknown> = {}) => ({
  regionCode: DATONG,
  category: 'EQUAL_SPLITTING',
  summary,
  rewardOptIn: false,
  ...extra,
});

let hub: TestHub;
/** Each caller address gets its own limits: tests that are not about limits use fresh ones. */
let addressCounter = 0;
const freshAddress = () => `203.0.113.${++addressCounter}`;

async function graphql<T>(query: string, variables: Record<string, unknown>, address: string) {
  // The gateway overwrites x-client-address from the connection, so limits in one test would spill into
  // others; the subgraph is called directly for those (as the gateway would), the gateway path below.
  const response = await fetch(hub.runtime.subgraphs.find((s) => s.name === 'complaints')!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gateway-secret': hub.gatewaySecret, 'x-client-address': address },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions: Record<string, any> }> };
}

async function challenge(address: string, lane = 'WORK') {
  const answer = await graphql<{ complaintChallenge: { token: string; difficultyBits: number; notBefore: string } }>(
    CHALLENGE,
    { lane },
    address,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.complaintChallenge;
}

async function postForm(path: string, fields: Record<string, string>) {
  const response = await fetch(new URL(path, hub.gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

beforeAll(async () => {
  const { startTestHub } = await import('../support/hub.js');
  hub = await startTestHub('e2e_public_participation');
});
afterAll(async () => hub?.stop());

describe('online complaints through the gateway', () => {
  it('files an anonymous complaint with a proof of work, exactly as the hotline registers one', async () => {
    const issued = await challenge(freshAddress());
    expect(issued.difficultyBits).toBe(10);
    const body = {
      query: SUBMIT,
      variables: {
        input: input('村里把低保金平均分给每户，不按困难程度发放。'),
        proof: { token: issued.token, solution: solve(issued.token, 10) },
      },
    };
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { data: any; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    const receipt = answer.data.submitOnlineComplaint;
    expect(receipt.receiptCode).toMatch(/^[2-9A-Z]{5}(-[2-9A-Z]{5}){4}$/);
    expect(receipt.anonymous).toBe(true);
    expect(receipt.deadlines.map((deadline: { kind: string }) => deadline.kind)).toEqual(['ACKNOWLEDGE', 'CONCLUDE']);
    const received = Date.parse(receipt.receivedAt);
    // Stamped by the one deadline function: the conclude limit of the rules in force for Datong today.
    const today = new Date(received + 8 * 3600_000).toISOString().slice(0, 10);
    const rules = await hub.query<any>(
      `{ region(code: "${DATONG}") { rules(on: "${today}") { rules { key value } } } }`,
    );
    const concludeDays = Number(
      rules.data!.region.rules.rules.find((rule: { key: string }) => rule.key === 'complaintConcludeDays').value,
    );
    expect(concludeDays).toBeGreaterThan(0);
    expect(Date.parse(receipt.deadlines[1].dueAt) - received).toBe(concludeDays * 86_400_000);

    // The record: channel ONLINE, owned by rule by Datong's designated petition officer, with an INTAKE record.
    const [row] = await hub.adminQuery(
      `SELECT c.channel, c.owner_subject, c.owner_region_code, c.status, c.receipt_hash, p.officer_subject,
              (SELECT count(*)::int FROM complaints.complaint_ownership_transfer t WHERE t.complaint_id = c.id AND t.kind = 'INTAKE') AS intakes,
              (SELECT count(*)::int FROM complaints.complainant_identity i WHERE i.complaint_id = c.id) AS identities
         FROM complaints.complaint c JOIN complaints.petition_officer p ON p.region_code = c.region_code
        WHERE c.summary LIKE '村里把低保金平均分%'`,
    );
    expect(row).toMatchObject({
      channel: 'ONLINE',
      owner_region_code: DATONG,
      status: 'RECEIVED',
      intakes: 1,
      identities: 0,
    });
    expect(row.owner_subject).toBe(row.officer_subject);
    expect(row.receipt_hash).not.toContain(receipt.receiptCode.replaceAll('-', ''));

    // The complainant follows it up with the code.
    const status = await hub.query<any>(STATUS, { code: receipt.receiptCode });
    expect(status.data!.complaintStatus).toMatchObject({ status: 'RECEIVED', canRate: false, messages: [] });
    expect(status.data!.complaintStatus.deadlines).toHaveLength(2);
  });

  it('seals a named complainant’s identity and never writes it to the audit trail', async () => {
    const address = freshAddress();
    const issued = await challenge(address);
    const answer = await graphql<any>(
      SUBMIT,
      {
        input: input('低保评审时村干部优先照顾亲戚，存在关系保。', {
          category: 'RELATIONSHIP_BASED',
          complainant: { name: '测试举报人甲', contact: '13800000000' },
        }),
        proof: { token: issued.token, solution: solve(issued.token, issued.difficultyBits) },
      },
      address,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.submitOnlineComplaint.anonymous).toBe(false);
    const sealed = await hub.adminQuery(
      `SELECT i.name_sealed, i.contact_sealed FROM complaints.complainant_identity i
         JOIN complaints.complaint c ON c.id = i.complaint_id WHERE c.summary LIKE '低保评审时村干部优先%'`,
    );
    expect(sealed).toHaveLength(1);
    expect(JSON.stringify(sealed)).not.toContain('测试举报人甲');
    expect(JSON.stringify(sealed)).not.toContain('13800000000');
    const audit = await hub.adminQuery(
      `SELECT count(*)::int AS n FROM complaints.audit_record WHERE after::text LIKE '%测试举报人甲%' OR after::text LIKE '%13800000000%'`,
    );
    expect(audit[0].n).toBe(0);
  });

  it('refuses a missing or wrong proof of work, a forged token and a token used twice, writing nothing', async () => {
    const address = freshAddress();
    const before = (await hub.adminQuery(`SELECT count(*)::int AS n FROM complaints.complaint`))[0].n;
    const issued = await challenge(address);
    const summary = '工作量证明不正确的提交不应被登记。';
    // A solution that does not reach the difficulty: the first counter whose digest falls short.
    let counter = 0;
    while (leadingZeroBits(createHash('sha256').update(`${issued.token}:${counter}`).digest()) >= 10) counter++;
    const wrong = String(counter);
    const refusals = [
      { token: issued.token },
      { token: issued.token, solution: wrong },
      { token: `${issued.token.split('.')[0]}.${'A'.repeat(43)}`, solution: '1' },
    ];
    for (const proof of refusals) {
      const answer = await graphql<any>(SUBMIT, { input: input(summary), proof }, address);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CHALLENGE_REFUSED' });
    }
    const solution = solve(issued.token, issued.difficultyBits);
    const first = await graphql<any>(
      SUBMIT,
      { input: input(summary), proof: { token: issued.token, solution } },
      address,
    );
    expect(first.errors).toBeUndefined();
    const again = await graphql<any>(
      SUBMIT,
      { input: input(summary), proof: { token: issued.token, solution } },
      address,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CHALLENGE_REFUSED' });
    expect((await hub.adminQuery(`SELECT count(*)::int AS n FROM complaints.complaint`))[0].n).toBe(before + 1);
  });

  it('limits submissions per caller address (429 RATE_LIMITED) and leaves other addresses alone', async () => {
    const address = freshAddress();
    const results: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const issued = await challenge(address);
      const answer = await graphql<any>(
        SUBMIT,
        {
          input: input(`同一地址的第 ${attempt + 1} 次网上投诉内容。`),
          proof: { token: issued.token, solution: solve(issued.token, 10) },
        },
        address,
      );
      results.push(answer.errors?.[0]?.extensions.code ?? 'FILED');
    }
    expect(results).toEqual(['FILED', 'FILED', 'FILED', 'FILED', 'RATE_LIMITED']);
    const other = freshAddress();
    const issued = await challenge(other);
    const answer = await graphql<any>(
      SUBMIT,
      { input: input('另一个地址的网上投诉内容。'), proof: { token: issued.token, solution: solve(issued.token, 10) } },
      other,
    );
    expect(answer.errors).toBeUndefined();
  });

  it('refuses an oversized summary and a region that is not a county or township', async () => {
    const address = freshAddress();
    const issued = await challenge(address);
    const proof = { token: issued.token, solution: solve(issued.token, 10) };
    const long = await graphql<any>(SUBMIT, { input: input('很'.repeat(5001)), proof }, address);
    expect(long.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const province = await graphql<any>(
      SUBMIT,
      { input: input('省级地区不能作为被反映地区。', { regionCode: '630000' }), proof },
      address,
    );
    expect(province.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // Neither spent the challenge.
    const filed = await graphql<any>(SUBMIT, { input: input('验证凭据未被前面的错误输入消耗。'), proof }, address);
    expect(filed.errors).toBeUndefined();
  });
});

describe('no identity in any log', () => {
  it('writes nothing of a named complainant to the processes’ output, whether the filing succeeds or is refused', async () => {
    const name = '日志检查举报人乙';
    const contact = '13912345678';
    const captured: string[] = [];
    const streams = [process.stdout, process.stderr] as const;
    const originals = streams.map((stream) => stream.write.bind(stream));
    const consoles = (['log', 'info', 'warn', 'error', 'debug'] as const).map(
      (level) => [level, console[level]] as const,
    );
    streams.forEach((stream) => {
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        captured.push(String(chunk));
        return (originals[streams.indexOf(stream)] as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
    });
    for (const [level] of consoles) console[level] = (...args: unknown[]) => captured.push(args.map(String).join(' '));
    try {
      const address = freshAddress();
      const summary = '日志检查：低保审批未公示。';
      const issued = await challenge(address);
      const proof = { token: issued.token, solution: solve(issued.token, issued.difficultyBits) };
      // Refused: the contact is too long, the name is in the input.
      const refused = await graphql<any>(
        SUBMIT,
        { input: input(summary, { complainant: { name, contact: contact.repeat(20) } }), proof },
        address,
      );
      expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const filed = await graphql<any>(
        SUBMIT,
        { input: input(summary, { complainant: { name, contact } }), proof },
        address,
      );
      expect(filed.errors).toBeUndefined();
      // And through the gateway's form route, refused (no challenge answer yet) and confirmed.
      const form = {
        lang: 'zh-CN',
        regionCode: DATONG,
        category: 'IRREGULAR_PROCEDURE',
        summary,
        anonymous: 'no',
        name,
        contact,
      };
      const confirm = await postForm('/public/complaints', form);
      expect(confirm.status).toBe(200);
      const bogus = await postForm('/public/complaints', { ...form, token: 'forged.token' });
      expect(bogus.status).toBe(400);
    } finally {
      streams.forEach((stream, index) => (stream.write = originals[index] as typeof stream.write));
      for (const [level, original] of consoles) console[level] = original;
    }
    const output = captured.join('\n');
    expect(output).not.toContain(name);
    expect(output).not.toContain(contact);
  });
});

describe('the plain-form path for browsers without JavaScript', () => {
  const fields = {
    lang: 'zh-CN',
    regionCode: DATONG,
    category: 'WRONGLY_INCLUDED',
    summary: '某村有家庭条件很好的人家也领取低保。<script>alert(1)</script>',
    anonymous: 'yes',
  };

  it('confirms, makes the sender wait, then files and answers a printable receipt page', async () => {
    const confirm = await postForm('/public/complaints', fields);
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get('cache-control')).toBe('no-store');
    expect(confirm.html).toContain('确认提交');
    // What the sender wrote is shown escaped, never as markup.
    expect(confirm.html).not.toContain('<script>alert(1)</script>');
    expect(confirm.html).toContain('&#60;script&#62;');
    const token = /name="token" value="([^"]+)"/.exec(confirm.html)![1]!;

    const early = await postForm('/public/complaints', { ...fields, token });
    expect(early.status).toBe(425);
    expect(early.html).toContain('请再等待');

    await new Promise((resolve) => setTimeout(resolve, 4100));
    const filed = await postForm('/public/complaints', { ...fields, token });
    expect(filed.status).toBe(201);
    const code = /id="receipt-code">([^<]+)</.exec(filed.html)![1]!;
    expect(code).toMatch(/^[2-9A-Z]{5}(-[2-9A-Z]{5}){4}$/);
    expect(filed.html).toContain('@media print');
    const proof = /href="data:text\/plain;charset=utf-8;base64,([^"]+)"/.exec(filed.html)![1]!;
    expect(Buffer.from(proof, 'base64').toString('utf8')).toContain(code);

    // The same token cannot file twice.
    const replay = await postForm('/public/complaints', { ...fields, token });
    expect(replay.status).toBe(400);

    // Follow-up: status, a reply, and the thread with it.
    const status = await postForm('/public/follow-up', { lang: 'en', receiptCode: code, action: 'status' });
    expect(status.status).toBe(200);
    expect(status.html).toContain('Received');
    const reply = await postForm('/public/follow-up', {
      lang: 'en',
      receiptCode: code,
      action: 'message',
      text: 'The household has two cars.',
    });
    expect(reply.html).toContain('Your message was sent.');
    expect(reply.html).toContain('The household has two cars.');
    const wrong = await postForm('/public/follow-up', { lang: 'zh-CN', receiptCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' });
    expect(wrong.status).toBe(404);
  });

  it('refuses bodies over the size limit and other content types', async () => {
    const big = await postForm('/public/complaints', { ...fields, summary: '很'.repeat(30_000) });
    expect(big.status).toBe(413);
    const json = await fetch(new URL('/public/complaints', hub.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
  });
});

describe('rating a closed complaint with the receipt code', () => {
  it('shows feedback, takes one rating, and an unsatisfied one opens a review', async () => {
    const address = freshAddress();
    const issued = await challenge(address);
    const filed = await graphql<any>(
      SUBMIT,
      { input: input('需要办结后评价的网上投诉。'), proof: { token: issued.token, solution: solve(issued.token, 10) } },
      address,
    );
    const code = filed.data.submitOnlineComplaint.receiptCode as string;
    const [{ id, owner_subject: officer }] = await hub.adminQuery(
      `SELECT id, owner_subject FROM complaints.complaint WHERE summary = '需要办结后评价的网上投诉。'`,
    );
    const token = await hub.token({ subject: officer, region: DATONG, roles: ['COMPLAINT_HANDLER'] });
    const steps = [
      `mutation { acceptHandover(complaintId: "${id}") { status } }`,
      `mutation { startComplaintInvestigation(complaintId: "${id}") { status } }`,
      `mutation { concludeComplaint(input: { complaintId: "${id}", conclusion: SUBSTANTIATED, findings: "属实，已纠正。" }) { status } }`,
      `mutation { closeComplaint(complaintId: "${id}", publicFeedback: "经核查属实，已取消不符合条件家庭的低保。") { status } }`,
    ];
    for (const step of steps) {
      const answer = await hub.query(step, {}, token);
      expect(answer.errors, step).toBeUndefined();
    }
    const closed = await postForm('/public/follow-up', { lang: 'zh-CN', receiptCode: code });
    expect(closed.html).toContain('经核查属实');
    expect(closed.html).toContain('评价办理情况');
    const rated = await postForm('/public/follow-up', {
      lang: 'zh-CN',
      receiptCode: code,
      action: 'rate',
      satisfied: 'no',
    });
    expect(rated.html).toContain('已提请上级复查');
    expect(rated.html).not.toContain('评价办理情况');
    const twice = await postForm('/public/follow-up', {
      lang: 'zh-CN',
      receiptCode: code,
      action: 'rate',
      satisfied: 'yes',
    });
    expect(twice.status).toBe(409);
    const appeals = await hub.adminQuery(
      `SELECT review_region_code FROM complaints.complaint_appeal WHERE complaint_id = $1`,
      [id],
    );
    expect(appeals).toEqual([{ review_region_code: '630100' }]);
  });
});

describe('volunteer supervisors and purchased services', () => {
  it('files observations with an observer key that enter the complaint flow with their channel', async () => {
    const admin = await hub.token({ region: '630100', roles: ['ADMIN'] });
    const volunteer = await hub.query<any>(
      `mutation { registerVolunteerSupervisor(input: { regionCode: "${DATONG}", name: "测试监督员", affiliation: "村民代表", termStart: "2024-01-01", termEnd: "2030-12-31" }) { id } }`,
      {},
      admin,
    );
    expect(volunteer.errors).toBeUndefined();
    const volunteerId = volunteer.data!.registerVolunteerSupervisor.id;
    const key = await hub.query<any>(`mutation { issueObserverKey(volunteerId: "${volunteerId}") }`, {}, admin);
    expect(key.errors).toBeUndefined();
    const observerKey = key.data!.issueObserverKey as string;
    const [village] = await hub.adminQuery(
      `SELECT code FROM registry.region WHERE level = 'VILLAGE' AND code LIKE '${DATONG}%' ORDER BY code LIMIT 1`,
    );
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const file = `mutation($key: String!, $input: SupervisionObservationInput!) {
      fileSupervisionObservation(observerKey: $key, input: $input) { receiptCode complaintId channel villageCode observedOn deadlines { kind } } }`;
    const observation = {
      villageCode: village.code,
      observedOn: today,
      category: 'FRAUDULENT_CLAIM',
      summary: '入户走访发现一户虚报家庭人口。',
    };
    const filed = await hub.query<any>(file, { key: observerKey, input: observation });
    expect(filed.errors).toBeUndefined();
    const receipt = filed.data!.fileSupervisionObservation;
    expect(receipt).toMatchObject({ channel: 'VOLUNTEER_SUPERVISOR', villageCode: village.code, observedOn: today });
    const [complaint] = await hub.adminQuery(
      `SELECT channel, volunteer_id, region_code, owner_region_code, status FROM complaints.complaint WHERE id = $1`,
      [receipt.complaintId],
    );
    expect(complaint).toMatchObject({
      channel: 'VOLUNTEER_SUPERVISOR',
      volunteer_id: volunteerId,
      region_code: village.code.slice(0, 9),
      status: 'RECEIVED',
    });
    // Handlers see it in the complaint flow.
    const handler = await hub.token({ region: DATONG, roles: ['COMPLAINT_HANDLER'] });
    const seen = await hub.query<any>(`{ complaint(id: "${receipt.complaintId}") { channel status } }`, {}, handler);
    expect(seen.data!.complaint).toEqual({ channel: 'VOLUNTEER_SUPERVISOR', status: 'RECEIVED' });
    // A wrong key gives null; a village outside the volunteer's county is refused.
    const wrong = await hub.query<any>(file, { key: 'OBS-not-a-key-of-anyone-at-all', input: observation });
    expect(wrong.data!.fileSupervisionObservation).toBeNull();
    const outside = await hub.query<any>(file, {
      key: observerKey,
      input: { ...observation, villageCode: '630102001001' },
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('tracks a contract’s deliverables: counted against observations, or assessed', async () => {
    const admin = await hub.token({ region: '630100', roles: ['ADMIN'] });
    const contract = await hub.query<any>(
      `mutation { registerSocialOrganizationContract(input: { regionCode: "630100", organizationName: "测试社会工作服务中心", contractNumber: "TEST-2026-001", periodStart: "2024-01-01", periodEnd: "2030-12-31", amountFen: 12000000, deliverables: "入户走访与监督记录" }) { id } }`,
      {},
      admin,
    );
    expect(contract.errors).toBeUndefined();
    const contractId = contract.data!.registerSocialOrganizationContract.id;
    const counted = await hub.query<any>(
      `mutation { addContractDeliverable(contractId: "${contractId}", input: { description: "提交监督记录 2 份", dueOn: "2030-06-30", targetObservations: 2 }) { id met observationsByDue } }`,
      {},
      admin,
    );
    expect(counted.data!.addContractDeliverable).toMatchObject({ met: null, observationsByDue: 0 });
    const assessed = await hub.query<any>(
      `mutation { addContractDeliverable(contractId: "${contractId}", input: { description: "年度培训一次", dueOn: "2030-12-31" }) { id } }`,
      {},
      admin,
    );
    const assessedId = assessed.data!.addContractDeliverable.id;
    const key = (await hub.query<any>(`mutation { issueObserverKey(contractId: "${contractId}") }`, {}, admin)).data!
      .issueObserverKey;
    const [village] = await hub.adminQuery(
      `SELECT code FROM registry.region WHERE level = 'VILLAGE' AND code LIKE '630121%' ORDER BY code DESC LIMIT 1`,
    );
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    for (const summary of ['社会组织第一次入户发现问题。', '社会组织第二次入户发现问题。']) {
      const filed = await hub.query<any>(
        `mutation($key: String!, $input: SupervisionObservationInput!) { fileSupervisionObservation(observerKey: $key, input: $input) { channel } }`,
        { key, input: { villageCode: village.code, observedOn: today, category: 'IRREGULAR_PROCEDURE', summary } },
      );
      expect(filed.data!.fileSupervisionObservation).toEqual({ channel: 'SOCIAL_ORGANIZATION' });
    }
    const refusedAssessment = await hub.query<any>(
      `mutation { assessContractDeliverable(id: "${counted.data!.addContractDeliverable.id}", met: true, note: "人工验收") { met } }`,
      {},
      admin,
    );
    expect(refusedAssessment.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const ok = await hub.query<any>(
      `mutation { assessContractDeliverable(id: "${assessedId}", met: false, note: "未组织培训") { met assessmentNote } }`,
      {},
      admin,
    );
    expect(ok.data!.assessContractDeliverable).toEqual({ met: false, assessmentNote: '未组织培训' });
    const read = await hub.query<any>(
      `{ region(code: "630100") { socialOrganizationContracts(first: 50) { edges { node { id observationsFiled deliverableItems { description met observationsByDue } } } } } }`,
      {},
      admin,
    );
    const node = read.data!.region.socialOrganizationContracts.edges.find(
      (edge: any) => edge.node.id === contractId,
    ).node;
    expect(node.observationsFiled).toBe(2);
    expect(node.deliverableItems).toEqual([
      { description: '提交监督记录 2 份', met: true, observationsByDue: 2 },
      { description: '年度培训一次', met: false, observationsByDue: 2 },
    ]);
    // A county admin of another prefecture cannot add deliverables to it.
    const outsider = await hub.token({ region: '630202', roles: ['ADMIN'] });
    const refused = await hub.query<any>(
      `mutation { addContractDeliverable(contractId: "${contractId}", input: { description: "越权", dueOn: "2030-06-30" }) { id } }`,
      {},
      outsider,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the release', () => {
  it('publishes the contracts with their deliverables and the observers’ reports by channel, disclosure-checked', async () => {
    const { makeRelease, readCsv } = await import('../support/release.js');
    const release = await makeRelease(hub, undefined, { log: () => undefined });
    const contracts = await readCsv(path.join(release.path, 'service-contracts.csv'));
    expect(contracts.find((row) => row.contract_number === 'TEST-2026-001')).toMatchObject({
      organization: '测试社会工作服务中心',
      region_code: '630100',
      amount_fen: '12000000',
      deliverables_listed: '2',
      deliverables_met: '1',
      deliverables_not_met: '1',
      deliverables_open: '0',
    });
    // The demo's contracts are there too, each with its terms.
    expect(contracts.length).toBeGreaterThan(1);
    const manifest = release.manifest.datasets.find((dataset) => dataset.name === 'service-contracts');
    expect(manifest?.rows).toBe(contracts.length);
    // Observations entered the complaint flow: the complaints dataset counts them under their channels, with
    // small counts withheld like every other complaint count.
    const complaints = await readCsv(path.join(release.path, 'complaints.csv'));
    const year = String(new Date(Date.now() + 8 * 3600_000).getUTCFullYear());
    const volunteer = complaints.find(
      (row) =>
        row.year === year &&
        row.region_code === DATONG &&
        row.dimension === 'channel' &&
        row.value === 'VOLUNTEER_SUPERVISOR',
    );
    const stats = await hub.query<any>(
      `{ region(code: "${DATONG}") { complaintStats(year: ${year}) { byChannel { channel count } } } }`,
      {},
      await hub.token({ region: DATONG, roles: ['VIEWER'] }),
    );
    const registered = stats.data!.region.complaintStats.byChannel.find(
      (entry: { channel: string }) => entry.channel === 'VOLUNTEER_SUPERVISOR',
    ).count as number;
    expect(registered).toBeGreaterThanOrEqual(1);
    expect(volunteer?.complaints).toBe(registered < 5 ? 'S' : String(registered));
  });
});
