import { BulletinEvidenceKind, isRegionYearEvidence, isWithinRegion } from '@dibao/domain';
import { badInput } from '@dibao/server';
import type { BulletinEvidenceEntity } from '../entities/index.js';
import type { BulletinEvidenceInput } from '../schema/bulletin.inputs.js';

export type CheckedEvidence = Omit<BulletinEvidenceEntity, 'itemId'>;

const RECORD_ID = /^\S{1,100}$/u;

/**
 * Checks the shape of each reference (a record id, or a region and a year, as its kind needs) and that
 * statistics lie within the issuer's region: a bulletin cites only what its issuer oversees. Whether a record
 * exists is for its own subgraph to say when the reference is followed; this subgraph cannot read it.
 */
export function checkedEvidence(inputs: readonly BulletinEvidenceInput[], issuerRegionCode: string): CheckedEvidence[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const position = index + 1;
    const label = BulletinEvidenceKind[input.kind];
    const en = `Evidence ${position} (${label.en})`;
    const zh = `依据 ${position}（${label.zh}）`;
    const note = input.note?.trim() || null;
    let checked: CheckedEvidence;
    if (isRegionYearEvidence(input.kind)) {
      const { regionCode, year, id } = input.ref;
      if (!regionCode || !year || id) {
        throw badInput(
          `${en} needs ref.regionCode and ref.year, and no ref.id`,
          `${zh}须提供地区代码和年度，不能提供记录 ID`,
        );
      }
      if (!isWithinRegion(regionCode, issuerRegionCode)) {
        throw badInput(
          `${en}: region ${regionCode} is outside the issuer's region ${issuerRegionCode}`,
          `${zh}：地区 ${regionCode} 不在发文机关辖区 ${issuerRegionCode} 内`,
        );
      }
      checked = { position, kind: input.kind, refId: null, regionCode, year, note };
    } else {
      const id = input.ref.id?.trim();
      if (!id || !RECORD_ID.test(id) || input.ref.regionCode || input.ref.year) {
        throw badInput(
          `${en} needs ref.id (no spaces, at most 100 characters), and no regionCode or year`,
          `${zh}须提供记录 ID（不含空格，不超过 100 个字符），不能提供地区代码或年度`,
        );
      }
      checked = { position, kind: input.kind, refId: id, regionCode: null, year: null, note };
    }
    const key = [checked.kind, checked.refId, checked.regionCode, checked.year].join('|');
    if (seen.has(key)) throw badInput(`${en} is given twice`, `${zh}重复`);
    seen.add(key);
    return checked;
  });
}
