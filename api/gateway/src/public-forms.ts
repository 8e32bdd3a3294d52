import type { IncomingMessage, ServerResponse } from 'node:http';
import { print } from 'graphql';
import {
  ComplaintChallengeDocument,
  ComplaintStatusDocument,
  FileSupervisionObservationDocument,
  RateComplaintHandlingDocument,
  SendComplainantMessageDocument,
  SubmitOnlineComplaintDocument,
} from '@dibao/client';
import {
  ComplaintDeadline,
  ProblemCategory,
  problemCategoryValues,
  type ProblemCategory as Category,
} from '@dibao/domain';
import { CLIENT_ADDRESS_HEADER, GATEWAY_SECRET_HEADER } from '@dibao/server';
import { escapeHtml, page, type Lang } from './public-pages.js';

/*
 * The public site is static, so a browser without JavaScript files a complaint and follows it up by posting
 * plain HTML forms here (application/x-www-form-urlencoded); the gateway answers with HTML pages. It forwards to
 * the complaints subgraph exactly the GraphQL operations the site's script sends through /graphql (the public
 * documents of @dibao/client), with the
 * gateway secret and the caller's address (which the subgraph's limits are keyed by), so both paths meet the
 * same checks. Nothing of a request is logged: neither the body (identity, summary, receipt code) nor the
 * address. Every page is `no-store` (a receipt code must not sit in a shared cache) and `no-referrer`.
 */

export const PUBLIC_PREFIX = '/public/';
export const COMPLAINT_FORM_PATH = '/public/complaints';
export const FOLLOW_UP_PATH = '/public/follow-up';
export const OBSERVATION_PATH = '/public/observations';

/** The largest form accepted: a 5,000-character summary in Chinese, percent-encoded, fits with room. */
export const MAX_FORM_BYTES = 64 * 1024;

export interface PublicFormLimits {
  /** Requests to the form routes per caller address within the window. */
  perClient: number;
  /** All requests to the form routes within the window. */
  global: number;
  windowSeconds: number;
}

export const DEFAULT_PUBLIC_FORM_LIMITS: PublicFormLimits = { perClient: 60, global: 3000, windowSeconds: 600 };

/** Sliding-window counts in memory (per gateway process), the number of keys bounded. */
class WindowCounter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}
  allow(key: string, nowMs: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((at) => at > nowMs - this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(nowMs);
    this.hits.delete(key);
    if (recent.length) this.hits.set(key, recent);
    while (this.hits.size > 100_000) this.hits.delete(this.hits.keys().next().value as string);
    return allowed;
  }
}

/** The site's public documents of @dibao/client, as text: the subgraph is called directly, inside the trust boundary. */
const OPERATIONS = {
  challenge: print(ComplaintChallengeDocument),
  submit: print(SubmitOnlineComplaintDocument),
  status: print(ComplaintStatusDocument),
  message: print(SendComplainantMessageDocument),
  observation: print(FileSupervisionObservationDocument),
  rate: print(RateComplaintHandlingDocument),
} as const;

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; messages?: { en: string; zh: string } } }>;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly messages: { en: string; zh: string },
    readonly code: string,
  ) {
    super(messages.en);
  }
}

const HTTP_OF_CODE: Record<string, number> = { RATE_LIMITED: 429, BAD_USER_INPUT: 400, CONFLICT: 409 };

export interface PublicFormOptions {
  complaintsUrl: string | undefined;
  gatewaySecret: string;
  limits?: PublicFormLimits;
}

