import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * The records an alert is referred to are owned by oversight (Finding) and complaints (Complaint). Monitoring
 * holds their keys only; the gateway fetches their state from the owner, as the caller and with the caller's
 * rights. `resolvable: false`: monitoring adds no fields to them.
 */

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
