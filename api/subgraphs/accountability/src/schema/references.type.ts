import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Agencies and officials are owned by the registry, incidents by reporting, findings and inspections by
 * oversight, complaints by complaints. Accountability holds their keys only; the gateway fetches every other
 * field from the owner, as the caller. `resolvable: false`: this subgraph adds no fields to them.
 */

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Agency')
export class AgencyRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Official')
export class OfficialRef {
  @Field(() => ID)
  id: string;
}

export const agencyRef = (id: string): AgencyRef => ({ id });
export const officialRef = (id: string): OfficialRef => ({ id });

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Finding')
export class FindingRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Complaint')
export class ComplaintRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Incident')
export class IncidentRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Inspection')
export class InspectionRef {
  @Field(() => ID)
  id: string;
}
