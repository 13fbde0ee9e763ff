import { AuditLog } from '../modules/audit/entities/audit-log.entity';
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
];
