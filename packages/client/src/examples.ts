import { print, type DocumentNode } from 'graphql';
import * as documents from './gql/graphql.js';

/*
 * Example operations per role, opened as GraphiQL's tabs for a signed-in official: the documents of this
 * package (so every example is a trusted document too), with variables filled from the official's region.
 */

export interface ExampleOperation {
  /** The operation's name (GraphiQL titles its tab with it). */
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

interface Caller {
  region: string;
  roles: readonly string[];
}

type Example = [DocumentNode, (caller: Caller, year: number) => Record<string, unknown>];

const none = () => ({});
const underRegion = (caller: Caller) => ({ under: caller.region, first: 20 });

/** The role's operations, in the order an official of that role would try them. */
const BY_ROLE: Record<string, Example[]> = {
  REPORTER: [
    [documents.AnnualReportDocument, (caller, year) => ({ regionCode: caller.region, year })],
    [
      documents.SubmitAnnualReportDocument,
      () => ({ id: '<the draft id from AnnualReport>', requestId: 'retry-safe-1' }),
    ],
  ],
  REVIEWER: [
    [documents.ReviewQueueDocument, (caller, year) => ({ under: caller.region, year, first: 20 })],
    [documents.ReturnAnnualReportDocument, () => ({ input: { id: '<a report id from ReviewQueue>', reason: '' } })],
  ],
  INSPECTOR: [
    [documents.FindingsDocument, underRegion],
    [documents.AlertsDocument, underRegion],
  ],
  COMPLAINT_HANDLER: [
    [documents.OwnedComplaintsDocument, () => ({ first: 20 })],
    [documents.ProposedHandoversDocument, () => ({ first: 20 })],
  ],
  DISCIPLINE_OFFICER: [
    [documents.FindingsDocument, underRegion],
    [documents.AlertsDocument, underRegion],
  ],
  ADMIN: [[documents.CreateServiceAccountDocument, none]],
};

const nameOf = (document: DocumentNode) =>
  document.definitions.flatMap((definition) =>
    definition.kind === 'OperationDefinition' && definition.name ? [definition.name.value] : [],
  )[0] ?? 'operation';

/** `Me` first, then each role's examples once; ADMIN holds every role, so it gets them all. */
export function examplesFor(caller: Caller, now = new Date()): ExampleOperation[] {
  const year = now.getUTCFullYear() - 1;
  const roles = caller.roles.includes('ADMIN') ? Object.keys(BY_ROLE) : caller.roles;
  const chosen: Example[] = [[documents.MeDocument, none]];
  for (const role of roles) for (const example of BY_ROLE[role] ?? []) chosen.push(example);
  const seen = new Set<DocumentNode>();
  return chosen.flatMap(([document, variables]) => {
    if (seen.has(document)) return [];
    seen.add(document);
    // print() drops the __meta__ hash codegen embeds; the text is the document as written.
    return [{ name: nameOf(document), query: print(document), variables: variables(caller, year) }];
  });
}
