import { BulletinItemCategory, BulletinItemKind } from '@dibao/domain';
import type { DatasetField } from '../release-format.js';
import type { BulletinRecord, ReleaseInput } from './inputs.js';
import { beijingDate, count, datetime, field, regionColumns, regionFields, type DatasetDefinition } from './fields.js';

const byIssue = (a: BulletinRecord, b: BulletinRecord) =>
  a.issuedAt.localeCompare(b.issuedAt) || a.documentNumber.localeCompare(b.documentNumber);
const publishedBulletins = (input: ReleaseInput) => [...input.bulletins].sort(byIssue);

const documentNumber = field(
  'document_number',
  'string',
  ['文号', '通报的发文字号，如 青民发〔2025〕3号'],
  ['Document number', 'The bulletin’s document number, e.g. 青民发〔2025〕3号'],
);
const documentYear = field('year', 'integer', ['发文年份', '文号中的年份'], ['Year', 'Year of the document number']);
const issuedAt = field(
  'issued_at',
  'datetime',
  ['印发时间', '通报印发时间（UTC）'],
  ['Issued', 'When the bulletin was issued (UTC)'],
);
const publishedAt = field(
  'published_at',
  'datetime',
  ['公开时间', '通报向社会公开的时间（UTC）'],
  ['Published', 'When the bulletin was made public (UTC)'],
);
const issuerFields: DatasetField[] = [
  field(
    'issuer_id',
    'string',
    ['发文机关代码', '发文机关：区划代码:机构类别'],
    ['Issuer id', 'Issuing agency, `<region code>:<kind>`'],
  ),
  field('issuer', 'string', ['发文机关', '发文机关名称'], ['Issuer (Chinese)', 'Issuing agency in Chinese']),
  field('issuer_en', 'string', ['发文机关英文名称', '发文机关英文名称'], ['Issuer', 'Issuing agency in English']),
];

/** Published bulletins (通报): one row each. The body stays internal; the items' public text is in bulletin-items. */
export const bulletinsDataset: DatasetDefinition = {
  name: 'bulletins',
  title: { zh: '已公开通报', en: 'Published bulletins' },
  description: {
    zh: '民政部门已向社会公开的低保工作通报：文号、标题、发文机关、通报期间、印发和公开时间，以及表扬、批评事项数。',
    en: 'Bulletins on dibao work the civil affairs departments have made public: document number, title, issuer, period covered, when issued and published, and the number of commendations and criticisms.',
  },
  fields: [
    documentNumber,
    documentYear,
    field('title', 'string', ['标题', '通报标题'], ['Title', 'Title of the bulletin (Chinese)']),
    field(
      'title_en',
      'string',
      ['英文标题', '发文机关提供的英文标题；为空表示仅有中文'],
      ['English title', 'The English title the issuer gave; empty when the bulletin is in Chinese only'],
    ),
    field(
      'summary_en',
      'string',
      ['英文摘要', '发文机关提供的英文摘要；为空表示仅有中文'],
      ['English summary', 'The English summary the issuer gave; empty when the bulletin is in Chinese only'],
    ),
    ...issuerFields,
    field(
      'issuer_region_code',
      'string',
      ['发文机关所在区划', '发文机关所在区划代码'],
      ['Issuer region', 'Region code of the issuer'],
    ),
    field(
      'period_from',
      'date',
      ['通报期间起', '通报所涉期间的起始日期（北京时间）'],
      ['Period from', 'First day of the period covered (Beijing time)'],
    ),
    field(
      'period_to',
      'date',
      ['通报期间止', '通报所涉期间的截止日期（北京时间）'],
      ['Period to', 'Last day of the period covered (Beijing time)'],
    ),
    issuedAt,
    publishedAt,
    count('items', ['事项数', '通报的表扬和批评事项数'], ['Items', 'Commendations and criticisms in the bulletin']),
    count('commendations', ['表扬事项数', '通报表扬事项数'], ['Commendations', 'Commendations in the bulletin']),
    count('criticisms', ['批评事项数', '通报批评事项数'], ['Criticisms', 'Criticisms in the bulletin']),
  ],
  primaryKey: ['document_number'],
  build(input) {
    const rows = publishedBulletins(input).map((bulletin) => ({
      document_number: bulletin.documentNumber,
      year: bulletin.documentYear,
      title: bulletin.title,
      title_en: bulletin.titleEn,
      summary_en: bulletin.summaryEn,
      issuer_id: bulletin.issuerId,
      issuer: bulletin.issuerName,
      issuer_en: bulletin.issuerNameEn,
      issuer_region_code: bulletin.issuerRegionCode,
      period_from: beijingDate(bulletin.periodFrom),
      period_to: beijingDate(bulletin.periodTo),
      issued_at: datetime(bulletin.issuedAt),
      published_at: datetime(bulletin.publishedAt),
      items: bulletin.items.length,
      commendations: bulletin.items.filter((item) => item.kind === 'COMMENDATION').length,
      criticisms: bulletin.items.filter((item) => item.kind === 'CRITICISM').length,
    }));
    return { rows, sums: [] };
  },
};

