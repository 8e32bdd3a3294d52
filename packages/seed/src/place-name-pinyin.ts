import { pinyin } from 'pinyin-pro';

/*
 * Readings that pinyin-pro gets wrong in place names. Its dictionary picks the everyday reading of a
 * polyphone; place names often keep an old or local one. Whole words are matched first (longest first).
 */
const PLACE_NAME_WORD_READINGS: Readonly<Record<string, string>> = {
  称多: 'chen duo', // Qinghai: Chenduo County and its Chenwen town
  称文: 'chen wen',
  乐亭: 'lao ting',
  乐清: 'yue qing',
  蔚县: 'yu xian',
  尉犁: 'yu li',
  六合: 'lu he',
  涡阳: 'guo yang',
  单县: 'shan xian',
  黄陂: 'huang pi',
  洪洞: 'hong tong',
  筠连: 'jun lian',
  歙县: 'she xian',
  繁峙: 'fan shi',
  解州: 'xie zhou',
  栟茶: 'ben cha',
  大埔: 'da bu',
  万柏林: 'wan bai lin', // Taiyuan: Wanbailin District
};

/** Characters whose place-name reading differs from the everyday one wherever they occur in a place name. */
const PLACE_NAME_CHARACTER_READINGS: Readonly<Record<string, string>> = {
  都: 'du', // 乐都 Ledu, 都兰 Dulan, 成都 Chengdu: "dou" (all) never occurs in names
  什: 'shi', // 喀什 Kashi, 什邡 Shifang; pinyin-pro says "shen" (什么)
  藏: 'zang', // 藏族 and Tibetan names (巴藏沟); pinyin-pro says "cang" (hide)
  // Rare characters (CJK Extension A) that pinyin-pro has no reading for.
  䃥: 'chong', // 流波䃥镇, Jinzhai, Anhui
  㯊: 'cha', // 桴㯊镇, a variant of 槎
  㵲: 'wu', // 㵲水街道, on the 㵲阳河, Guizhou
};

const TONELESS_SYLLABLE = /^[a-zü]+$/;

const WORD_KEYS_LONGEST_FIRST = Object.keys(PLACE_NAME_WORD_READINGS).sort((a, b) => b.length - a.length);

/** True for a Chinese character (including 〇, used in numbered farms such as 八五〇农场). */
export function isHanCharacter(char: string): boolean {
  return /^\p{Script=Han}$/u.test(char);
}

/**
 * Toneless pinyin of each character of `text`, aligned with `Array.from(text)`: null for a character that is
 * not Chinese or has no known reading. ü is kept as ü, as in official romanisation (吕梁 Lüliang).
 */
export function placeNameSyllables(text: string): Array<string | null> {
  const chars = Array.from(text);
  const syllables: Array<string | null> = chars.map(() => null);
  const runs = hanRuns(chars);
  for (const { start, end } of runs) {
    const run = chars.slice(start, end).join('');
    const readings = pinyin(run, { toneType: 'none', type: 'array' });
    // pinyin-pro gives one syllable per Chinese character; a mismatch would misalign every later syllable.
    if (readings.length !== end - start) throw new Error(`pinyin-pro returned ${readings.length} syllables for ${run}`);
    readings.forEach((reading, offset) => {
      const syllable = PLACE_NAME_CHARACTER_READINGS[chars[start + offset] ?? ''] ?? reading;
      // pinyin-pro returns a character it cannot read unchanged; it is then kept as is, like punctuation.
      syllables[start + offset] = TONELESS_SYLLABLE.test(syllable) ? syllable : null;
    });
    applyWordReadings(chars, start, end, syllables);
  }
  return syllables;
}

function hanRuns(chars: readonly string[]): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let start = -1;
  chars.forEach((char, i) => {
    if (isHanCharacter(char)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push({ start, end: i });
      start = -1;
    }
  });
  if (start >= 0) runs.push({ start, end: chars.length });
  return runs;
}

function applyWordReadings(
  chars: readonly string[],
  start: number,
  end: number,
  syllables: Array<string | null>,
): void {
  const run = chars.slice(start, end).join('');
  // Almost no name holds one of these words: test the whole run once before scanning it.
  const candidates = WORD_KEYS_LONGEST_FIRST.filter((key) => run.includes(key));
  if (candidates.length === 0) return;
  for (let i = start; i < end;) {
    const word = candidates.find((key) => chars.slice(i, i + key.length).join('') === key);
    if (word === undefined || i + word.length > end) {
      i++;
      continue;
    }
    (PLACE_NAME_WORD_READINGS[word] ?? '').split(' ').forEach((reading, offset) => {
      syllables[i + offset] = reading;
    });
    i += word.length;
  }
}

/**
 * Joins syllables into one capitalised word, with an apostrophe before a syllable that starts with a vowel
 * (a, o, e) so the boundary stays unambiguous: 西安 Xi'an, 平安 Ping'an, 格尔木 Ge'ermu.
 */
export function pinyinWord(syllables: readonly string[]): string {
  const joined = syllables
    .map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable))
    .join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Romanises free text: each run of Chinese characters becomes one word; other characters are kept. */
export function romanizeText(text: string, syllables: ReadonlyArray<string | null> = placeNameSyllables(text)): string {
  const chars = Array.from(text);
  let result = '';
  let word: string[] = [];
  const flushWord = (): void => {
    if (word.length > 0) result += ` ${pinyinWord(word)} `;
    word = [];
  };
  chars.forEach((char, i) => {
    const syllable = syllables[i];
    if (syllable !== null && syllable !== undefined) word.push(syllable);
    else {
      flushWord();
      result += FULLWIDTH_PUNCTUATION[char] ?? char;
    }
  });
  flushWord();
  return result.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
}

const FULLWIDTH_PUNCTUATION: Readonly<Record<string, string>> = {
  '（': ' (',
  '）': ') ',
  '、': ', ',
  '·': ' ',
  '•': ' ',
};
