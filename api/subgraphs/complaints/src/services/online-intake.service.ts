import { regionLevelOf } from '@dibao/domain';
import { type AuditedTransaction, auditedWrite, badInput, conflict, systemActor } from '@dibao/server';
import { SpentChallengeEntity } from '../entities/index.js';
import type { ChallengeProofInput, OnlineComplaintInput } from '../schema/inputs.js';
import { deadlineStates } from './deadlines.js';
import { nowOf, type ComplaintsDeps } from './deps.js';
import { checkedComplainant, registerComplaint } from './intake.service.js';
import { checkChallenge, type CheckedChallenge } from './online-challenge.js';
import { designatedOfficerFor } from './ownership.service.js';
import type { OnlineLimiter } from './rate-limit.js';

/*
 * Complaints the public files on the site, with nobody on the line. They are registered exactly as the hotline
 * registers them (registerComplaint: deadlines, sealed identity, receipt code, INTAKE record, audit), except
 * that no handler takes the call: by rule the first contact is the designated petition officer of the region
 * the complaint is about (the nearest designation above it), who owns it from the first second. The audit
 * trail records the form as one system actor; nothing about the sender (address, browser) is stored or logged.
 */

export const ONLINE_FORM_ACTOR = systemActor('online-complaint-form');

export const ONLINE_INTAKE_REASON =
  '网上投诉：按首问负责制由被反映地区的低保信访专人受理 / Online complaint: by rule, first contact is the designated petition officer of the region concerned';

export interface PublicSubmission {
  clientAddress: string | undefined;
  limiter: OnlineLimiter;
}

/**
 * Checks the challenge (signature, time, work), then the rate limits of its lane; inside the transaction,
 * spends it. A refused challenge or limit writes nothing.
 */
export function admitSubmission(
  deps: ComplaintsDeps,
  submission: PublicSubmission,
  proof: ChallengeProofInput,
): CheckedChallenge {
  const now = nowOf(deps);
  const checked = checkChallenge(deps.key(), proof.token, proof.solution ?? null, now);
  submission.limiter.checkSubmission(submission.clientAddress, checked.lane, now);
  return checked;
}

export async function spendChallenge(
  { manager }: Pick<AuditedTransaction, 'manager'>,
  challenge: CheckedChallenge,
  now: Date,
) {
  // Spent tokens are kept only while they could still be presented.
  await manager.createQueryBuilder().delete().from(SpentChallengeEntity).where('expires_at < :now', { now }).execute();
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(SpentChallengeEntity)
    .values({ tokenHash: challenge.tokenHash, expiresAt: challenge.expiresAt })
    .orIgnore()
    .returning(['tokenHash'])
    .execute();
  if (inserted.raw.length === 0) {
    throw badInput('This challenge was already used: start again', '验证凭据已使用，请重新提交', {
      reason: 'CHALLENGE_REFUSED',
    });
  }
}

export async function submitOnlineComplaint(
  deps: ComplaintsDeps,
  submission: PublicSubmission,
  input: OnlineComplaintInput,
  proof: ChallengeProofInput,
) {
  const level = regionLevelOf(input.regionCode);
  if (level !== 'COUNTY' && level !== 'TOWNSHIP') {
    throw badInput('Name the county or township the complaint is about', '请选择被反映的县（市、区）或乡镇（街道）');
  }
  const complainant = checkedComplainant(input.complainant);
  const challenge = admitSubmission(deps, submission, proof);
  const now = nowOf(deps);
  return auditedWrite(deps.dataSource, ONLINE_FORM_ACTOR, async (tx) => {
    await spendChallenge(tx, challenge, now);
    const officer = await designatedOfficerFor(tx.manager, input.regionCode);
    if (!officer) {
      throw conflict(
        `No petition officer is designated for ${input.regionCode}: online filing is not open there yet, call the hotline`,
        `${input.regionCode} 尚未指定低保信访专人，暂不能网上投诉，请拨打热线`,
      );
    }
    const { complaint, receiptCode } = await registerComplaint(deps, tx, {
      input: {
        channel: 'ONLINE',
        regionCode: input.regionCode,
        category: input.category,
        summary: input.summary,
        complainant: input.complainant ?? null,
        major: false,
        rewardOptIn: input.rewardOptIn,
      },
      receivedAt: now,
      complainant,
      owner: {
        actor: tx.actor,
        subject: officer.officerSubject,
        agency: 'CIVIL_AFFAIRS',
        regionCode: officer.regionCode,
        reason: ONLINE_INTAKE_REASON,
      },
    });
    return {
      receiptCode,
      receivedAt: complaint.receivedAt,
      regionCode: complaint.regionCode,
      category: complaint.category,
      anonymous: complaint.anonymous,
      rewardOptIn: complaint.rewardOptIn,
      deadlines: deadlineStates(complaint, now),
    };
  });
}
