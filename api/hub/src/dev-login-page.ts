import { AgencyKind, RegionLevel, Role } from '@dibao/domain';

/*
 * The development identity provider's own pages, in the hub's look and in both languages: the sign-in form
 * with the demo officials listed (a newcomer picks one), and the consent to let GraphiQL act for them. They
 * replace oidc-provider's generic development forms; the provider still runs the protocol.
 */

/** A demo account as the login page lists it. */
export interface DemoAccount {
  login: string;
  name: string;
  kind: AgencyKind;
  level: RegionLevel;
  regionName: string;
  regionNameEn: string;
  roles: readonly Role[];
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  :root { --red: #b3261e; --ink: #1d1b20; --muted: #5f5b66; --line: #e3dfe6; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; color: var(--ink); background: #faf8fb; }
  header { background: var(--red); color: #fff; padding: 1rem 1.5rem; }
  header p { margin: 0; opacity: .9; }
  h1 { margin: 0; font-size: 1.4rem; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
  form.card { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1.25rem; max-width: 26rem; }
  label { display: block; margin: .75rem 0 .25rem; font-weight: 600; }
  input { width: 100%; padding: .5rem; border: 1px solid var(--muted); border-radius: .25rem; font: inherit; }
  button { margin-top: 1rem; padding: .55rem 1.25rem; background: var(--red); color: #fff; border: 0; border-radius: .25rem; font: inherit; cursor: pointer; }
  .error { color: var(--red); font-weight: 600; }
  .hint { color: var(--muted); font-size: .9rem; }
  table { border-collapse: collapse; width: 100%; margin-top: .5rem; background: #fff; }
  th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
  code { font-family: ui-monospace, monospace; }
  .en { color: var(--muted); font-size: .9rem; }
  button .en { color: #fff; }`;

function page(title: { zh: string; en: string }, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title.zh)} · ${escape(title.en)}</title><style>${STYLE}</style></head>
<body>
<header><h1>低保监督检查平台 · 开发环境登录</h1><p lang="en">Dibao oversight hub · development sign-in</p></header>
<main>${body}</main>
</body></html>`;
}

const bilingual = (zh: string, en: string) => `${escape(zh)} <span class="en" lang="en">${escape(en)}</span>`;

function accountRow(account: DemoAccount): string {
  const kind = AgencyKind[account.kind];
  const roles = account.roles.map((role) => Role[role]);
  return `<tr><td><code>${escape(account.login)}</code></td><td>${escape(account.name)}</td>
<td>${escape(account.regionName)}${escape(kind.zh)}<br><span class="en" lang="en">${escape(kind.en)}, ${escape(account.regionNameEn)}</span></td>
<td>${roles.map((role) => escape(role.zh)).join('、')}<br><span class="en" lang="en">${roles.map((role) => escape(role.en)).join(', ')}</span></td></tr>`;
}

function accountTable(accounts: readonly DemoAccount[]): string {
  return `<table><thead><tr><th>${bilingual('账号', 'Login')}</th><th>${bilingual('姓名', 'Name')}</th>
<th>${bilingual('单位', 'Agency')}</th><th>${bilingual('角色', 'Roles')}</th></tr></thead>
<tbody>${accounts.map(accountRow).join('\n')}</tbody></table>`;
}

/** One account of each set of roles first (what to try), then every demo account by level. */
function listed(accounts: readonly DemoAccount[]): string {
  const seen = new Set<string>();
  const examples = accounts.filter((account) => {
    const key = account.roles.join();
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const levels = Object.keys(RegionLevel) as RegionLevel[];
  const byLevel = levels
    .map((level) => [level, accounts.filter((account) => account.level === level)] as const)
    .filter(([, list]) => list.length > 0)
    .map(
      ([level, list]) =>
        `<details><summary>${bilingual(`${RegionLevel[level].zh}（${list.length}）`, `${RegionLevel[level].en} (${list.length})`)}</summary>${accountTable(list)}</details>`,
    );
  return `<h2>${bilingual('演示账号', 'Demo accounts')}</h2>
<p class="hint">${bilingual('每个演示账号都是演示数据中的一名干部，权限来自干部名录。', 'Each demo account is an official of the demo data; their agency, region and roles come from the registry.')}</p>
<h3>${bilingual('各角色示例', 'One of each role')}</h3>${accountTable(examples)}
<h3>${bilingual('全部账号', 'Every account')}</h3>${byLevel.join('\n')}`;
}

export function loginPage(input: {
  action: string;
  accounts: readonly DemoAccount[];
  login?: string;
  error?: { zh: string; en: string };
}): string {
  const logins = input.accounts.map((account) => `<option value="${escape(account.login)}">`).join('');
  return page(
    { zh: '登录', en: 'Sign in' },
    `<form class="card" method="post" action="${escape(input.action)}">
${input.error ? `<p class="error" role="alert">${bilingual(input.error.zh, input.error.en)}</p>` : ''}
<label for="login">${bilingual('账号', 'Login')}</label>
<input id="login" name="login" list="demo-logins" autocomplete="username" required autofocus value="${escape(input.login ?? '')}"
  placeholder="civil-affairs.630102">
<datalist id="demo-logins">${logins}</datalist>
<label for="password">${bilingual('密码', 'Password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<p class="hint">${bilingual('开发环境：任意密码均可。账号为 <单位类型>.<区划代码>。', 'Development: any password will do. A login is <agency kind>.<region code>.')}</p>
<button type="submit">${bilingual('登录', 'Sign in')}</button>
</form>
${listed(input.accounts)}`,
  );
}

export function consentPage(input: { action: string; client: string; account?: DemoAccount }): string {
  const who = input.account ? `${input.account.name}（${input.account.login}）` : '';
  return page(
    { zh: '授权', en: 'Consent' },
    `<form class="card" method="post" action="${escape(input.action)}">
<p>${bilingual(`允许 ${input.client} 以 ${who} 的身份调用平台接口？`, `Let ${input.client} call the hub's API as ${who}?`)}</p>
<button type="submit">${bilingual('继续', 'Continue')}</button>
</form>`,
  );
}
