/*
 * A small Markdown renderer for the release's CHANGELOG.md: headings, lists, paragraphs, inline code, bold and
 * links. Everything else is text, escaped, so a changelog can never inject markup into the page. Headings are
 * shifted so that the changelog's top level sits at `topLevel` (the page's own outline stays valid).
 */

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function inline(source: string): string {
  // Split out code spans first, so that nothing inside them is formatted.
  return source
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      }
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\(((?:https?:\/\/|\/|\.\/)[^)\s]*)\)/g, '<a href="$2">$1</a>');
    })
    .join('');
}

export function renderMarkdown(markdown: string, topLevel = 3): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const headingLevels = lines.map((line) => /^(#{1,6})\s/.exec(line)?.[1]?.length ?? 7);
  const shallowest = Math.min(...headingLevels);
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];

  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (list.length > 0) out.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    paragraph = [];
    list = [];
  };

  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = Math.min(6, topLevel + (heading[1]?.length ?? 1) - shallowest);
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
    } else if (item) {
      if (paragraph.length > 0) flush();
      list.push(item[1] ?? '');
    } else if (line.trim() === '') {
      flush();
    } else if (list.length > 0 && /^\s+/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      if (list.length > 0) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}