/** Serves the form routes; returns false for paths it does not serve. */
export function publicFormRoutes(options: PublicFormOptions) {
  const limits = options.limits ?? DEFAULT_PUBLIC_FORM_LIMITS;
  const perClient = new WindowCounter(limits.perClient, limits.windowSeconds * 1000);
  const global = new WindowCounter(limits.global, limits.windowSeconds * 1000);

  async function call<T>(document: string, variables: Record<string, unknown>, clientAddress: string): Promise<T> {
    if (!options.complaintsUrl) {
      throw new Refusal(503, { en: 'Complaints are not served here', zh: '本网关未接入投诉举报服务' }, 'UNAVAILABLE');
    }
    let answer: GraphQLAnswer<T>;
    try {
      const response = await fetch(options.complaintsUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [GATEWAY_SECRET_HEADER]: options.gatewaySecret,
          [CLIENT_ADDRESS_HEADER]: clientAddress,
        },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(15_000),
      });
      answer = (await response.json()) as GraphQLAnswer<T>;
    } catch {
      throw new Refusal(
        503,
        { en: 'The complaints service did not answer; try again shortly', zh: '投诉举报服务暂无响应，请稍后再试' },
        'UNAVAILABLE',
      );
    }
    const first = answer.errors?.[0];
    if (first || !answer.data) {
      const code = first?.extensions?.code ?? 'INTERNAL';
      throw new Refusal(
        HTTP_OF_CODE[code] ?? 500,
        first?.extensions?.messages ?? { en: 'The request failed', zh: '请求失败' },
        code,
      );
    }
    return answer.data;
  }

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== COMPLAINT_FORM_PATH && path !== FOLLOW_UP_PATH && path !== OBSERVATION_PATH) return false;
    const clientAddress = String(req.headers[CLIENT_ADDRESS_HEADER] ?? 'unknown');
    void (async () => {
      let lang: Lang = 'zh-CN';
      try {
        const now = Date.now();
        if (!perClient.allow(clientAddress, now) || !global.allow('all', now)) {
          req.resume();
          throw new Refusal(
            429,
            {
              en: 'Too many requests; wait a few minutes, or call the hotline',
              zh: '请求过于频繁，请几分钟后再试，或拨打热线',
            },
            'RATE_LIMITED',
          );
        }
        if (req.method === 'GET' && path === FOLLOW_UP_PATH) {
          lang = new URL(req.url ?? '/', 'http://gateway').searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
          return send(res, 200, page(lang, followUpTitle(lang), codeForm(lang, null)));
        }
        if (req.method !== 'POST') {
          throw new Refusal(405, { en: 'Send the form with POST', zh: '请以 POST 方式提交表单' }, 'METHOD');
        }
        const form = await readForm(req);
        lang = form.get('lang') === 'en' ? 'en' : 'zh-CN';
        if (path === COMPLAINT_FORM_PATH) await complaintForm(form, lang, clientAddress, res);
        else if (path === OBSERVATION_PATH) await observationForm(form, lang, clientAddress, res);
        else await followUp(form, lang, clientAddress, res);
      } catch (error) {
        const refusal =
          error instanceof Refusal
            ? error
            : new Refusal(500, { en: 'Something went wrong; try again', zh: '出现错误，请重试' }, 'INTERNAL');
        const message = lang === 'en' ? refusal.messages.en : refusal.messages.zh;
        send(
          res,
          refusal.status,
          page(
            lang,
            lang === 'en' ? 'Not sent' : '未能提交',
            `<p role="alert" class="refusal">${escapeHtml(message)}</p>
            <p>${lang === 'en' ? 'Go back with your browser’s Back button to change and resend it.' : '请使用浏览器的“后退”返回修改后重新提交。'}</p>`,
          ),
          refusal.status === 429 ? { 'retry-after': '60' } : {},
        );
      }
    })();
    return true;
  };

  /** First post: a confirmation page with a FORM challenge; the confirmed post files the complaint. */
  async function complaintForm(form: URLSearchParams, lang: Lang, clientAddress: string, res: ServerResponse) {
    const input = onlineInputOf(form, lang);
    const token = form.get('token');
    if (!token) {
      const { complaintChallenge } = await call<{ complaintChallenge: { token: string; notBefore: string } }>(
        OPERATIONS.challenge,
        { lane: 'FORM' },
        clientAddress,
      );
      const wait = Math.max(0, Math.ceil((Date.parse(complaintChallenge.notBefore) - Date.now()) / 1000));
      return send(
        res,
        200,
        page(lang, confirmTitle(lang), confirmPage(lang, form, input, complaintChallenge.token, wait)),
      );
    }
    try {
      const { submitOnlineComplaint: receipt } = await call<{
        submitOnlineComplaint: {
          receiptCode: string;
          receivedAt: string;
          deadlines: Array<{ kind: string; dueAt: string }>;
        };
      }>(OPERATIONS.submit, { input, proof: { token } }, clientAddress);
      return send(res, 201, page(lang, receiptTitle(lang), receiptPage(lang, input, receipt)));
    } catch (error) {
      // Confirmed too early: the same page again, same token, so the wait is not started over.
      if (error instanceof Refusal && error.code === 'BAD_USER_INPUT' && /wait/i.test(error.messages.en)) {
        return send(
          res,
          425,
          page(
            lang,
            confirmTitle(lang),
            confirmPage(lang, form, input, token, 0, lang === 'en' ? error.messages.en : error.messages.zh),
          ),
        );
      }
      throw error;
    }
  }

  /** An observer's filing: the observer key stands in for the challenge (it is a credential of its own). */
  async function observationForm(form: URLSearchParams, lang: Lang, clientAddress: string, res: ServerResponse) {
    const category = form.get('category') ?? '';
    if (!problemCategoryValues.includes(category as Category)) {
      throw new Refusal(400, { en: 'Choose what the problem is', zh: '请选择问题类别' }, 'BAD_USER_INPUT');
    }
    const { fileSupervisionObservation: filed } = await call<{
      fileSupervisionObservation: {
        receiptCode: string;
        villageCode: string;
        observedOn: string;
        deadlines: Array<{ kind: string; dueAt: string }>;
      } | null;
    }>(
      OPERATIONS.observation,
      {
        observerKey: (form.get('observerKey') ?? '').trim(),
        input: {
          villageCode: (form.get('villageCode') ?? '').trim(),
          observedOn: form.get('observedOn') ?? '',
          category,
          summary: form.get('summary') ?? '',
        },
      },
      clientAddress,
    );
    if (!filed) {
      throw new Refusal(403, { en: 'This observer key is not valid', zh: '提交密钥无效' }, 'FORBIDDEN');
    }
    const en = lang === 'en';
    return send(
      res,
      201,
      page(
        lang,
        en ? 'Observation filed' : '监督记录已提交',
        `<p class="lead">${en ? 'The observation entered the complaint flow. Keep the receipt code to follow it; it is shown only now.' : '监督记录已进入投诉举报办理流程。请保存查询码以便跟进，它只显示这一次。'}</p>
        <p class="code-label">${en ? 'Receipt code' : '查询码'}</p>
        <p class="receipt-code" id="receipt-code">${escapeHtml(filed.receiptCode)}</p>
        <dl class="review">
          <dt>${en ? 'Village code' : '村（社区）代码'}</dt><dd>${escapeHtml(filed.villageCode)}</dd>
          <dt>${en ? 'Observed on' : '发现日期'}</dt><dd>${escapeHtml(filed.observedOn)}</dd>
          ${filed.deadlines.map((deadline) => `<dt>${escapeHtml(deadlineLabel(lang, deadline.kind))}</dt><dd>${escapeHtml(beijing(lang, deadline.dueAt))}</dd>`).join('')}
        </dl>`,
      ),
    );
  }

  async function followUp(form: URLSearchParams, lang: Lang, clientAddress: string, res: ServerResponse) {
    const receiptCode = (form.get('receiptCode') ?? '').trim().slice(0, 64);
    const action = form.get('action') ?? 'status';
    let notice: string | null = null;
    if (!receiptCode) throw new Refusal(400, { en: 'Enter your receipt code', zh: '请输入查询码' }, 'BAD_USER_INPUT');
    if (action === 'message') {
      const sent = await call<{ sendComplainantMessage: { status: string } | null }>(
        OPERATIONS.message,
        { receiptCode, text: form.get('text') ?? '' },
        clientAddress,
      );
      if (sent.sendComplainantMessage) notice = lang === 'en' ? 'Your message was sent.' : '留言已发送。';
    } else if (action === 'rate') {
      const satisfied = form.get('satisfied');
      if (satisfied !== 'yes' && satisfied !== 'no') {
        throw new Refusal(400, { en: 'Choose satisfied or not satisfied', zh: '请选择满意或不满意' }, 'BAD_USER_INPUT');
      }
      const rated = await call<{ rateComplaintHandling: { appealOpened: boolean } | null }>(
        OPERATIONS.rate,
        { receiptCode, satisfied: satisfied === 'yes', comment: form.get('comment') || null },
        clientAddress,
      );
      if (rated.rateComplaintHandling) {
        notice = rated.rateComplaintHandling.appealOpened
          ? lang === 'en'
            ? 'Thank you. Your rating opened a review by the level above.'
            : '感谢评价。已提请上级复查。'
          : lang === 'en'
            ? 'Thank you for your rating.'
            : '感谢您的评价。';
      }
    }
    const { complaintStatus } = await call<{ complaintStatus: ReceiptStatus | null }>(
      OPERATIONS.status,
      { receiptCode },
      clientAddress,
    );
    if (!complaintStatus) {
      return send(
        res,
        404,
        page(
          lang,
          followUpTitle(lang),
          `<p role="alert" class="refusal">${lang === 'en' ? 'No complaint has this receipt code. Check it and try again.' : '没有与此查询码对应的投诉举报，请核对后重试。'}</p>${codeForm(lang, null)}`,
        ),
      );
    }
    return send(res, 200, page(lang, followUpTitle(lang), statusPage(lang, receiptCode, complaintStatus, notice)));
  }
}

