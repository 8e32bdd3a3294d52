import type { RegionLevel } from '@dibao/domain';

import { splitTrailingNationalities } from './ethnic-groups.js';
import { placeNameSyllables, pinyinWord, romanizeText } from './place-name-pinyin.js';

/**
 * An administrative suffix and the Chinese words it is romanised as (one pinyin word each); an empty list
 * drops it. Before autonomous-area suffixes (自治县) and ethnic-township ones (乡, 苏木) may come nationality
 * names (回族土族), which become words of their own.
 */
interface SuffixRule {
  suffix: string;
  words: readonly string[];
  mayFollowNationalities?: boolean;
}

/*
 * Per level, longest suffix first. Provinces and prefecture-level cities are known by their bare names
 * (青海 Qinghai, 西宁 Xining), as in English usage; below that the suffix tells units apart that share a
 * name (城东区 Chengdong Qu), so it is kept.
 */
const SUFFIX_RULES: Readonly<Record<RegionLevel, readonly SuffixRule[]>> = {
  PROVINCE: [
    { suffix: '自治区', words: [], mayFollowNationalities: true },
    { suffix: '省', words: [] },
    { suffix: '市', words: [] },
  ],
  PREFECTURE: [
    { suffix: '自治州', words: ['自治州'], mayFollowNationalities: true },
    { suffix: '地区', words: ['地区'] },
    { suffix: '盟', words: ['盟'] },
    { suffix: '市', words: [] },
  ],
  COUNTY: [
    { suffix: '行政委员会', words: ['行政', '委员会'] },
    { suffix: '自治县', words: ['自治县'], mayFollowNationalities: true },
    { suffix: '自治旗', words: ['自治旗'], mayFollowNationalities: true },
    { suffix: '开发区', words: ['开发区'] },
    { suffix: '管委会', words: ['管委会'] },
    { suffix: '区', words: ['区'] },
    { suffix: '县', words: ['县'] },
    { suffix: '市', words: ['市'] },
    { suffix: '旗', words: ['旗'] },
  ],
  TOWNSHIP: [
    { suffix: '街道办事处', words: ['街道'] },
    { suffix: '工业园区', words: ['工业', '园区'] },
    { suffix: '区公所', words: ['区公所'] },
    { suffix: '办事处', words: ['办事处'] },
    { suffix: '开发区', words: ['开发区'] },
    { suffix: '管理区', words: ['管理区'] },
    { suffix: '工业园', words: ['工业园'] },
    { suffix: '产业园', words: ['产业园'] },
    { suffix: '委员会', words: ['委员会'] },
    { suffix: '街道', words: ['街道'] },
    { suffix: '苏木', words: ['苏木'], mayFollowNationalities: true },
    { suffix: '地区', words: ['地区'] },
    { suffix: '园区', words: ['园区'] },
    { suffix: '农场', words: ['农场'] },
    { suffix: '林场', words: ['林场'] },
    { suffix: '畜牧场', words: ['畜牧场'] },
    { suffix: '牧场', words: ['牧场'] },
    { suffix: '镇', words: ['镇'] },
    { suffix: '乡', words: ['乡'], mayFollowNationalities: true },
  ],
};

/**
 * Names whose English spelling is fixed by convention rather than by pinyin: 陕西 is Shaanxi so that it
 * differs from 山西 Shanxi.
 */
const CONVENTIONAL_SPELLINGS: Readonly<Record<string, string>> = { 陕西: 'Shaanxi' };

/**
 * The English (pinyin) name of a region: 青海省 → Qinghai, 西宁市 → Xining, 城东区 → Chengdong Qu,
 * 大通回族土族自治县 → Datong Huizu Tuzu Zizhixian, 鲁沙尔镇 → Lusha'er Zhen, 东关大街街道 → Dongguandajie Jiedao.
 * Names without a known suffix are romanised whole.
 */
export function englishNameOf(name: string, level: RegionLevel): string {
  const syllables = placeNameSyllables(name);
  const rule = SUFFIX_RULES[level].find(({ suffix }) => name.length > suffix.length && name.endsWith(suffix));
  if (rule === undefined) return romanizeText(name, syllables);

  const beforeSuffix = name.slice(0, name.length - rule.suffix.length);
  // Ethnic townships name their nationality with 族 (群加藏族乡); autonomous areas may omit it (蒙古自治州).
  const { stem, nationalities } = rule.mayFollowNationalities
    ? splitTrailingNationalities(beforeSuffix, { requireZu: level === 'TOWNSHIP' })
    : { stem: beforeSuffix, nationalities: [] };

  const stemSyllables = syllables.slice(0, Array.from(stem).length);
  // Provinces drop their nationalities with the suffix: 广西壮族自治区 is Guangxi.
  const nationalityWords = level === 'PROVINCE' ? [] : nationalities.map(romanizeWord);
  const stemWord = CONVENTIONAL_SPELLINGS[stem] ?? romanizeText(stem, stemSyllables);
  return [stemWord, ...nationalityWords, ...rule.words.map(romanizeWord)].join(' ');
}

// Suffixes and nationalities repeat tens of thousands of times in a national load.
const romanizedWords = new Map<string, string>();

function romanizeWord(word: string): string {
  let romanized = romanizedWords.get(word);
  if (romanized === undefined) {
    romanized = pinyinWord(placeNameSyllables(word).filter((syllable): syllable is string => syllable !== null));
    romanizedWords.set(word, romanized);
  }
  return romanized;
}
