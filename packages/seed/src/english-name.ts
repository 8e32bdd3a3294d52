import type { RegionLevel } from '@dibao/domain';

import { englishNationalityName, splitTrailingNationalities } from './ethnic-groups.js';
import { placeNameSyllables, romanizeText } from './place-name-pinyin.js';

/**
 * An administrative suffix and its English name ('' drops it: provinces and prefecture-level cities are known
 * by their bare names, 青海 Qinghai, 西宁 Xining, as in official English usage). Before the suffix of an
 * autonomous area (自治州, 自治县, 自治旗, 自治区) or an ethnic township (民族乡, 民族镇, 民族苏木) come the
 * names of its nationalities (大通回族土族自治县), which are named in English (Datong Hui and Tu Autonomous
 * County).
 */
interface SuffixRule {
  suffix: string;
  english: string;
  autonomous?: 'area' | 'ethnic-township';
}

/* Per level, longest suffix first. */
const SUFFIX_RULES: Readonly<Record<RegionLevel, readonly SuffixRule[]>> = {
  PROVINCE: [
    { suffix: '自治区', english: 'Autonomous Region', autonomous: 'area' },
    { suffix: '省', english: '' },
    { suffix: '市', english: '' },
  ],
  PREFECTURE: [
    { suffix: '自治州', english: 'Autonomous Prefecture', autonomous: 'area' },
    { suffix: '地区', english: 'Prefecture' },
    { suffix: '盟', english: 'League' },
    { suffix: '州', english: 'Prefecture' },
    { suffix: '市', english: '' },
  ],
  COUNTY: [
    { suffix: '行政委员会', english: 'Administrative Committee' },
    { suffix: '自治县', english: 'Autonomous County', autonomous: 'area' },
    { suffix: '自治旗', english: 'Autonomous Banner', autonomous: 'area' },
    { suffix: '开发区', english: 'Development Zone' },
    { suffix: '管委会', english: 'Administrative Committee' },
    { suffix: '特区', english: 'Special District' },
    { suffix: '区', english: 'District', autonomous: 'ethnic-township' },
    { suffix: '县', english: 'County' },
    { suffix: '市', english: 'City' },
    { suffix: '旗', english: 'Banner' },
    { suffix: '新城', english: 'New Town' },
    { suffix: '群岛', english: 'Islands' },
  ],
  TOWNSHIP: [
    { suffix: '街道办事处', english: 'Subdistrict' },
    { suffix: '工业园区', english: 'Industrial Park' },
    { suffix: '区公所', english: 'District Office' },
    { suffix: '办事处', english: 'Office' },
    { suffix: '开发区', english: 'Development Zone' },
    { suffix: '管理区', english: 'Administrative Area' },
    { suffix: '工业园', english: 'Industrial Park' },
    { suffix: '产业园', english: 'Industrial Park' },
    { suffix: '委员会', english: 'Committee' },
    { suffix: '街道', english: 'Subdistrict' },
    { suffix: '苏木', english: 'Sumu', autonomous: 'ethnic-township' },
    { suffix: '地区', english: 'Area' },
    { suffix: '园区', english: 'Park' },
    { suffix: '农场', english: 'Farm' },
    { suffix: '林场', english: 'Forest Farm' },
    { suffix: '畜牧场', english: 'Livestock Farm' },
    { suffix: '牧场', english: 'Ranch' },
    { suffix: '镇', english: 'Town', autonomous: 'ethnic-township' },
    { suffix: '乡', english: 'Township', autonomous: 'ethnic-township' },
  ],
  /*
   * Village-level units are named by their committee (土门关村委会, 北关社区居民委员会): the English name is that
   * of the place, Village for a village committee, Community for a residents' committee.
   */
  VILLAGE: [
    { suffix: '社区居民委员会', english: 'Community' },
    { suffix: '村村民委员会', english: 'Village' },
    { suffix: '社区居委会', english: 'Community' },
    { suffix: '村村委会', english: 'Village' },
    { suffix: '居民委员会', english: 'Community' },
    { suffix: '村民委员会', english: 'Village' },
    { suffix: '牧民委员会', english: 'Pastoral Village' },
    { suffix: '居委会', english: 'Community' },
    { suffix: '村委会', english: 'Village' },
    { suffix: '牧委会', english: 'Pastoral Village' },
    { suffix: '生活区', english: 'Residential Area' },
    { suffix: '社区', english: 'Community' },
    { suffix: '村', english: 'Village' },
  ],
};

