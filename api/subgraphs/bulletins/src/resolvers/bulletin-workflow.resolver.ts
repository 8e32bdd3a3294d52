import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requirePrincipal } from '@dibao/server';
import type { BulletinsContext } from '../context.js';
import {
  AddBulletinItemInput,
  CreateBulletinDraftInput,
  UpdateBulletinDraftInput,
  UpdateBulletinItemInput,
} from '../schema/bulletin.inputs.js';
import { BulletinItemType } from '../schema/bulletin-item.type.js';
import { BulletinType } from '../schema/bulletin.type.js';
import { addBulletinItem, removeBulletinItem, updateBulletinItem } from '../services/bulletin-item.service.js';
import {
  createBulletinDraft,
  discardBulletinDraft,
  issueBulletin,
  publishBulletin,
  setDocumentPrefix,
  updateBulletinDraft,
} from '../services/bulletin.service.js';

/**
 * The lifecycle: a REVIEWER of the issuing civil affairs department drafts, fills in items, issues (the
 * document number is given then) and, in a separate act, publishes. Illegal moves are CONFLICT.
 */
@Resolver()
export class BulletinWorkflowResolver {
  @Authorized('REVIEWER')
  @Mutation(() => BulletinType, { description: 'Start a bulletin draft / 新建通报草稿' })
  createBulletinDraft(@Arg('input') input: CreateBulletinDraftInput, @Ctx() context: BulletinsContext) {
    return createBulletinDraft(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => BulletinType, { description: 'Change a draft / 修改通报草稿' })
  updateBulletinDraft(@Arg('input') input: UpdateBulletinDraftInput, @Ctx() context: BulletinsContext) {
    return updateBulletinDraft(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => ID, { description: 'Drop a draft and its items; returns its id / 删除通报草稿' })
  discardBulletinDraft(@Arg('id', () => ID) id: string, @Ctx() context: BulletinsContext) {
    return discardBulletinDraft(context.deps, requirePrincipal(context), id);
  }

  @Authorized('REVIEWER')
  @Mutation(() => BulletinItemType, { description: 'Add a commendation or criticism to a draft / 新增通报事项' })
  addBulletinItem(@Arg('input') input: AddBulletinItemInput, @Ctx() context: BulletinsContext) {
    return addBulletinItem(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => BulletinItemType, { description: 'Change an item of a draft / 修改通报事项' })
  updateBulletinItem(@Arg('input') input: UpdateBulletinItemInput, @Ctx() context: BulletinsContext) {
    return updateBulletinItem(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => BulletinType, { description: 'Remove an item from a draft; returns the bulletin / 删除通报事项' })
  removeBulletinItem(@Arg('id', () => ID) id: string, @Ctx() context: BulletinsContext) {
    return removeBulletinItem(context.deps, requirePrincipal(context), id);
  }

  @Authorized('REVIEWER')
  @Mutation(() => BulletinType, {
    description:
      "Issue a draft: it gets the issuer's next document number of the year and can no longer change / 印发（编发文字号）",
  })
  issueBulletin(@Arg('id', () => ID) id: string, @Ctx() context: BulletinsContext) {
    return issueBulletin(context.deps, requirePrincipal(context), id);
  }

  @Authorized('REVIEWER')
  @Mutation(() => BulletinType, {
    description: 'Make an issued bulletin public, a separate deliberate act / 向社会公开已印发的通报',
  })
  publishBulletin(@Arg('id', () => ID) id: string, @Ctx() context: BulletinsContext) {
    return publishBulletin(context.deps, requirePrincipal(context), id);
  }

  @Authorized('REVIEWER')
  @Mutation(() => String, {
    description: "Set the prefix of an issuer's future document numbers, e.g. 青民发 / 设置发文机关代字",
  })
  setDocumentPrefix(
    @Arg('issuer', () => ID) issuer: string,
    @Arg('prefix') prefix: string,
    @Ctx() context: BulletinsContext,
  ) {
    return setDocumentPrefix(context.deps, requirePrincipal(context), issuer, prefix);
  }
}
