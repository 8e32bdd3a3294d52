import {
  ComplaintChallengeDocument,
  ComplaintStatusDocument,
  documentIdOf,
  FileSupervisionObservationDocument,
  RateComplaintHandlingDocument,
  SendComplainantMessageDocument,
  SubmitOnlineComplaintDocument,
} from '@dibao/client';

/*
 * The GraphQL operations the site's scripts send to the gateway, and no others: asking for a challenge, filing
 * an online complaint, an observer's filing, and following a complaint up with the receipt code. They are the
 * public documents of @dibao/client (packages/client/documents/public.graphql), so they are trusted documents:
 * the scripts send them by id (`documentId`), which a production gateway requires. The ids are read here, at
 * build time, and handed to the scripts in the page (data-operations).
 */
export const PUBLIC_OPERATIONS = {
  challenge: documentIdOf(ComplaintChallengeDocument),
  submit: documentIdOf(SubmitOnlineComplaintDocument),
  status: documentIdOf(ComplaintStatusDocument),
  message: documentIdOf(SendComplainantMessageDocument),
  rate: documentIdOf(RateComplaintHandlingDocument),
  observation: documentIdOf(FileSupervisionObservationDocument),
} as const;

export type PublicOperation = keyof typeof PUBLIC_OPERATIONS;
