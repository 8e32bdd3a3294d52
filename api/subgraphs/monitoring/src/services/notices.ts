import { AlertRule } from '@dibao/domain';
import { notify } from '@dibao/server';

/**
 * A new alert, told to exactly those who may read it (services/access.ts, mayViewAlertsOf): civil affairs and
 * discipline bodies of its region and above, and inspectors and discipline officers there. Rule, region and month
 * only: the evidence stays with the alert.
 */
export function alertNotice(alert: { id: string; rule: string; regionCode: string; month: string }) {
  const rule = AlertRule[alert.rule as AlertRule] ?? { en: alert.rule, zh: alert.rule };
  return notify({
    event: 'ALERT_RAISED',
    regionCode: alert.regionCode,
    entityType: 'Alert',
    entityId: alert.id,
    audience: {
      region: alert.regionCode,
      reach: 'AT_OR_ABOVE',
      anyOf: [{ agencies: ['CIVIL_AFFAIRS', 'DISCIPLINE_INSPECTION'] }, { roles: ['INSPECTOR', 'DISCIPLINE_OFFICER'] }],
    },
    summary: {
      en: `Monitoring alert (${rule.en}) in ${alert.regionCode} for ${alert.month}`,
      zh: `${alert.regionCode} ${alert.month} 产生监测预警（${rule.zh}）`,
    },
  });
}
