/*
 * The frame of the gateway's HTML answers to the site's forms: a plain, accessible page (one h1, a main
 * landmark, the language set) with a print stylesheet, so the receipt prints as a clean proof of filing.
 */

export type Lang = 'zh-CN' | 'en';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const STYLE = `
  body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; line-height: 1.6; margin: 0; color: #1a1a1a; background: #fff; }
  header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem; }
  header { border-bottom: 3px solid #8b0000; }
  .site { font-weight: 700; margin: 0; }
  h1 { font-size: 1.6rem; }
  .receipt-code { font: 700 1.5rem/1.4 ui-monospace, monospace; letter-spacing: .06em; border: 2px solid #1a1a1a; padding: .5rem 1rem; display: inline-block; }
  .refusal { border-left: 4px solid #8b0000; padding: .5rem 1rem; background: #fdf0f0; }
  .notice { border-left: 4px solid #1d5e20; padding: .5rem 1rem; background: #eef7ee; }
  dl.review { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dl.review dt { font-weight: 700; }
  .text { white-space: pre-wrap; }
  table { border-collapse: collapse; margin: 1rem 0; }
  th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; }
  label { display: block; margin-top: .75rem; font-weight: 700; }
  fieldset label { display: inline; font-weight: 400; margin-right: 1rem; }
  input[type=text], input:not([type]), textarea { width: 100%; max-width: 40rem; font: inherit; padding: .3rem; border: 1px solid #555; }
  button { margin-top: .75rem; font: inherit; padding: .4rem 1.2rem; background: #8b0000; color: #fff; border: 0; cursor: pointer; }
  a { color: #0b4f9c; }
  :focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
  @media print {
    .no-print, header nav { display: none !important; }
    body { font-size: 11pt; }
    header { border-bottom: 1px solid #000; }
    a { color: #000; text-decoration: none; }
  }`;

export function page(lang: Lang, title: string, body: string): string {
  const en = lang === 'en';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${en ? 'Dibao oversight' : '低保监督公开'}</title>
<style>${STYLE}</style>
</head>
<body>
<header><p class="site">${en ? 'Minimum living allowance oversight · online complaints' : '最低生活保障监督 · 网上投诉举报'}</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
<footer><p>${en ? 'Your identity is encrypted and never shown to handlers or on the public site.' : '您的身份信息加密保存，承办人员看不到，也不会出现在公开网站上。'}</p></footer>
</body>
</html>`;
}
