import type { DocStatus, OrgType } from '../../shared/domain/enums';
import type { Grade } from '../../shared/scoring/types';

/** `GET /api/dashboard?year=&orgId=` (server/modules/dashboard/dashboard.service.ts). */

export type StatusCounts = Record<DocStatus, number> & { total: number };

export interface LightCounts {
  red: number;
  yellow: number;
  blue: number;
  green: number;
  none: number;
}

export interface OrgRef {
  /** null: the whole tree (admin, 全部区域) */
  id: number | null;
  code: string | null;
  name: string;
  type: OrgType | null;
}

export interface ScoreBin {
  key: string;
  label: string;
  min: string | null;
  max: string | null;
  count: number;
}

/** The headline figures of a subtree and a year; amounts, rates and scores are decimal strings. */
export interface Figures {
  projects: number;
  evaluations: number;
  grades: Record<Grade, number>;
  budget: { adjusted: string; executed: string; rate: string | null };
  average: string | null;
  distribution: ScoreBin[];
  lights: LightCounts;
}

export interface Documents {
  targets: StatusCounts;
  monitoring: StatusCounts;
  evaluations: StatusCounts;
}

export interface RectificationCounts {
  open: number;
  answered: number;
  closed: number;
  overdue: number;
}

export interface ChildFigures extends Figures {
  org: OrgRef;
  documents: Documents;
  rectifications: RectificationCounts;
}

export interface LaggingProject {
  reportId: number;
  targetId: number | null;
  projectId: number | null;
  title: string;
  orgId: number;
  orgName: string;
  month: number;
  light: 'red' | 'yellow';
  budget: string;
  executed: string;
  executionRate: string | null;
}

export interface FindingCount {
  code: string;
  count: number;
  documents: number;
  errors: number;
  warnings: number;
}

export interface DashboardView extends Figures {
  year: number;
  org: OrgRef;
  documents: Documents;
  lagging: LaggingProject[];
  findings: FindingCount[];
  rectifications: RectificationCounts;
  children: ChildFigures[];
  previousYear: Figures & { year: number };
}

export type { ProjectRanking, UnitRanking } from '../../shared/domain/results';

export type RankingLevel = 'project' | 'unit';
