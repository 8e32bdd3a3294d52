import type { DatasetRow } from '../release-format.js';
import { count, fen, field, regionColumns, regionFields, regionIndex, type DatasetDefinition } from './fields.js';

/**
 * Purchase-of-services contracts (政府购买服务) with social organisations that supervise the dibao work, and
 * how their deliverables stand against the terms. Procurement is public and concerns organisations, so nothing
 * here is suppressed; the personal-data check still runs over every text cell.
 */
export const serviceContractsDataset: DatasetDefinition = {
  name: 'service-contracts',
  title: { zh: '政府购买服务合同', en: 'Purchase-of-services contracts' },
  description: {
    zh: '民政部门通过政府购买服务聘请社会组织参与低保监督的合同：社会组织、服务期、合同金额（分）、服务内容，以及所列交付事项中已完成、未完成和尚未到期的数量。以监督记录数计算的事项按期限内提交的记录数判定。',
    en: 'Contracts by which civil affairs departments engage social organisations to supervise the dibao work: organisation, period, amount (fen), terms, and of the deliverables listed how many were met, not met, or are still open. Deliverables counted in observations are judged by the observations filed by their due date.',
  },
  fields: [
    field('contract_number', 'string', ['合同编号', '合同编号'], ['Contract number', 'Number of the contract']),
    field(
      'organization',
      'string',
      ['社会组织', '承接服务的社会组织名称'],
      ['Organisation', 'The social organisation engaged'],
    ),
    ...regionFields,
    field('period_start', 'date', ['服务期开始', '服务期第一天'], ['Period start', 'First day of the period']),
    field('period_end', 'date', ['服务期结束', '服务期最后一天'], ['Period end', 'Last day of the period']),
    fen('amount_fen', ['合同金额', '合同金额（分）'], ['Amount', 'Contract amount (fen)']),
    field(
      'deliverables',
      'string',
      ['服务内容', '合同约定的服务内容及成果要求'],
      ['Terms', 'What the contract says must be delivered'],
    ),
    count('deliverables_listed', ['交付事项数', '登记的交付事项数'], ['Deliverables', 'Deliverables listed']),
    count('deliverables_met', ['已完成', '已完成的交付事项数'], ['Met', 'Deliverables met']),
    count('deliverables_not_met', ['未完成', '到期未完成的交付事项数'], ['Not met', 'Deliverables not met']),
    count(
      'deliverables_open',
      ['未到期', '尚未到期或尚未验收的交付事项数'],
      ['Open', 'Deliverables not yet due or assessed'],
    ),
  ],
  primaryKey: ['contract_number'],
  build(input) {
    const regionOf = regionIndex(input);
    const rows: DatasetRow[] = [];
    const contracts = [...input.serviceContracts].sort(
      (a, b) => a.periodStart.localeCompare(b.periodStart) || a.contractNumber.localeCompare(b.contractNumber),
    );
    for (const contract of contracts) {
      // A township's contract is listed under its county, the finest level the release has.
      const code = contract.regionCode;
      const region = code.length > 6 ? regionOf(code.slice(0, 6)) : regionOf(code);
      const items = contract.deliverableItems;
      rows.push({
        contract_number: contract.contractNumber,
        organization: contract.organizationName,
        ...regionColumns(region),
        period_start: contract.periodStart,
        period_end: contract.periodEnd,
        amount_fen: contract.amountFen,
        deliverables: contract.deliverables,
        deliverables_listed: items.length,
        deliverables_met: items.filter((item) => item.met === true).length,
        deliverables_not_met: items.filter((item) => item.met === false).length,
        deliverables_open: items.filter((item) => item.met === null).length,
      });
    }
    return { rows, sums: [] };
  },
};