/**
 * Units whose suffix cannot be told from the name: 林区 is a forestry district only in 神农架林区 (Hubei);
 * 碑林区 and 万柏林区 are districts named 碑林 and 万柏林. Hainan's 中沙 unit has a descriptive name.
 */
const WHOLE_NAME_RULES: Readonly<Record<string, { stem: string; english: string }>> = {
  神农架林区: { stem: '神农架', english: 'Forestry District' },
  中沙群岛的岛礁及其海域: { stem: '中沙', english: 'Islands, Reefs and Sea Areas' },
};

/**
 * Names whose English spelling is fixed by convention rather than by pinyin: 陕西 is Shaanxi so that it
 * differs from 山西 Shanxi; 内蒙古 is Inner Mongolia in the region's official English name.
 */
const CONVENTIONAL_SPELLINGS: Readonly<Record<string, string>> = { 陕西: 'Shaanxi', 内蒙古: 'Inner Mongolia' };

/**
 * Units whose place name is officially spelt from its Mongol, Uygur or Tibetan form rather than from the
 * Chinese characters (呼和浩特 Hohhot, not Huhehaote). Keyed by the full name: 兴安盟 is Hinggan League, but
 * 兴安县 in Guangxi is Xing'an County.
 */
const OFFICIAL_PLACE_SPELLINGS: Readonly<Record<string, string>> = {
  呼和浩特市: 'Hohhot',
  鄂尔多斯市: 'Ordos',
  呼伦贝尔市: 'Hulunbuir',
  乌兰察布市: 'Ulanqab',
  锡林郭勒盟: 'Xilin Gol',
  兴安盟: 'Hinggan',
  阿拉善盟: 'Alxa',
  阿拉善左旗: 'Alxa',
  阿拉善右旗: 'Alxa',
  乌鲁木齐市: 'Urumqi',
  巴音郭楞蒙古自治州: 'Bayingolin',
  博尔塔拉蒙古自治州: 'Bortala',
  克孜勒苏柯尔克孜自治州: 'Kizilsu',
  伊犁哈萨克自治州: 'Ili',
  喀什地区: 'Kashgar',
  喀什市: 'Kashgar',
  果洛藏族自治州: 'Golog',
  格尔木市: 'Golmud',
  塔什库尔干塔吉克自治县: 'Taxkorgan',
  察布查尔锡伯自治县: 'Qapqal',
  和布克赛尔蒙古自治县: 'Hoboksar',
  巴里坤哈萨克自治县: 'Barkol',
  木垒哈萨克自治县: 'Mori',
  阿克塞哈萨克族自治县: 'Aksay',
  喀喇沁左翼蒙古族自治县: 'Harqin Left Wing',
  前郭尔罗斯蒙古族自治县: 'Qian Gorlos',
  杜尔伯特蒙古族自治县: 'Dorbod',
  莫力达瓦达斡尔族自治旗: 'Morin Dawa',
};

/**
 * The English name of a region: the place name in pinyin, then the English names of its nationalities, then
 * the English name of its kind. 青海省 → Qinghai, 西宁市 → Xining, 城东区 → Chengdong District,
 * 海北藏族自治州 → Haibei Tibetan Autonomous Prefecture, 大通回族土族自治县 → Datong Hui and Tu Autonomous
 * County, 鲁沙尔镇 → Lusha'er Town, 群加藏族乡 → Qunjia Tibetan Ethnic Township. Names without a known suffix
 * are romanised whole.
 */
