import { splitTrailingNationalities } from '../ethnic-groups.js';

/**
 * The short form officials write in running text: 大通回族土族自治县 → 大通县, 海西蒙古族藏族自治州 → 海西州,
 * 大柴旦行政委员会 → 大柴旦行委. Other names are already short (西宁市, 城东区, 格尔木市).
 */
export function shortRegionName(name: string): string {
  const autonomous = /^(.+)自治([州县旗])$/u.exec(name);
  if (autonomous !== null) {
    const [, head = '', suffix = ''] = autonomous;
    return `${splitTrailingNationalities(head, { requireZu: false }).stem}${suffix}`;
  }
  return name.replace(/行政委员会$/u, '行委');
}

/** How a report says "across the whole region": 全县, 全区, 全市, 全州. */
export function wholeRegionWord(shortName: string): string {
  const suffix = shortName.endsWith('行委') ? '行委' : shortName.slice(-1);
  return `全${suffix}`;
}
