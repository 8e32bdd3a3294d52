import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Entities of other subgraphs that a bulletin item's evidence points at, by key only. `resolvable: false`:
 * this subgraph adds no fields to them and never resolves them; the gateway fetches every other field from
 * the owning subgraph. The type names must be exactly the owners' (kept together here so that the
 * integrator can align them in one place):
 * - Agency (registry), Incident (reporting), Inspection and Finding (oversight), Complaint (complaints),
 *   AccountabilityCase (accountability).
 */

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Agency')
export class AgencyStub {
  @Field(() => ID, { description: '`<region code>:<kind>`' })
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Incident')
export class IncidentStub {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Inspection')
export class InspectionStub {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Finding')
export class FindingStub {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Complaint')
export class ComplaintStub {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('AccountabilityCase')
export class AccountabilityCaseStub {
  @Field(() => ID)
  id: string;
}

export const stubOf = (id: string) => ({ id });
