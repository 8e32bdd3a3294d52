import {
  competentBodiesFor,
  isAgencyRegionCode,
  NoCompetentBodyError,
  parseAgencyId,
  type AccountabilitySubject,
  type AccountabilitySubjectKind,
  type CadreLevel,
  type CompetentBodies,
} from '@dibao/domain';
import { badInput } from '@dibao/server';
import type { AccountabilitySubjectInput } from '../schema/case.inputs.js';

/** A subject as a case stores it, with the competent bodies its snapshot gives. */
export interface CheckedSubject {
  kind: AccountabilitySubjectKind;
  officialId: string | null;
  name: string | null;
  position: string | null;
  regionCode: string;
  cadreLevel: CadreLevel | null;
  agencyId: string | null;
  bodies: CompetentBodies;
}

const present = (value: string | null | undefined) => value !== null && value !== undefined;

/** Checks that the fields fit the kind of subject, and that some body can hold it to account. */
export function checkedSubject(input: AccountabilitySubjectInput): CheckedSubject {
  const name = input.name?.trim() || null;
  const position = input.position?.trim() || null;
  if (input.kind === 'OFFICIAL') {
    if (!input.regionCode || !isAgencyRegionCode(input.regionCode) || !input.cadreLevel) {
      throw badInput(
        'An official subject needs the region of the post (a GB/T 2260 code) and the cadre level',
        '个人问责对象须提供岗位所在区划代码和干部管理权限',
      );
    }
    if (present(input.agencyId)) {
      throw badInput('An official subject has no agencyId; that is for units', '个人问责对象不应提供单位 ID');
    }
    const subject: AccountabilitySubject = {
      kind: 'OFFICIAL',
      regionCode: input.regionCode,
      cadreLevel: input.cadreLevel,
    };
    return {
      kind: 'OFFICIAL',
      officialId: input.officialId ?? null,
      name,
      position,
      regionCode: input.regionCode,
      cadreLevel: input.cadreLevel,
      agencyId: null,
      bodies: bodiesOf(subject),
    };
  }
  const agency = input.agencyId ? parseAgencyId(input.agencyId) : null;
  if (!agency) {
    throw badInput(
      'A unit subject needs agencyId `<region code>:<KIND>` naming a known agency kind',
      '单位问责对象须提供格式为“区划代码:机构类别”的单位 ID',
    );
  }
  if (present(input.officialId) || present(input.cadreLevel) || present(input.position)) {
    throw badInput(
      'A unit subject has no officialId, cadreLevel or position; those are for officials',
      '单位问责对象不应提供工作人员 ID、干部管理权限或职务',
    );
  }
  if (present(input.regionCode) && input.regionCode !== agency.regionCode) {
    throw badInput(
      `regionCode ${input.regionCode} differs from the unit's region ${agency.regionCode}`,
      `区划代码 ${input.regionCode} 与单位所在区划 ${agency.regionCode} 不一致`,
    );
  }
  return {
    kind: 'UNIT',
    officialId: null,
    name,
    position: null,
    regionCode: agency.regionCode,
    cadreLevel: null,
    agencyId: input.agencyId as string,
    bodies: bodiesOf({ kind: 'UNIT', regionCode: agency.regionCode }),
  };
}

function bodiesOf(subject: AccountabilitySubject): CompetentBodies {
  try {
    return competentBodiesFor(subject);
  } catch (error) {
    if (error instanceof NoCompetentBodyError) throw badInput(error.message, error.zh);
    throw error;
  }
}
