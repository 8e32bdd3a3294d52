import type { EntityManager } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import { rulesInForce } from '@dibao/db';
import { complaintRewardFen } from '@dibao/domain';
import {
  actorOf,
  applyChange,
  auditedWrite,
  badInput,
  conflict,
  createAudited,
  forbidden,
  notFound,
} from '@dibao/server';
import { ComplaintEntity, ComplaintRewardEntity } from '../entities/index.js';
import { canReadComplaint, requireOwner } from './access.js';
import { isUuid, lockComplaint } from './complaint-store.js';
import { rewardRuleUnder } from './deadlines.js';
import { nowOf, type ComplaintsDeps } from './deps.js';
import { rewardAwaitingApprovalNotice } from './notices.js';
import { shanghaiDateOf } from './shanghai-date.js';

/*
 * Rewarded tip-offs (有奖举报). The owner decides the amount by the configured rule for a substantiated (or,
 * at half, partly substantiated) complaint whose complainant asked for a reward; an ADMIN of the civil affairs
 * bureau in whose scope it lies, not the one who decided, approves; an ADMIN of civil affairs or finance
 * records the payment under a reference; the complainant collects it with the receipt code. No step shows
 * the complainant's identity: rewards carry only the complaint's id and the amount.
 */

function rewardView(reward: ComplaintRewardEntity) {
  return {
    complaintId: reward.complaintId,
    amountFen: reward.amountFen,
    rule: reward.rule,
    status: reward.status,
    approvedAt: reward.approvedAt,
    paymentReference: reward.paymentReference,
    paidAt: reward.paidAt,
    rejectionReason: reward.rejectionReason,
  };
}

export async function decideReward(deps: ComplaintsDeps, principal: Principal, complaintId: string) {
  // The complaint the reward is for, for its notice (read under the lock the creation takes).
  let about: ComplaintEntity | undefined;
  return createAudited(deps.dataSource, principal, {
    entityType: 'ComplaintReward',
    action: 'DECIDE',
    async create({ manager, actor }) {
      const complaint = await lockComplaint(manager, principal, complaintId);
      about = complaint;
      requireOwner(principal, complaint);
      if ((complaint.status !== 'CONCLUDED' && complaint.status !== 'CLOSED') || !complaint.conclusion) {
        throw conflict('A reward is decided once the complaint is concluded', '形成核查结论后方可核定奖励');
      }
      if (!complaint.rewardOptIn) {
        throw conflict('The complainant did not ask for a reward', '投诉举报人未申请举报奖励');
      }
      if (complaint.personalDataErasedAt) {
        throw conflict(
          'The receipt code no longer works: the reward could not be collected',
          '查询码已失效，奖励无法领取',
        );
      }
      // The reward rule of the complaint's region on the day of the decision (实施办法): none where not offered.
      const rule = rewardRuleUnder(await rulesInForce(manager, complaint.regionCode, shanghaiDateOf(nowOf(deps))));
      if (!rule) {
        throw conflict(
          `Region ${complaint.regionCode} offers no rewards for tip-offs`,
          `地区 ${complaint.regionCode} 未实行有奖举报`,
        );
      }
      const amountFen = complaintRewardFen(rule, complaint.conclusion, complaint.amountInvolvedFen ?? 0);
      if (amountFen === null || amountFen <= 0) {
        throw conflict(
          `A ${complaint.conclusion} complaint earns no reward`,
          `核查结论为${complaint.conclusion === 'UNSUBSTANTIATED' ? '不属实' : complaint.conclusion}，不予奖励`,
        );
      }
      return manager.create(ComplaintRewardEntity, {
        complaintId,
        amountFen,
        rule: { ...rule },
        status: 'DECIDED',
        decidedBy: actor,
        decidedAt: nowOf(deps),
        approvedBy: null,
        approvedAt: null,
        rejectionReason: null,
        paymentReference: null,
        paidBy: null,
        paidAt: null,
        claimedAt: null,
      });
    },
    duplicate: { en: 'A reward has already been decided for this complaint', zh: '该投诉举报已核定奖励' },
    after: rewardView,
    raises: (saved) => [rewardAwaitingApprovalNotice(about!, saved)],
  });
}

