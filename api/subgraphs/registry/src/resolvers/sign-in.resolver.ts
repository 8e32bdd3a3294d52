import { Arg, Authorized, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requirePrincipal, unauthenticated } from '@dibao/server';
import type { RegistryContext } from '../context.js';
import { PrincipalType } from '../schema/principal.type.js';
import {
  NewServiceAccountInput,
  OfficialAccessInput,
  OfficialAccessType,
  RevokedTokenType,
  RevokeTokenInput,
  ServiceAccountType,
} from '../schema/sign-in.type.js';
import {
  createServiceAccount,
  principalForToken,
  revokeToken,
  setOfficialAccess,
  setServiceAccountActive,
} from '../services/sign-in.service.js';

@Resolver()
export class SignInResolver {
  /**
   * The gateway's question for every provider token it verified. Inaccessible: not part of the public API, so
   * only the gateway (holding the gateway secret) reaches it, and only without a caller's token.
   */
  @Directive('@inaccessible')
  @Query(() => PrincipalType, { description: 'The principal of a verified provider token (gateway only)' })
  async signInPrincipal(
    @Arg('issuer') issuer: string,
    @Arg('subject') subject: string,
    @Arg('jti') jti: string,
    @Ctx() context: RegistryContext,
    @Arg('clientId', () => String, { nullable: true }) clientId?: string | null,
  ): Promise<PrincipalType> {
    if (context.principal) throw unauthenticated('Only the gateway asks this', '仅网关可以查询');
    const principal = await principalForToken(context.dataSource, { issuer, subject, clientId, jti });
    return { ...principal, regionCode: principal.region };
  }

  @Authorized('ADMIN')
  @Mutation(() => OfficialAccessType, {
    description:
      "Set an official's roles and sign-in subject (ADMIN of the official's agency) / 设置工作人员的角色与登录身份",
  })
  setOfficialAccess(
    @Arg('officialId', () => ID) officialId: string,
    @Arg('access', () => OfficialAccessInput) access: OfficialAccessInput,
    @Ctx() context: RegistryContext,
  ) {
    return setOfficialAccess(context.dataSource, requirePrincipal(context), officialId, access);
  }

  @Authorized('ADMIN')
  @Mutation(() => ServiceAccountType, {
    description: 'Register a county system as a service account (ADMIN of its agency) / 新增服务账户',
  })
  createServiceAccount(
    @Arg('input', () => NewServiceAccountInput) input: NewServiceAccountInput,
    @Ctx() context: RegistryContext,
  ) {
    return createServiceAccount(context.dataSource, requirePrincipal(context), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ServiceAccountType, { description: 'Enable or disable a service account / 启用或停用服务账户' })
  setServiceAccountActive(
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Ctx() context: RegistryContext,
  ) {
    return setServiceAccountActive(context.dataSource, requirePrincipal(context), id, active);
  }

  @Authorized('ADMIN')
  @Mutation(() => RevokedTokenType, {
    description: 'Refuse a provider token by its id from the next request on / 吊销令牌',
  })
  revokeToken(@Arg('input', () => RevokeTokenInput) input: RevokeTokenInput, @Ctx() context: RegistryContext) {
    return revokeToken(context.dataSource, requirePrincipal(context), input);
  }
}
