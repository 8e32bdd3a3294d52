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
 * The English names of the nationalities, as the State Council's official English names of autonomous areas
 * use them (大通回族土族自治县 Datong Hui and Tu Autonomous County). 各族 ("all nationalities", as in
 * 龙胜各族自治县) is not one nationality but is written in the same place.
 */
const ENGLISH_NATIONALITY_NAMES: Readonly<Record<string, string>> = {
  蒙古: 'Mongol',
  回: 'Hui',
  藏: 'Tibetan',
  维吾尔: 'Uygur',
  苗: 'Miao',
  彝: 'Yi',
  壮: 'Zhuang',
  布依: 'Bouyei',
  朝鲜: 'Korean',
  满: 'Manchu',
  侗: 'Dong',
  瑶: 'Yao',
  白: 'Bai',
  土家: 'Tujia',
  哈尼: 'Hani',
  哈萨克: 'Kazakh',
  傣: 'Dai',
  黎: 'Li',
  傈僳: 'Lisu',
  佤: 'Va',
  畲: 'She',
  高山: 'Gaoshan',
  拉祜: 'Lahu',
  水: 'Shui',
  东乡: 'Dongxiang',
  纳西: 'Naxi',
  景颇: 'Jingpo',
  柯尔克孜: 'Kirgiz',
  土: 'Tu',
  达斡尔: 'Daur',
  仫佬: 'Mulao',
  羌: 'Qiang',
  布朗: 'Blang',
  撒拉: 'Salar',
  毛南: 'Maonan',
  仡佬: 'Gelao',
  锡伯: 'Xibe',
  阿昌: 'Achang',
  普米: 'Pumi',
  塔吉克: 'Tajik',
  怒: 'Nu',
  乌孜别克: 'Uzbek',
  俄罗斯: 'Russian',
  鄂温克: 'Ewenki',
  德昂: "De'ang",
  保安: 'Bonan',
  裕固: 'Yugur',
  京: 'Gin',
  塔塔尔: 'Tatar',
  独龙: 'Derung',
  鄂伦春: 'Oroqen',
  赫哲: 'Hezhen',
  门巴: 'Monba',
  珞巴: 'Lhoba',
  基诺: 'Jino',
  各: 'Multi-ethnic',
};

/** The English name of a nationality, given with or without its final 族 (藏族, 蒙古); undefined if none. */
export function englishNationalityName(name: string): string | undefined {
  return ENGLISH_NATIONALITY_NAMES[name.endsWith('族') ? name.slice(0, -1) : name];
}

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
  if (text.endsWith('各族')) return '各族';
  for (const name of NAMES_LONGEST_FIRST) {
    if (text.endsWith(`${name}族`)) return `${name}族`;
    if (!requireZu && name.length > 1 && text.endsWith(name)) return name;
  }
  return undefined;
}