async function lockReward(manager: EntityManager, principal: Principal, rewardId: string) {
  const reward = isUuid(rewardId)
    ? await manager.findOne(ComplaintRewardEntity, { where: { id: rewardId }, lock: { mode: 'pessimistic_write' } })
    : null;
  const complaint = reward ? await manager.findOneBy(ComplaintEntity, { id: reward.complaintId }) : null;
  if (!reward || !complaint || !canReadComplaint(principal, complaint)) {
    throw notFound(`Reward ${rewardId} does not exist`, `举报奖励 ${rewardId} 不存在`);
  }
  return { reward, complaint };
}

function requireAdminIn(principal: Principal, complaint: ComplaintEntity, agencies: Principal['agency'][]) {
  if (
    !principal.roles.includes('ADMIN') ||
    !agencies.includes(principal.agency) ||
    !inScope(principal, complaint.regionCode)
  ) {
    throw forbidden(
      `Only an ADMIN of ${agencies.join(' or ')} whose scope includes ${complaint.regionCode} may do this`,
      `只有管辖范围包含 ${complaint.regionCode} 的${agencies.map((agency) => (agency === 'FINANCE' ? '财政' : '民政')).join('或')}部门系统管理员可以执行此操作`,
    );
  }
}

/** One step of a reward after its decision, in a transaction with its audit record. */
function rewardStep(
  deps: ComplaintsDeps,
  principal: Principal,
  rewardId: string,
  action: string,
  change: (reward: ComplaintRewardEntity, complaint: ComplaintEntity, now: Date) => void,
) {
  return auditedWrite(deps.dataSource, principal, async (tx) => {
    const { reward, complaint } = await lockReward(tx.manager, principal, rewardId);
    return applyChange(tx, reward, {
      entityType: 'ComplaintReward',
      action,
      state: rewardView,
      apply: (locked) => change(locked, complaint, nowOf(deps)),
    });
  });
}

function requireDecided(reward: ComplaintRewardEntity) {
  if (reward.status !== 'DECIDED') {
    throw conflict(`The reward is already ${reward.status}`, `该奖励已处理（${reward.status}）`);
  }
}

function requireOtherThanDecider(principal: Principal, reward: ComplaintRewardEntity) {
  if (reward.decidedBy.subject === principal.subject) {
    throw forbidden('The reward must be approved by someone other than who decided it', '奖励须由核定人以外的人员审批');
  }
}

export function approveReward(deps: ComplaintsDeps, principal: Principal, rewardId: string) {
  return rewardStep(deps, principal, rewardId, 'APPROVE', (reward, complaint, now) => {
    requireAdminIn(principal, complaint, ['CIVIL_AFFAIRS']);
    requireOtherThanDecider(principal, reward);
    requireDecided(reward);
    reward.status = 'APPROVED';
    reward.approvedBy = actorOf(principal);
    reward.approvedAt = now;
  });
}

export function rejectReward(deps: ComplaintsDeps, principal: Principal, rewardId: string, reason: string) {
  const why = reason.trim();
  if (why.length < 2) throw badInput('Give a reason for rejecting', '请说明不予批准的理由');
  return rewardStep(deps, principal, rewardId, 'REJECT', (reward, complaint) => {
    requireAdminIn(principal, complaint, ['CIVIL_AFFAIRS']);
    requireOtherThanDecider(principal, reward);
    requireDecided(reward);
    reward.status = 'REJECTED';
    reward.rejectionReason = why;
  });
}

export function recordRewardPayment(deps: ComplaintsDeps, principal: Principal, rewardId: string, reference: string) {
  const paymentReference = reference.trim();
  if (!/^[\w./:-]{4,100}$/.test(paymentReference)) {
    throw badInput(
      'The payment reference has 4 to 100 letters, digits or . / : - _',
      '发放凭证号须为 4 至 100 个字母、数字或 . / : - _',
    );
  }
  return rewardStep(deps, principal, rewardId, 'PAY', (reward, complaint, now) => {
    requireAdminIn(principal, complaint, ['CIVIL_AFFAIRS', 'FINANCE']);
    if (reward.status !== 'APPROVED') {
      throw conflict(
        `Only an APPROVED reward can be paid; this one is ${reward.status}`,
        `只有已审批的奖励可以发放，此奖励状态为 ${reward.status}`,
      );
    }
    reward.status = 'PAID';
    reward.paymentReference = paymentReference;
    reward.paidBy = actorOf(principal);
    reward.paidAt = now;
  });
}