interface ReceiptStatus {
  status: string;
  statusLabel: { zh: string; en: string };
  receivedAt: string;
  closedAt: string | null;
  publicFeedback: string | null;
  canRate: boolean;
  deadlines: Array<{ kind: string; dueAt: string; metAt: string | null; overdue: boolean; late: boolean }>;
  messages: Array<{ author: string; sentAt: string; text: string }>;
}

function send(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      // The pages carry no script; forms post back here only.
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'",
      ...headers,
    })
    .end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    req.resume();
    throw new Refusal(415, { en: 'Send an HTML form', zh: '请以网页表单提交' }, 'UNSUPPORTED');
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_FORM_BYTES) {
    req.resume();
    throw new Refusal(413, { en: 'The form is too large', zh: '提交内容过长' }, 'TOO_LARGE');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new Refusal(413, { en: 'The form is too large', zh: '提交内容过长' }, 'TOO_LARGE');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

interface OnlineInput {
  regionCode: string;
  category: string;
  summary: string;
  complainant: { name: string; contact: string | null } | null;
  rewardOptIn: boolean;
}

function onlineInputOf(form: URLSearchParams, lang: Lang): OnlineInput {
  const name = (form.get('name') ?? '').trim();
  const contact = (form.get('contact') ?? '').trim();
  const anonymous = form.get('anonymous') !== 'no' || !name;
  const category = form.get('category') ?? '';
  if (!problemCategoryValues.includes(category as Category)) {
    throw new Refusal(400, { en: 'Choose what the problem is', zh: '请选择问题类别' }, 'BAD_USER_INPUT');
  }
  void lang;
  return {
    regionCode: (form.get('regionCode') ?? '').trim(),
    category,
    summary: form.get('summary') ?? '',
    complainant: anonymous ? null : { name, contact: contact || null },
    rewardOptIn: form.get('rewardOptIn') === 'yes',
  };
}

const confirmTitle = (lang: Lang) => (lang === 'en' ? 'Confirm your complaint' : '确认投诉举报内容');
const receiptTitle = (lang: Lang) => (lang === 'en' ? 'Complaint received: your receipt' : '投诉举报已受理：回执');
const followUpTitle = (lang: Lang) => (lang === 'en' ? 'Follow up your complaint' : '查询办理进度');

const categoryLabel = (lang: Lang, code: string) =>
  ProblemCategory[code as Category]?.[lang === 'en' ? 'en' : 'zh'] ?? code;
const deadlineLabel = (lang: Lang, code: string) =>
  ComplaintDeadline[code as keyof typeof ComplaintDeadline]?.[lang === 'en' ? 'en' : 'zh'] ?? code;

/** A date and time in Beijing, as people there read it. */
function beijing(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

const hidden = (name: string, value: string) =>
  `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

function confirmPage(
  lang: Lang,
  form: URLSearchParams,
  input: OnlineInput,
  token: string,
  wait: number,
  warning?: string,
) {
  const en = lang === 'en';
  const kept = ['lang', 'regionCode', 'category', 'summary', 'anonymous', 'name', 'contact', 'rewardOptIn'];
  const fields = kept.map((name) => hidden(name, form.get(name) ?? '')).join('');
  return `
    ${warning ? `<p role="alert" class="refusal">${escapeHtml(warning)}</p>` : ''}
    <p>${
      en
        ? `Check what you are about to send. To keep automated floods out without tracking anyone, forms sent without JavaScript are held briefly: wait ${wait} seconds, then press “Confirm and send”.`
        : `请核对将要提交的内容。为在不追踪任何人的前提下防止自动批量提交，未启用脚本的表单需稍候：请等待 ${wait} 秒后点击“确认提交”。`
    }</p>
    <dl class="review">
      <dt>${en ? 'Region code' : '被反映地区代码'}</dt><dd>${escapeHtml(input.regionCode)}</dd>
      <dt>${en ? 'Problem' : '问题类别'}</dt><dd>${escapeHtml(categoryLabel(lang, input.category))}</dd>
      <dt>${en ? 'What happened' : '反映事项'}</dt><dd class="text">${escapeHtml(input.summary)}</dd>
      <dt>${en ? 'Your name' : '姓名'}</dt><dd>${input.complainant ? (en ? 'given (encrypted, never shown to handlers)' : '已填写（加密保存，承办人看不到）') : en ? 'anonymous' : '匿名'}</dd>
      <dt>${en ? 'Reward if substantiated' : '申请举报奖励'}</dt><dd>${input.rewardOptIn ? (en ? 'yes' : '是') : en ? 'no' : '否'}</dd>
    </dl>
    <form method="post" action="${COMPLAINT_FORM_PATH}">
      ${fields}${hidden('token', token)}
      <button type="submit">${en ? 'Confirm and send' : '确认提交'}</button>
    </form>`;
}

function receiptText(
  lang: Lang,
  input: OnlineInput,
  receipt: { receiptCode: string; receivedAt: string; deadlines: Array<{ kind: string; dueAt: string }> },
) {
  const en = lang === 'en';
  return [
    en ? 'Dibao complaint receipt' : '低保投诉举报回执',
    `${en ? 'Receipt code' : '查询码'}: ${receipt.receiptCode}`,
    `${en ? 'Received' : '受理时间'}: ${beijing(lang, receipt.receivedAt)}`,
    `${en ? 'Region code' : '被反映地区代码'}: ${input.regionCode}`,
    `${en ? 'Problem' : '问题类别'}: ${categoryLabel(lang, input.category)}`,
    ...receipt.deadlines.map((deadline) => `${deadlineLabel(lang, deadline.kind)}: ${beijing(lang, deadline.dueAt)}`),
    en
      ? 'Keep this code: it is the only way to follow the complaint, and it cannot be recovered.'
      : '请妥善保存查询码：这是跟进办理情况的唯一凭证，遗失后无法找回。',
  ].join('\n');
}

function receiptPage(
  lang: Lang,
  input: OnlineInput,
  receipt: { receiptCode: string; receivedAt: string; deadlines: Array<{ kind: string; dueAt: string }> },
) {
  const en = lang === 'en';
  const proof = Buffer.from(`\ufeff${receiptText(lang, input, receipt)}\n`, 'utf8').toString('base64');
  return `
    <p class="lead">${en ? 'Your complaint was received. Keep the receipt code: it is shown only now and cannot be recovered.' : '您的投诉举报已受理。请保存查询码：它只显示这一次，遗失后无法找回。'}</p>
    <p class="code-label">${en ? 'Receipt code' : '查询码'}</p>
    <p class="receipt-code" id="receipt-code">${escapeHtml(receipt.receiptCode)}</p>
    <dl class="review">
      <dt>${en ? 'Received' : '受理时间'}</dt><dd>${escapeHtml(beijing(lang, receipt.receivedAt))}</dd>
      <dt>${en ? 'Problem' : '问题类别'}</dt><dd>${escapeHtml(categoryLabel(lang, input.category))}</dd>
      ${receipt.deadlines.map((deadline) => `<dt>${escapeHtml(deadlineLabel(lang, deadline.kind))}</dt><dd>${escapeHtml(beijing(lang, deadline.dueAt))}</dd>`).join('')}
    </dl>
    <p class="no-print"><a download="${en ? 'complaint-receipt' : 'tousu-huizhi'}.txt" href="data:text/plain;charset=utf-8;base64,${proof}">${en ? 'Download the receipt (text file)' : '下载回执（文本文件）'}</a> · ${en ? 'or print this page' : '或打印本页'}</p>
    <p class="no-print"><a href="${FOLLOW_UP_PATH}?lang=${lang}">${en ? 'Follow up with the receipt code' : '凭查询码查询办理进度'}</a></p>`;
}

function codeForm(lang: Lang, code: string | null) {
  const en = lang === 'en';
  return `
    <form method="post" action="${FOLLOW_UP_PATH}" class="no-print">
      ${hidden('lang', lang)}${hidden('action', 'status')}
      <label for="receiptCode">${en ? 'Receipt code' : '查询码'}</label>
      <input id="receiptCode" name="receiptCode" required autocomplete="off" spellcheck="false" value="${escapeHtml(code ?? '')}">
      <button type="submit">${en ? 'Show the progress' : '查询'}</button>
    </form>`;
}

function statusPage(lang: Lang, receiptCode: string, status: ReceiptStatus, notice: string | null) {
  const en = lang === 'en';
  const deadlineRows = status.deadlines
    .map((deadline) => {
      const state = deadline.metAt
        ? `${en ? 'met' : '已完成'} ${beijing(lang, deadline.metAt)}${deadline.late ? (en ? ' (late)' : '（逾期完成）') : ''}`
        : deadline.overdue
          ? en
            ? 'overdue'
            : '已逾期'
          : en
            ? 'running'
            : '办理中';
      return `<tr><th scope="row">${escapeHtml(deadlineLabel(lang, deadline.kind))}</th><td>${escapeHtml(beijing(lang, deadline.dueAt))}</td><td>${escapeHtml(state)}</td></tr>`;
    })
    .join('');
  const messages = status.messages.length
    ? `<ol class="thread">${status.messages
        .map(
          (message) =>
            `<li><p class="meta">${message.author === 'COMPLAINANT' ? (en ? 'You' : '您') : en ? 'Handler' : '承办人'} · ${escapeHtml(beijing(lang, message.sentAt))}</p><p class="text">${escapeHtml(message.text)}</p></li>`,
        )
        .join('')}</ol>`
    : `<p>${en ? 'No messages yet.' : '暂无留言。'}</p>`;
  const rating = status.canRate
    ? `<section aria-labelledby="rate-heading" class="no-print"><h2 id="rate-heading">${en ? 'Rate the handling' : '评价办理情况'}</h2>
        <form method="post" action="${FOLLOW_UP_PATH}">
          ${hidden('lang', lang)}${hidden('action', 'rate')}${hidden('receiptCode', receiptCode)}
          <fieldset><legend>${en ? 'Are you satisfied?' : '您是否满意？'}</legend>
            <input type="radio" id="satisfied-yes" name="satisfied" value="yes" required><label for="satisfied-yes">${en ? 'Satisfied' : '满意'}</label>
            <input type="radio" id="satisfied-no" name="satisfied" value="no"><label for="satisfied-no">${en ? 'Not satisfied (opens a review by the level above)' : '不满意（将提请上级复查）'}</label>
          </fieldset>
          <label for="comment">${en ? 'Comment (optional)' : '意见（选填）'}</label>
          <textarea id="comment" name="comment" maxlength="2000" rows="3"></textarea>
          <button type="submit">${en ? 'Send the rating' : '提交评价'}</button>
        </form></section>`
    : '';
  return `
    ${notice ? `<p role="status" class="notice">${escapeHtml(notice)}</p>` : ''}
    <dl class="review">
      <dt>${en ? 'Status' : '办理状态'}</dt><dd id="complaint-status">${escapeHtml(en ? status.statusLabel.en : status.statusLabel.zh)}</dd>
      <dt>${en ? 'Received' : '受理时间'}</dt><dd>${escapeHtml(beijing(lang, status.receivedAt))}</dd>
      ${status.closedAt ? `<dt>${en ? 'Closed' : '办结时间'}</dt><dd>${escapeHtml(beijing(lang, status.closedAt))}</dd>` : ''}
      ${status.publicFeedback ? `<dt>${en ? 'Feedback' : '办理结果反馈'}</dt><dd class="text">${escapeHtml(status.publicFeedback)}</dd>` : ''}
    </dl>
    <table><caption>${en ? 'Deadlines' : '办理期限'}</caption>
      <thead><tr><th scope="col">${en ? 'Deadline' : '期限'}</th><th scope="col">${en ? 'Due' : '截止时间'}</th><th scope="col">${en ? 'State' : '情况'}</th></tr></thead>
      <tbody>${deadlineRows}</tbody></table>
    <section aria-labelledby="messages-heading"><h2 id="messages-heading">${en ? 'Messages' : '留言'}</h2>${messages}
      <form method="post" action="${FOLLOW_UP_PATH}" class="no-print">
        ${hidden('lang', lang)}${hidden('action', 'message')}${hidden('receiptCode', receiptCode)}
        <label for="text">${en ? 'Write to the handler (you stay anonymous)' : '给承办人留言（仍然匿名）'}</label>
        <textarea id="text" name="text" required maxlength="5000" rows="4"></textarea>
        <button type="submit">${en ? 'Send' : '发送'}</button>
      </form></section>
    ${rating}`;
}
