import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Agencies and officials are owned by the registry. Accountability holds their keys only; the gateway fetches
 * names, posts and everything else from the registry. `resolvable: false`: this subgraph adds no fields to them.
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