export function englishNameOf(name: string, level: RegionLevel): string {
  const syllables = placeNameSyllables(name);
  const whole = WHOLE_NAME_RULES[name];
  if (whole !== undefined) return `${placeWord(whole.stem, syllables)} ${whole.english}`;
  const rule = SUFFIX_RULES[level].find(({ suffix }) => name.length > suffix.length && name.endsWith(suffix));
  if (rule === undefined) return romanizeText(name, syllables);

  const beforeSuffix = name.slice(0, name.length - rule.suffix.length);
  if (rule.suffix === '旗') {
    const { stem, position } = splitBannerPosition(beforeSuffix);
    return join(placeWordOf(name, stem, syllables), position, rule.english);
  }
  if (rule.autonomous === undefined) return join(placeWordOf(name, beforeSuffix, syllables), rule.english);

  // Ethnic townships name their nationality with 族 (群加藏族乡); autonomous areas may omit it (蒙古自治州).
  const { stem, nationalities } = splitTrailingNationalities(beforeSuffix, {
    requireZu: rule.autonomous === 'ethnic-township',
  });
  if (nationalities.length === 0) {
    // A unit named after its one nationality: 东乡族自治县 Dongxiang, 鄂温克族自治旗 Ewenki Autonomous Banner.
    const own = englishNationalityName(stem);
    if (own !== undefined && rule.autonomous === 'area') return join(own, rule.english);
    return join(placeWordOf(name, stem, syllables), rule.english);
  }
  const groups = englishList(nationalities.map((nationality) => englishNationalityName(nationality) ?? nationality));
  const kind = rule.autonomous === 'ethnic-township' ? `Ethnic ${rule.english}` : rule.english;
  return join(placeWordOf(name, stem, syllables), groups, kind);
}

/*
 * Inner Mongolia's banners that share a tribe's name are told apart by wing and position (科尔沁左翼中旗
 * Horqin Left Middle Banner, 乌拉特前旗 Urad Front Banner, 达尔罕茂明安联合旗 … United Banner): these words
 * are translated, longest first.
 */
const BANNER_POSITIONS: ReadonlyArray<[string, string]> = [
  ['左翼前', 'Left Front'],
  ['左翼中', 'Left Middle'],
  ['左翼后', 'Left Rear'],
  ['右翼前', 'Right Front'],
  ['右翼中', 'Right Middle'],
  ['右翼后', 'Right Rear'],
  ['左翼', 'Left'],
  ['右翼', 'Right'],
  ['联合', 'United'],
  ['左', 'Left'],
  ['右', 'Right'],
  ['前', 'Front'],
  ['中', 'Middle'],
  ['后', 'Rear'],
];

function splitBannerPosition(beforeSuffix: string): { stem: string; position: string } {
  for (const [words, english] of BANNER_POSITIONS) {
    // The tribe's name keeps at least two characters (库伦旗 is Kulun, not Ku plus 伦).
    if (beforeSuffix.endsWith(words) && beforeSuffix.length - words.length >= 2) {
      return { stem: beforeSuffix.slice(0, beforeSuffix.length - words.length), position: english };
    }
  }
  return { stem: beforeSuffix, position: '' };
}

/** 'Hui', 'Hui and Tu', 'Bonan, Dongxiang and Salar', as the official names list them. */
function englishList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const join = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');

/** The place-name part in pinyin, one word (城东 Chengdong), or its conventional spelling. */
function placeWord(stem: string, syllables: ReadonlyArray<string | null>): string {
  return CONVENTIONAL_SPELLINGS[stem] ?? romanizeText(stem, syllables.slice(0, Array.from(stem).length));
}

/** placeWord, unless the unit's name has an official spelling of its own. */
const placeWordOf = (name: string, stem: string, syllables: ReadonlyArray<string | null>) =>
  OFFICIAL_PLACE_SPELLINGS[name] ?? placeWord(stem, syllables);