/**
 * The commendations and criticisms of published bulletins, in their public wording: people are named only as
 * the bulletin itself names them.
 */
export const bulletinItemsDataset: DatasetDefinition = {
  name: 'bulletin-items',
  title: { zh: '通报表扬与批评事项', en: 'Commendations and criticisms' },
  description: {
    zh: '已公开通报中的每一项表扬或批评：所属通报、类别、被表扬或批评的地区及通报公开文本（原文）。',
    en: 'Each commendation or criticism of the published bulletins: the bulletin, the kind and category, the region commended or criticised, and the public text as published (in Chinese).',
  },
  fields: [
    documentNumber,
    field('sequence', 'integer', ['序号', '事项在通报中的序号'], ['Sequence', 'Position of the item in the bulletin']),
    documentYear,
    field(
      'bulletin_title',
      'string',
      ['通报标题', '所属通报的标题'],
      ['Bulletin title', 'Title of the bulletin (Chinese)'],
    ),
    ...issuerFields,
    issuedAt,
    publishedAt,
    field(
      'kind',
      'string',
      ['类型代码', 'COMMENDATION 通报表扬，CRITICISM 通报批评'],
      ['Kind code', 'COMMENDATION or CRITICISM'],
    ),
    field('kind_zh', 'string', ['类型', '表扬或批评'], ['Kind (Chinese)', 'Kind in Chinese']),
    field('kind_en', 'string', ['类型英文名称', '表扬或批评（英文）'], ['Kind', 'Kind in English']),
    field(
      'category',
      'string',
      ['事由类别代码', '表扬或批评的事由类别代码'],
      ['Category code', 'Code of what it is for'],
    ),
    field(
      'category_zh',
      'string',
      ['事由类别', '事由类别中文名称'],
      ['Category (Chinese)', 'What it is for, in Chinese'],
    ),
    field(
      'category_en',
      'string',
      ['事由类别英文名称', '事由类别英文名称'],
      ['Category', 'What it is for, in English'],
    ),
    ...regionFields,
    field(
      'public_text',
      'string',
      ['公开文本', '通报中该事项的公开文本（原文）'],
      ['Public text', 'The item as the bulletin publishes it (Chinese)'],
    ),
  ],
  primaryKey: ['document_number', 'sequence'],
  build(input) {
    const rows = publishedBulletins(input).flatMap((bulletin) =>
      [...bulletin.items]
        .sort((a, b) => a.position - b.position)
        .map((item) => ({
          document_number: bulletin.documentNumber,
          sequence: item.position,
          year: bulletin.documentYear,
          bulletin_title: bulletin.title,
          issuer_id: bulletin.issuerId,
          issuer: bulletin.issuerName,
          issuer_en: bulletin.issuerNameEn,
          issued_at: datetime(bulletin.issuedAt),
          published_at: datetime(bulletin.publishedAt),
          kind: item.kind,
          kind_zh: BulletinItemKind[item.kind].zh,
          kind_en: BulletinItemKind[item.kind].en,
          category: item.category,
          category_zh: BulletinItemCategory[item.category].zh,
          category_en: BulletinItemCategory[item.category].en,
          ...regionColumns(item.region),
          public_text: item.publicText,
        })),
    );
    return { rows, sums: [] };
  },
};
