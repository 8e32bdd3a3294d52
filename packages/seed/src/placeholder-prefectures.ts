/*
 * The statistical division codes fill the prefecture level with placeholders where a province has none:
 * municipalities list their districts under 市辖区 (1101) and, for Chongqing, their counties under 县
 * (5002); provinces list the county-level units they administer directly under 省直辖县级行政区划 (4190)
 * or 自治区直辖县级行政区划 (6590). They are kept as prefecture-level regions, so that every county has a
 * parent and parentCodeOf() stays a pure function of the code, but renamed so that a list of regions reads
 * well. No agency sits at a placeholder: counties there answer to the province directly.
 */

const PLACEHOLDER_NAME = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;
const RENAMED_PLACEHOLDER = /(?:市辖区|市辖县|直辖县级行政区划)$/;

export function isPlaceholderPrefectureName(rawName: string): boolean {
  return PLACEHOLDER_NAME.test(rawName);
}

/** A readable name for a placeholder: 北京市市辖区, 重庆市辖县, 河南省直辖县级行政区划. */
export function placeholderPrefectureNames(
  rawName: string,
  province: { name: string; nameEn: string },
): { name: string; nameEn: string } {
  if (rawName === '市辖区') {
    return { name: `${province.name}市辖区`, nameEn: `${province.nameEn} Municipal Districts` };
  }
  if (rawName === '县') {
    return { name: `${province.name}辖县`, nameEn: `${province.nameEn} Municipal Counties` };
  }
  if (isPlaceholderPrefectureName(rawName)) {
    // 省直辖… under 河南省 reads 河南省直辖…: the province's own suffix is not repeated.
    return {
      name: `${province.name}${rawName.replace(/^(?:省|自治区)/, '')}`,
      nameEn: `${province.nameEn} Directly Administered County-level Divisions`,
    };
  }
  throw new RangeError(`${JSON.stringify(rawName)} is not a placeholder prefecture name`);
}

/** True for a prefecture-level region that is only a placeholder, as renamed by placeholderPrefectureNames. */
export function isPlaceholderPrefecture(region: { level: string; name: string }): boolean {
  return region.level === 'PREFECTURE' && RENAMED_PLACEHOLDER.test(region.name);
}
