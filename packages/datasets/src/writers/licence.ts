import type { Bilingual, ReleaseManifest } from '../release-format.js';
import { CC_BY_4_0 } from './datapackage.js';

export const RELEASE_TITLE: Bilingual = { zh: '低保监督检查公开数据', en: 'Dibao oversight open data' };

/** How to cite a release: publisher, title, version and date, the stable address, the licence. */
export function citationOf(options: {
  publisher: Bilingual;
  title?: Bilingual;
  version: string;
  date: string;
}): Bilingual {
  const title = options.title ?? RELEASE_TITLE;
  return {
    zh: `${options.publisher.zh}．${title.zh}（版本 ${options.version}，${options.date} 发布）．/data/${options.version}/．许可协议：CC BY 4.0．`,
    en: `${options.publisher.en}. ${title.en}, release ${options.version} (${options.date}). /data/${options.version}/. Licensed under CC BY 4.0.`,
  };
}

/** LICENSE.md of a release: the licence in plain words in both languages, and the citation naming the version. */
export function licenceMarkdown(manifest: ReleaseManifest): string {
  const citation = manifest.citation;
  return [
    '# 许可协议 / Licence',
    '',
    `本数据（版本 ${manifest.version}）采用知识共享署名 4.0 国际许可协议（CC BY 4.0）发布：${CC_BY_4_0.url}`,
    '',
    '您可以自由地共享（复制、发行）和演绎（修改、转换、再创作）本数据，用于任何目的，包括商业目的，但须署名：注明出处和版本、提供许可协议链接，并说明是否作了修改。',
    '',
    `This data (release ${manifest.version}) is licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): ${CC_BY_4_0.url}`,
    '',
    'You are free to share (copy and redistribute) and adapt (remix, transform, build upon) the data for any purpose, even commercially, provided that you give appropriate credit: name the source and the release, link to the licence, and indicate whether changes were made.',
    '',
    '## 引用 / How to cite',
    '',
    ...(citation ? [citation.zh, '', citation.en, ''] : []),
    '## 说明 / Notes',
    '',
    `人数、户数等涉及个人的计数小于 ${manifest.suppressionThreshold} 时不予公开，记为 ${manifest.suppressionMarker}；为防止由合计推算，部分其他单元格也记为 ${manifest.suppressionMarker}。数据不含投诉举报人、低保对象的任何个人信息。`,
    '',
    `Counts about persons or households below ${manifest.suppressionThreshold} are withheld and shown as ${manifest.suppressionMarker}; some other cells are withheld too so that none can be worked out from totals. The data holds no personal information about complainants or recipients.`,
    '',
  ].join('\n');
}
