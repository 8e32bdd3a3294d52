import {
  AccountabilitySubjectKind,
  DisciplineTrack,
  disciplineTrackValues,
  Sanction,
  sanctionAllowed,
  sanctionsOnTrack,
  type DisciplineTrack as Track,
  type Sanction as SanctionCode,
} from '@dibao/domain';
import { badInput } from '@dibao/server';

/**
 * The sanctions of a decision: at least one, at most one per discipline track (party discipline and
 * government sanction are decided separately), each one the track knows and the subject can receive (see
 * sanctionAllowed). Returned in track order, party first.
 */
export function checkedSanctions(
  sanctions: ReadonlyArray<{ track: Track; sanction: SanctionCode }>,
  subjectKind: AccountabilitySubjectKind,
): Array<{ track: Track; sanction: SanctionCode }> {
  if (sanctions.length === 0) {
    throw badInput(
      'A decision needs a sanction on at least one track (NONE for no sanction)',
      '处理决定至少须有一类处分（不予处分请选 NONE）',
    );
  }
  for (const track of disciplineTrackValues) {
    if (sanctions.filter((entry) => entry.track === track).length > 1) {
      throw badInput(
        `A decision carries at most one ${track} sanction`,
        `一项处理决定至多包含一项${DisciplineTrack[track].zh}处分`,
      );
    }
  }
  for (const { track, sanction } of sanctions) {
    if (!sanctionAllowed(track, sanction, subjectKind)) {
      const allowed = sanctionsOnTrack(track, subjectKind);
      throw badInput(
        `${sanction} is not a ${track} sanction for ${subjectKind === 'UNIT' ? 'a unit' : 'an official'}; allowed: ${allowed.join(', ')}`,
        `${Sanction[sanction].zh}不是对${AccountabilitySubjectKind[subjectKind].zh}适用的${DisciplineTrack[track].zh}处分；可选：${allowed.map((code) => Sanction[code].zh).join('、')}`,
      );
    }
  }
  return disciplineTrackValues.flatMap((track) => sanctions.filter((entry) => entry.track === track));
}
