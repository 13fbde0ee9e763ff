import { AuditLog } from '../modules/audit/entities/audit-log.entity';
import { EvaluationFinding } from '../modules/dashboard/entities/evaluation-finding.entity';
import { Rectification } from '../modules/rectifications/entities/rectification.entity';
import {
  ResultApplication,
  ResultRule,
} from '../modules/result-applications/entities/result-application.entity';
import {
  Evaluation,
  EvaluationIndicator,
  EvaluationSample,
} from '../modules/evaluations/entities/evaluation.entity';
import {
  MonitoringIndicator,
  MonitoringReport,
} from '../modules/monitoring/entities/monitoring.entity';
import { LibraryIndicator } from '../modules/indicators/entities/library-indicator.entity';
import { Org } from '../modules/orgs/entities/org.entity';
import { Project } from '../modules/projects/entities/project.entity';
import { TargetIndicator } from '../modules/targets/entities/target-indicator.entity';
import { Target, UnitTarget } from '../modules/targets/entities/target.entity';
import { User } from '../modules/users/entities/user.entity';
import { WorkflowEvent } from '../modules/workflow/entities/workflow-event.entity';
import { Job } from '../modules/jobs/entities/job.entity';
import { Deadline } from '../modules/reminders/entities/deadline.entity';
import { Notification } from '../modules/reminders/entities/notification.entity';

/** Every entity of the product, listed once for the app, the CLI and the tests. */
export const ENTITIES = [
  Org,
  User,
  AuditLog,
  Project,
  Target,
  UnitTarget,
  TargetIndicator,
  WorkflowEvent,
  LibraryIndicator,
  MonitoringReport,
  MonitoringIndicator,
  Evaluation,
  EvaluationIndicator,
  EvaluationSample,
  EvaluationFinding,
  ResultApplication,
  ResultRule,
  Rectification,
  Job,
  Deadline,
  Notification,
];
