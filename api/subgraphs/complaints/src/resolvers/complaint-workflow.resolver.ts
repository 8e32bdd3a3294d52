import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ComplaintLinkKind } from '@dibao/domain';
import { requirePrincipal, checkedRegionCode } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import {
  ComplaintExternalLinkType,
  ComplaintMessageType,
  ComplaintType,
  ReceivedComplaintType,
} from '../schema/complaint.type.js';
import { ComplaintLinkKindEnum } from '../schema/enums.js';
import { ConcludeComplaintInput, MonitoringReferralInput, ReceiveComplaintInput } from '../schema/inputs.js';
import { PetitionOfficerType } from '../schema/registries.type.js';
import { receiveComplaint, receiveMonitoringReferral } from '../services/intake.service.js';
import {
  acceptHandover,
  declineHandover,
  designatePetitionOfficer,
  requestHandover,
} from '../services/ownership.service.js';
import { sendHandlerMessage } from '../services/receipt.service.js';
import {
  addExternalLink,
  closeComplaint,
  concludeComplaint,
  escalateComplaint,
  linkDuplicateComplaint,
  startInvestigation,
} from '../services/workflow.service.js';
import { petitionOfficerOut } from './mappers.js';

/**
 * The workflow RECEIVED → ASSIGNED → INVESTIGATING → CONCLUDED → CLOSED, worked by the owner (首问负责制);
 * illegal moves are CONFLICT. Provincial supervision is a flag with its own deadline, not a status.
 */
@Resolver()
export class ComplaintWorkflowResolver {
  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ReceivedComplaintType, {
    description: 'Register a complaint; you own it until handed over. Returns the receipt code once / 受理登记',
  })
  receiveComplaint(@Arg('input') input: ReceiveComplaintInput, @Ctx() context: ComplaintsContext) {
    return receiveComplaint(context.deps, requirePrincipal(context), input);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, {
    description:
      'Open the complaint case a monitoring alert is referred to (channel REFERRAL); the same alert again returns the case already opened / 动态监测预警转办立案',
  })
  receiveMonitoringReferral(@Arg('input') input: MonitoringReferralInput, @Ctx() context: ComplaintsContext) {
    return receiveMonitoringReferral(context.deps, requirePrincipal(context), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => PetitionOfficerType, {
    description: 'Designate the petition officer of a region (专人负责) / 指定低保信访专人',
  })
  async designatePetitionOfficer(
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('officerSubject', { description: 'Token subject of the officer / 信访专人的用户标识' }) officerSubject: string,
    @Ctx() context: ComplaintsContext,
    @Arg('officialId', () => ID, { nullable: true, description: "The registry's Official id / 干部档案 ID" })
    officialId?: string,
  ) {
    const officer = await designatePetitionOfficer(
      context.deps,
      requirePrincipal(context),
      checkedRegionCode(regionCode, 'regionCode'),
      officerSubject,
      officialId ?? null,
    );
    return petitionOfficerOut(officer);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, {
    description: "Propose handing it to the region's designated petition officer / 移交信访专人",
  })
  requestHandover(
    @Arg('complaintId', () => ID) complaintId: string,
    @Ctx() context: ComplaintsContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return requestHandover(context.deps, requirePrincipal(context), complaintId, note ?? null);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, {
    description: 'As designated petition officer, take ownership (→ ASSIGNED) / 信访专人接收交办',
  })
  acceptHandover(@Arg('complaintId', () => ID) complaintId: string, @Ctx() context: ComplaintsContext) {
    return acceptHandover(context.deps, requirePrincipal(context), complaintId);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, { description: 'Decline a proposed handover; the owner keeps it / 不予接收' })
  declineHandover(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('reason') reason: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return declineHandover(context.deps, requirePrincipal(context), complaintId, reason);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, { description: 'ASSIGNED → INVESTIGATING / 开始核查' })
  startComplaintInvestigation(@Arg('complaintId', () => ID) complaintId: string, @Ctx() context: ComplaintsContext) {
    return startInvestigation(context.deps, requirePrincipal(context), complaintId);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, { description: 'INVESTIGATING → CONCLUDED with the outcome / 形成核查结论' })
  concludeComplaint(@Arg('input') input: ConcludeComplaintInput, @Ctx() context: ComplaintsContext) {
    return concludeComplaint(context.deps, requirePrincipal(context), input);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, {
    description: 'CONCLUDED → CLOSED with feedback to the complainant / 办结并反馈',
  })
  closeComplaint(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('publicFeedback', { description: 'What the complainant is told / 向投诉举报人反馈的内容' })
    publicFeedback: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return closeComplaint(context.deps, requirePrincipal(context), complaintId, publicFeedback);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, {
    description: 'Put it under direct provincial supervision (督办), with its own deadline / 省级直接督办',
  })
  escalateComplaint(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('reason') reason: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return escalateComplaint(context.deps, requirePrincipal(context), complaintId, reason);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintMessageType, {
    description: 'Write to the complainant, who reads it with the receipt code / 回复投诉举报人',
  })
  sendHandlerMessage(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('text') text: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return sendHandlerMessage(context.deps, requirePrincipal(context), complaintId, text);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintType, { description: 'Mark it a duplicate of another about the same matter / 标记重复件' })
  linkDuplicateComplaint(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('duplicateOfId', () => ID) duplicateOfId: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return linkDuplicateComplaint(context.deps, requirePrincipal(context), complaintId, duplicateOfId);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintExternalLinkType, {
    description: 'Link it to an accountability case or an inspection finding, by id / 关联问责案件或督察问题',
  })
  addComplaintExternalLink(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('kind', () => ComplaintLinkKindEnum) kind: ComplaintLinkKind,
    @Arg('externalId', () => ID) externalId: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return addExternalLink(context.deps, requirePrincipal(context), complaintId, kind, externalId);
  }
}
