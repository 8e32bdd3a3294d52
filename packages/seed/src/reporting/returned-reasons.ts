import type { ReportSection } from '@dibao/domain';

import { pickOne, type Random } from '../random.js';
import type { ReportingLevel } from './types.js';

interface ReturnedReason {
  reason: string;
  sections: ReportSection[];
}

/** Why a reviewing bureau sends a report back, and which sections it must redo. */
const REASONS: Record<ReportingLevel, readonly ReturnedReason[]> = {
  COUNTY: [
    { reason: '资金筹集数据与财政拨付记录不一致，请核实后重报', sections: ['FUNDS'] },
    { reason: '保障人数与低保信息系统年末数据不符，请核对后重新报送', sections: ['POLICY'] },
    { reason: '监督检查发现问题的整改数量与问题台账不符，请补充整改情况说明', sections: ['SUPERVISION'] },
    { reason: '入户调查和动态复核数据缺少佐证材料，请补充后重报', sections: ['MANAGEMENT'] },
    { reason: '重大突发事件处置情况未附原因分析和整改措施，请补充完善', sections: ['EMERGENCIES'] },
    {
      reason: '城乡低保标准与本级政府公布标准不一致，资金支出测算依据不足，请核实后重报',
      sections: ['POLICY', 'FUNDS'],
    },
  ],
  PREFECTURE: [
    { reason: '汇总数据与所辖县（区）报告合计数不一致，请逐项核对后重报', sections: ['POLICY', 'FUNDS'] },
    { reason: '州（市）级配套资金到位情况未说明，资金结余数据有误，请核实后重报', sections: ['FUNDS'] },
    { reason: '专项督查发现问题未分类统计，追责问责情况表述不清，请补充完善', sections: ['SUPERVISION'] },
    { reason: '重大突发事件处置情况与已报送的事件信息不一致，请核对后重报', sections: ['EMERGENCIES'] },
  ],
};

export function returnedReason(random: Random, level: ReportingLevel): ReturnedReason {
  const picked = pickOne(random, REASONS[level]);
  return { reason: picked.reason, sections: [...picked.sections] };
}
