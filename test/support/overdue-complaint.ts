import type { TestHub } from './hub.js';

const DAY = 86_400_000;

/**
 * Plants a complaint received by letter `daysAgo` days ago in 塔尔镇 (Datong) and never handled, through the
 * gateway as Datong's duty handler; returns its id. Its acknowledgement deadline is long past.
 */
export async function plantUnhandledComplaint(hub: TestHub, daysAgo = 120): Promise<string> {
  const handler = await hub.token({ region: '630121', roles: ['COMPLAINT_HANDLER'], subject: 'datong-duty' });
  const received = await hub.query<{ receiveComplaint: { complaint: { id: string } } }>(
    `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { complaint { id } } }`,
    {
      input: {
        channel: 'LETTER_VISIT',
        receivedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
        regionCode: '630121102',
        category: 'FAVOR_BASED',
        summary: '来信反映村干部亲属违规享受低保。',
      },
    },
    handler,
  );
  if (received.errors) throw new Error(JSON.stringify(received.errors));
  return received.data!.receiveComplaint.complaint.id;
}
