import type {
  FindingImport,
  InspectionDistributionImport,
  InspectionImport,
  InspectionTeamMemberImport,
  OversightImport,
  OversightImportActor,
  RectificationEventImport,
} from '@dibao/domain';

/* The demo data of the oversight subgraph, in the shape its import takes (declared once, in @dibao/domain). */

export type OversightActorSeed = OversightImportActor;
export type InspectionTeamMemberSeed = InspectionTeamMemberImport;
export type InspectionDistributionSeed = InspectionDistributionImport;
export type InspectionSeed = InspectionImport;
export type RectificationEventSeed = RectificationEventImport;
export type FindingSeed = FindingImport;

export interface DemoOversight extends OversightImport {
  /** The moment the history runs up to: nothing happens after it (deadlines may lie beyond). */
  asOf: Date;
}
