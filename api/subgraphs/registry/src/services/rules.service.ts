import type { DataSource, EntityManager } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import {
  looseningProblems,
  parentCodeOf,
  resolveRules,
  ruleDefinition,
  ruleShapeProblems,
  shanghaiDate,
  type RuleSettings,
  type RuleValue,
} from '@dibao/domain';
import { loadRuleVersions, ruleChainOf } from '@dibao/db';
import { actorOf, auditedWrite, badInput, forbidden, hubError, notFound } from '@dibao/server';
import { agencyIdOf, RegionEntity, RuleVersionEntity } from '../entities/index.js';
import type { AdoptRuleVersionInput } from '../schema/rules.type.js';

/** Levels that adopt implementing rules: the governments from county up (townships follow their county's). */
const RULE_LEVELS = new Set(['PROVINCE', 'PREFECTURE', 'COUNTY']);

/**
 * Only an ADMIN of a civil affairs department whose region is the rule's region or a region above it: the
 * department that drafts the implementing rules (民政部门牵头制定实施办法).
 */
export function requireRuleAdopter(principal: Principal, regionCode: string): void {
  if (principal.agency !== 'CIVIL_AFFAIRS' || !principal.roles.includes('ADMIN') || !inScope(principal, regionCode)) {
    throw forbidden(
      `Only an ADMIN of the civil affairs department of ${regionCode} or above adopts its rules`,
      `只有 ${regionCode} 或其上级民政部门的管理员可以制定该地区的规则`,
    );
  }
}

/** Text from the API to a typed value; the shape check then judges it. */
function parseValue(key: string, text: string): unknown {
  const definition = ruleDefinition(key);
  if (!definition) return text;
  if (definition.kind === 'BOOLEAN') return text === 'true' ? true : text === 'false' ? false : text;
  if (definition.kind === 'INTEGER') return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
  if (definition.kind === 'DECIMAL') return /^-?\d{1,15}(\.\d{1,6})?$/.test(text) ? Number(text) : text;
  return text;
}

/** Text of a value as the API shows it. */
export const valueText = (value: RuleValue): string => String(value);

/** Adopts a new version of a region's own rules, audited; refuses a value looser than a bound fixed above. */
export async function adoptRuleVersion(
  dataSource: DataSource,
  principal: Principal,
  input: AdoptRuleVersionInput,
  now: Date = new Date(),
): Promise<RuleVersionEntity> {
  requireRuleAdopter(principal, input.regionCode);
  const today = shanghaiDate(now);
  if (input.effectiveFrom < today) {
    throw badInput(
      `A version takes effect today (${today}) or later: the past is never rewritten`,
      `新版本只能自今日（${today}）或之后生效，不得改写既往`,
      { field: 'input.effectiveFrom' },
    );
  }
  if (input.documentDate > input.effectiveFrom) {
    throw badInput('The document must be dated on or before the day it takes effect', '文件印发日期不得晚于生效日期', {
      field: 'input.documentDate',
    });
  }
  const keys = input.settings.map((setting) => setting.key);
  const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
  if (repeated) {
    throw badInput(`Rule ${repeated} is given twice`, `规则 ${repeated} 重复`, { field: 'input.settings' });
  }
  const raw = Object.fromEntries(
    input.settings.map((setting) => [
      setting.key,
      { value: parseValue(setting.key, setting.value), fixed: setting.fixed ?? false },
    ]),
  );
  const shape = ruleShapeProblems(raw);
  if (shape.length > 0) {
    throw badInput(shape.map((p) => p.en).join('; '), shape.map((p) => p.zh).join('；'), {
      field: 'input.settings',
      problems: shape,
    });
  }
  const settings = raw as RuleSettings;

  return auditedWrite(dataSource, principal, async ({ manager, audit }) => {
    // The region row is the lock: versions of one region are numbered and dated one after another.
    const region = await manager.findOne(RegionEntity, {
      where: { code: input.regionCode },
      lock: { mode: 'pessimistic_write' },
    });
    if (!region) throw notFound(`No region ${input.regionCode}`, `没有区划 ${input.regionCode}`);
    if (!RULE_LEVELS.has(region.level)) {
      throw badInput(
        'Implementing rules are adopted by a province, prefecture or county',
        '实施办法由省、市、县三级制定',
        { field: 'input.regionCode' },
      );
    }
    const latest = await latestVersion(manager, region.code);
    if (latest && latest.effectiveFrom >= input.effectiveFrom) {
      throw badInput(
        `The region's latest version takes effect on ${latest.effectiveFrom}; a new one must start after it`,
        `该地区最新版本自 ${latest.effectiveFrom} 起施行，新版本须晚于该日生效`,
        { field: 'input.effectiveFrom' },
      );
    }
    const parent = parentCodeOf(region.code);
    if (parent) {
      const above = resolveRules(parent, input.effectiveFrom, await loadRuleVersions(manager, ruleChainOf(parent)));
      const loose = looseningProblems(settings, above);
      if (loose.length > 0) {
        throw hubError(
          'BAD_USER_INPUT',
          { en: loose.map((p) => p.en).join('; '), zh: loose.map((p) => p.zh).join('；') },
          { field: 'input.settings', reason: 'RULE_LOOSER_THAN_ABOVE', problems: loose },
        );
      }
    }
    const row = manager.create(RuleVersionEntity, {
      regionCode: region.code,
      version: (latest?.version ?? 0) + 1,
      effectiveFrom: input.effectiveFrom,
      settings,
      basisNumber: input.documentNumber.trim(),
      basisTitle: input.title.trim(),
      basisDate: input.documentDate,
      adoptedByAgency: agencyIdOf(principal.region, principal.agency),
      adoptedBy: actorOf(principal),
      adoptedAt: now,
    });
    const saved = await manager.save(RuleVersionEntity, row);
    await audit({ entityType: 'RuleVersion', entityId: saved.id, action: 'ADOPT', after: saved });
    return saved;
  });
}

function latestVersion(manager: EntityManager, regionCode: string): Promise<RuleVersionEntity | null> {
  return manager.findOne(RuleVersionEntity, { where: { regionCode }, order: { version: 'DESC' } });
}
