/**
 * The 55 officially recognised minority nationalities, without the final 族. Autonomous regions, prefectures,
 * counties and banners, and ethnic townships (民族乡), put these names between the place name and the
 * suffix (大通回族土族自治县), and there is no other way to tell where the place name ends.
 */
export const MINORITY_NATIONALITIES: readonly string[] = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
];

/**
 * Splits the nationality names off the end of `text` ('大通回族土族' → stem '大通', ['回族', '土族']).
 * Names of two or more characters may also appear without 族 (博尔塔拉蒙古自治州, 新疆维吾尔自治区); one-
 * character names only count with 族, or 西藏 would lose its 藏. The stem keeps at least two characters.
 */
export function splitTrailingNationalities(
  text: string,
  { requireZu }: { requireZu: boolean },
): { stem: string; nationalities: string[] } {
  const nationalities: string[] = [];
  let stem = text;
  for (;;) {
    const match = trailingNationality(stem, requireZu);
    // A place name has at least two characters: 内蒙古自治区 is 内蒙古, not 内 plus 蒙古.
    if (match === undefined || stem.length - match.length < 2) break;
    nationalities.unshift(match);
    stem = stem.slice(0, stem.length - match.length);
  }
  return { stem, nationalities };
}

const NAMES_LONGEST_FIRST = [...MINORITY_NATIONALITIES].sort((a, b) => b.length - a.length);

function trailingNationality(text: string, requireZu: boolean): string | undefined {
  for (const name of NAMES_LONGEST_FIRST) {
    if (text.endsWith(`${name}族`)) return `${name}族`;
    if (!requireZu && name.length > 1 && text.endsWith(name)) return name;
  }
  return undefined;
}
