import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requirePrincipal } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import { SocialOrganizationContractInput, VolunteerSupervisorInput } from '../schema/inputs.js';
import { SocialOrganizationContractType, VolunteerSupervisorType } from '../schema/registries.type.js';
import {
  registerContract,
  registerVolunteer,
  removeContract,
  removeVolunteer,
  updateContract,
  updateVolunteer,
} from '../services/registries.service.js';

/** Volunteer supervisors (义务监督员) and purchase-of-services contracts, kept by an ADMIN of the region. */
@Resolver()
export class RegistriesResolver {
  @Authorized('ADMIN')
  @Mutation(() => VolunteerSupervisorType, { description: 'Appoint a volunteer supervisor / 聘任义务监督员' })
  registerVolunteerSupervisor(@Arg('input') input: VolunteerSupervisorInput, @Ctx() context: ComplaintsContext) {
    return registerVolunteer(context.deps, requirePrincipal(context), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => VolunteerSupervisorType, { description: 'Change an appointment (e.g. end the term) / 变更聘任' })
  updateVolunteerSupervisor(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: VolunteerSupervisorInput,
    @Ctx() context: ComplaintsContext,
  ) {
    return updateVolunteer(context.deps, requirePrincipal(context), id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, {
    description: 'Remove an appointment no complaint came through / 删除（未反映过问题的）义务监督员',
  })
  removeVolunteerSupervisor(@Arg('id', () => ID) id: string, @Ctx() context: ComplaintsContext) {
    return removeVolunteer(context.deps, requirePrincipal(context), id);
  }

  @Authorized('ADMIN')
  @Mutation(() => SocialOrganizationContractType, {
    description: 'Register a purchase-of-services contract / 登记政府购买服务合同',
  })
  registerSocialOrganizationContract(
    @Arg('input') input: SocialOrganizationContractInput,
    @Ctx() context: ComplaintsContext,
  ) {
    return registerContract(context.deps, requirePrincipal(context), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => SocialOrganizationContractType, { description: 'Change a contract / 变更合同' })
  updateSocialOrganizationContract(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: SocialOrganizationContractInput,
    @Ctx() context: ComplaintsContext,
  ) {
    return updateContract(context.deps, requirePrincipal(context), id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, {
    description: 'Remove a contract no complaint came through / 删除（未反映过问题的）合同',
  })
  removeSocialOrganizationContract(@Arg('id', () => ID) id: string, @Ctx() context: ComplaintsContext) {
    return removeContract(context.deps, requirePrincipal(context), id);
  }
}
