import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { requirePrincipal } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import type { SocialOrganizationContractEntity, VolunteerSupervisorEntity } from '../entities/index.js';
import { ContractDeliverableInput, SupervisionObservationInput } from '../schema/inputs.js';
import {
  ContractDeliverableType,
  SocialOrganizationContractType,
  SupervisionObservationReceiptType,
  VolunteerSupervisorType,
} from '../schema/registries.type.js';
import {
  addDeliverable,
  assessDeliverable,
  deliverableMet,
  fileObservation,
  issueObserverKey,
} from '../services/observation.service.js';
import { shanghaiDateOf } from '../services/shanghai-date.js';

/** Observers' keys and observations, and contract deliverables. */
@Resolver()
export class ObservationResolver {
  @Authorized('ADMIN')
  @Mutation(() => String, {
    description:
      'Issue (or replace) the observer key of a volunteer supervisor or a contract; shown only now / 签发监督员提交密钥（仅显示一次）',
  })
  issueObserverKey(
    @Ctx() context: ComplaintsContext,
    @Arg('volunteerId', () => ID, { nullable: true }) volunteerId?: string,
    @Arg('contractId', () => ID, { nullable: true }) contractId?: string,
  ) {
    return issueObserverKey(context.deps, requirePrincipal(context), {
      volunteerId: volunteerId ?? null,
      contractId: contractId ?? null,
    });
  }

  @Mutation(() => SupervisionObservationReceiptType, {
    nullable: true,
    description:
      'A volunteer supervisor or contracted organisation files an observation with its key; it becomes a complaint of its channel; null for a wrong key; rate limited / 义务监督员或社会组织提交监督记录',
  })
  fileSupervisionObservation(
    @Arg('observerKey') observerKey: string,
    @Arg('input') input: SupervisionObservationInput,
    @Ctx() context: ComplaintsContext,
  ) {
    context.limitReceiptUse(observerKey);
    return fileObservation(context.deps, observerKey, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ContractDeliverableType, { description: 'Add a deliverable to a contract / 登记合同交付事项' })
  async addContractDeliverable(
    @Arg('contractId', () => ID) contractId: string,
    @Arg('input') input: ContractDeliverableInput,
    @Ctx() context: ComplaintsContext,
  ) {
    const saved = await addDeliverable(context.deps, requirePrincipal(context), contractId, input);
    return { ...saved, ...deliverableMet(saved, [], shanghaiDateOf(context.now())) };
  }

  @Authorized('ADMIN')
  @Mutation(() => ContractDeliverableType, {
    description: 'Record whether an uncounted deliverable was met / 验收合同交付事项',
  })
  async assessContractDeliverable(
    @Arg('id', () => ID) id: string,
    @Arg('met') met: boolean,
    @Arg('note') note: string,
    @Ctx() context: ComplaintsContext,
  ) {
    const saved = await assessDeliverable(context.deps, requirePrincipal(context), id, met, note);
    const days = await context.loaders.observationDaysOf.load(`contract:${saved.contractId}`);
    return { ...saved, ...deliverableMet(saved, days, shanghaiDateOf(context.now())) };
  }
}

@Resolver(() => SocialOrganizationContractType)
export class ContractFieldsResolver {
  @FieldResolver(() => [ContractDeliverableType], { description: 'Deliverables and whether met / 交付事项' })
  async deliverableItems(@Root() contract: SocialOrganizationContractEntity, @Ctx() context: ComplaintsContext) {
    const [items, days] = await Promise.all([
      context.loaders.deliverablesOf.load(contract.id),
      context.loaders.observationDaysOf.load(`contract:${contract.id}`),
    ]);
    const today = shanghaiDateOf(context.now());
    return items.map((item) => ({ ...item, ...deliverableMet(item, days, today) }));
  }

  @FieldResolver(() => Int, { description: 'Observations filed under the contract / 已提交监督记录数' })
  async observationsFiled(@Root() contract: SocialOrganizationContractEntity, @Ctx() context: ComplaintsContext) {
    return (await context.loaders.observationDaysOf.load(`contract:${contract.id}`)).length;
  }
}

@Resolver(() => VolunteerSupervisorType)
export class VolunteerFieldsResolver {
  @FieldResolver(() => Int, { description: 'Observations filed / 已提交监督记录数' })
  async observationsFiled(@Root() volunteer: VolunteerSupervisorEntity, @Ctx() context: ComplaintsContext) {
    return (await context.loaders.observationDaysOf.load(`volunteer:${volunteer.id}`)).length;
  }
}
