import { AuditRecord } from '@dibao/db';
import { AnnualReportVersionEntity } from './annual-report-version.entity.js';
import { AnnualReportEntity } from './annual-report.entity.js';
import { DeadlineExceptionEntity } from './deadline-exception.entity.js';
import { IncidentUpdateEntity } from './incident-update.entity.js';
import { IncidentEntity } from './incident.entity.js';
import { ReportDeadlineEntity } from './report-deadline.entity.js';
import { ReportWaiverEntity } from './report-waiver.entity.js';
import { ReportingUnitEntity } from './reporting-unit.entity.js';
import { SubmissionRequestEntity } from './submission-request.entity.js';

export {
  AnnualReportEntity,
  AnnualReportVersionEntity,
  DeadlineExceptionEntity,
  IncidentEntity,
  IncidentUpdateEntity,
  ReportDeadlineEntity,
  ReportingUnitEntity,
  ReportWaiverEntity,
  SubmissionRequestEntity,
};

export const reportingEntities = [
  ReportingUnitEntity,
  AnnualReportEntity,
  AnnualReportVersionEntity,
  ReportWaiverEntity,
  DeadlineExceptionEntity,
  SubmissionRequestEntity,
  ReportDeadlineEntity,
  IncidentEntity,
  IncidentUpdateEntity,
  AuditRecord,
];
