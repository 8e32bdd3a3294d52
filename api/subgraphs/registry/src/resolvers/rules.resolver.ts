import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import {
  ancestorCodesOf,
  resolveRules,
  RULES,
  ruleKeys,
  shanghaiDate,
  versionInForce,
  type RuleDefinition,
  type RuleKey,
  type RuleVersionRecord,
} from '@dibao/domain';
import { requirePrincipal } from '@dibao/server';
import type { RegistryContext } from '../context.js';
import type { RegionEntity, RuleVersionEntity } from '../entities/index.js';
import { RegionType } from '../schema/region.type.js';
import {
  AdoptRuleVersionInput,
  RuleSetType,
  RuleVersionType,
  type RuleInForceType,
  type RuleSettingType,
} from '../schema/rules.type.js';
import { adoptRuleVersion, valueText } from '../services/rules.service.js';

export function ruleVersionView(row: RuleVersionEntity): RuleVersionType {
  const settings: RuleSettingType[] = ruleKeys.flatMap((key) => {
    const setting = row.settings[key];
    return setting ? [{ key, value: valueText(setting.value), fixed: setting.fixed }] : [];
  });
  return {
    id: row.id,
    regionCode: row.regionCode,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    basis: { documentNumber: row.basisNumber, title: row.basisTitle, date: row.basisDate },
    adoptedByAgency: row.adoptedByAgency,
    adoptedAt: row.adoptedAt,
    settings,
  };
}

const record = (row: RuleVersionEntity): RuleVersionRecord => ({
  id: row.id,
  regionCode: row.regionCode,
  version: row.version,
  effectiveFrom: row.effectiveFrom,
  settings: row.settings,
});

/** Implementing rules are public: a citizen reads the deadlines a region promised, so no field here needs a token. */
@Resolver(() => RegionType)
export class RegionRulesResolver {
  @FieldResolver(() => RuleSetType, {
    nullable: true,
    description:
      'The rules in force on a day (default today), each with where it comes from / 某日现行的地方规则及其来源',
  })
  async rules(
    @Root() region: RegionEntity,
    @Ctx() { loaders }: RegistryContext,
    @Arg('on', () => LocalDateResolver, { nullable: true }) on?: string | null,
  ): Promise<RuleSetType> {
    const day = on ?? shanghaiDate(new Date());
    const chain = [...ancestorCodesOf(region.code), region.code];
    const rows = (await loaders.ruleVersionsOf.loadMany(chain)).flatMap((found) => (Array.isArray(found) ? found : []));
    const resolved = resolveRules(region.code, day, rows.map(record));
    const own = versionInForce(
      rows.filter((row) => row.regionCode === region.code),
      day,
    );
    const rules: RuleInForceType[] = ruleKeys.map((key: RuleKey) => {
      const definition: RuleDefinition = RULES[key];
      const value = resolved[key];
      return {
        key,
        label: { ...definition.label },
        unit: definition.unit ? { ...definition.unit } : null,
        kind: definition.kind,
        bound: definition.bound,
        value: valueText(value.value),
        fixed: value.fixed,
        own: value.source.regionCode === region.code,
        source: value.source,
        overriddenBy: value.overriddenBy ?? null,
      };
    });
    return { regionCode: region.code, on: day, ownVersion: own ? ruleVersionView(own) : null, rules };
  }

  @FieldResolver(() => [RuleVersionType], {
    nullable: true,
    description: "Every version of the region's own rules, oldest first / 本级实施办法的全部版本",
  })
  async ruleHistory(@Root() region: RegionEntity, @Ctx() { loaders }: RegistryContext): Promise<RuleVersionType[]> {
    return (await loaders.ruleVersionsOf.load(region.code)).map(ruleVersionView);
  }

  @Authorized('ADMIN')
  @Mutation(() => RuleVersionType, {
    nullable: true,
    description:
      "Adopt a new version of a region's rules (ADMIN of its civil affairs department or one above) / 制定实施办法新版本",
  })
  async adoptRuleVersion(
    @Arg('input', () => AdoptRuleVersionInput) input: AdoptRuleVersionInput,
    @Ctx() context: RegistryContext,
  ): Promise<RuleVersionType> {
    return ruleVersionView(await adoptRuleVersion(context.dataSource, requirePrincipal(context), input));
  }
}
