import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DisciplineTrack, holdsAccountable, Sanction } from '@dibao/domain';
import { Label } from '@dibao/server';
import type { AccountabilityContext } from '../context.js';
import type { CaseDecisionEntity, CaseSanctionEntity } from '../entities/index.js';
import { AccountabilityDecisionType, AccountabilitySanctionType } from '../schema/case.type.js';
import { AgencyRef, agencyRef } from '../schema/references.type.js';

@Resolver(() => AccountabilityDecisionType)
export class AccountabilityDecisionResolver {
  @FieldResolver(() => [AccountabilitySanctionType], {
    description: 'One sanction per discipline track, party first / 处分（每类至多一项，党纪在前）',
  })
  sanctions(@Root() decision: CaseDecisionEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.sanctionsOf.load(decision.caseId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Some track carries a sanction other than NONE / 是否给予处分（问责）',
  })
  async holdsAccountable(@Root() decision: CaseDecisionEntity, @Ctx() { loaders }: AccountabilityContext) {
    return holdsAccountable(await loaders.sanctionsOf.load(decision.caseId));
  }

  @FieldResolver(() => AgencyRef, { description: 'The deciding body, from the registry / 决定机关' })
  decidingBody(@Root() decision: CaseDecisionEntity): AgencyRef {
    return agencyRef(decision.decidingAgencyId);
  }
}

@Resolver(() => AccountabilitySanctionType)
export class AccountabilitySanctionResolver {
  @FieldResolver(() => Label, { description: 'Track and sanction, e.g. 政务记过 / 处分名称' })
  label(@Root() entry: CaseSanctionEntity): Label {
    return {
      zh: `${DisciplineTrack[entry.track].zh}${Sanction[entry.sanction].zh}`,
      en: `${DisciplineTrack[entry.track].en}: ${Sanction[entry.sanction].en}`,
    };
  }
}
