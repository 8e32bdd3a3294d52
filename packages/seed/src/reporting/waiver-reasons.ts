import { pickOne, type Random } from '../random.js';

/** Why the province let a prefecture's report through without one county's: reasons such waivers cite. */
const WAIVER_REASONS: ReadonlyArray<(prefectureBureau: string) => string> = [
  (bureau) => `该县机构改革，民政局职能调整，年度报告由${bureau}代为汇总`,
  (bureau) => `该县低保信息系统迁移，年度数据已由${bureau}从省级系统核实，同意免报`,
  () => '受自然灾害影响该县报告未能按期报送，相关数据已纳入州（市）汇总，经省民政厅同意免报',
  () => '该县经办人员调整，年度报告未按期报送，经核实年度数据已在季度统计报表中完整反映',
];

/** `prefectureName` is the short name (海西州), which becomes the bureau's name (海西州民政局). */
export function waiverReason(random: Random, prefectureName: string): string {
  return pickOne(random, WAIVER_REASONS)(`${prefectureName}民政局`);
}
