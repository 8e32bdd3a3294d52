/*
 * The exact GraphQL operations the site's scripts send to the gateway (and no others): asking for a challenge,
 * filing an online complaint, and following it up with the receipt code. A deployment that accepts only trusted
 * documents lists these. The gateway's plain-form routes send the same documents to the complaints subgraph.
 */

export const COMPLAINT_CHALLENGE = `query ComplaintChallenge($lane: String!) { complaintChallenge(lane: $lane) { token lane difficultyBits notBefore expiresAt } }`;

export const SUBMIT_ONLINE_COMPLAINT = `mutation SubmitOnlineComplaint($input: OnlineComplaintInput!, $proof: ChallengeProofInput!) {
    submitOnlineComplaint(input: $input, proof: $proof) {
      receiptCode receivedAt regionCode category anonymous rewardOptIn deadlines { kind dueAt }
    }
  }`;

export const COMPLAINT_STATUS = `query ComplaintStatus($receiptCode: String!) {
    complaintStatus(receiptCode: $receiptCode) {
      status statusLabel { zh en } receivedAt closedAt publicFeedback canRate
      deadlines { kind dueAt metAt overdue late }
      messages { author sentAt text }
    }
  }`;

export const SEND_COMPLAINANT_MESSAGE = `mutation SendComplainantMessage($receiptCode: String!, $text: String!) {
    sendComplainantMessage(receiptCode: $receiptCode, text: $text) { status }
  }`;

export const RATE_COMPLAINT_HANDLING = `mutation RateComplaintHandling($receiptCode: String!, $satisfied: Boolean!, $comment: String) {
    rateComplaintHandling(receiptCode: $receiptCode, satisfied: $satisfied, comment: $comment) { satisfied appealOpened }
  }`;

export const FILE_SUPERVISION_OBSERVATION = `mutation FileSupervisionObservation($observerKey: String!, $input: SupervisionObservationInput!) {
    fileSupervisionObservation(observerKey: $observerKey, input: $input) {
      receiptCode channel villageCode observedOn deadlines { kind dueAt }
    }
  }`;
