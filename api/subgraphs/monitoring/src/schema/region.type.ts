import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Region is owned by the registry; monitoring adds fields to it by key. */
@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code: string;
}

export const regionRef = (code: string): RegionRef => ({ code });
