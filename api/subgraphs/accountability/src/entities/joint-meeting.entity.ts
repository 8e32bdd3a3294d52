import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyKind } from '@dibao/domain';

/**
 * The joint meeting (联席会议) of a province, prefecture or county: led by that region's civil affairs
 * department, with the region's organization department, discipline inspection organ and other members.
 */
@Entity({ name: 'joint_meeting' })
export class JointMeetingEntity {
  @PrimaryColumn({ type: 'varchar', length: 9, name: 'region_code' })
  regionCode: string;

  @Column('text')
  name: string;

  /** Member agencies of the same region besides the lead, in AgencyKind order. */
  @Column({ type: 'text', array: true, name: 'member_kinds' })
  memberKinds: AgencyKind[];

  @Column({ type: 'date', name: 'established_on' })
  establishedOn: string;
}
