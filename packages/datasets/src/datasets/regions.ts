import { field, levelLabel, regionColumns, regionFields, sortedRegions, type DatasetDefinition } from './fields.js';

/** The region list the site's region pages are built from. */
export const regionsDataset: DatasetDefinition = {
  name: 'regions',
  title: { zh: '行政区划', en: 'Regions' },
  description: {
    zh: '本次发布涵盖的省、市（州）、县（市、区），含上级区划代码，可据此还原行政层级。',
    en: 'The province, prefectures and counties the release covers, with their parent codes (the hierarchy).',
  },
  fields: [
    ...regionFields,
    field('level_zh', 'string', ['级别名称', '区划级别的中文名称'], ['Level (Chinese)', 'Level in Chinese']),
    field('level_en', 'string', ['级别英文名称', '区划级别的英文名称'], ['Level (English)', 'Level in English']),
  ],
  primaryKey: ['region_code'],
  build(input) {
    const rows = sortedRegions(input).map((region) => ({
      ...regionColumns(region),
      level_zh: levelLabel(region.level).zh,
      level_en: levelLabel(region.level).en,
    }));
    return { rows, sums: [] };
  },
};
