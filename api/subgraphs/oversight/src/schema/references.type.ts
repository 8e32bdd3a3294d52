import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Agency and Official are owned by the registry. Oversight refers to them by key only and returns `{ id }`,
 * so that clients can ask for `organiser { name }` and the gateway fetches the rest from the registry.
 */

@Directive('@key(fields: "id")')
@ObjectType('Agency')
export class AgencyRef {
  @Field(() => ID, { description: '`<region code>:<kind>`' })
  id: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Official')
export class OfficialRef {
  @Field(() => ID)
  id: string;
}

export const agencyRef = (id: string): AgencyRef => ({ id });
export const officialRef = (id: string): OfficialRef => ({ id });
