import { useGetOne } from 'react-admin';
import type { ProjectRecord, TargetRecord, UnitTargetRecord, UnitTask } from '../target-docs/types';

/** The document a monitoring report or a self-evaluation is about (its approved target table). */
export interface SubjectRef {
  kind: 'project' | 'department';
  targetId: number | null;
  unitTargetId: number | null;
  title: string;
  orgName: string;
}

export interface Subject {
  /** 项目名称 or 部门（单位）名称 */
  name: string;
  /** 项目编码 (projects only) */
  code: string;
  /** 主管部门 */
  departmentName: string;
  /** 实施单位 */
  implementer: string;
  /** 年度绩效目标 / 年度履职目标 of the approved table */
  goals: string[];
  /** 年度主要任务 (unit tables only) */
  tasks: UnitTask[];
  project?: ProjectRecord;
  target?: TargetRecord;
  unitTarget?: UnitTargetRecord;
}

/**
 * The head facts of the table (项目名称, 主管部门, 实施单位 …) from the approved target table and
 * the 项目库; the record's own title and unit until they arrive.
 */
export function useSubject(ref: SubjectRef | undefined): Subject {
  const projectKind = ref?.kind === 'project' && Boolean(ref.targetId);
  const { data: target } = useGetOne<TargetRecord>(
    'targets',
    { id: ref?.targetId ?? 0 },
    { enabled: projectKind },
  );
  const { data: project } = useGetOne<ProjectRecord>(
    'projects',
    { id: target?.projectId ?? 0 },
    { enabled: Boolean(target?.projectId) },
  );
  const { data: unitTarget } = useGetOne<UnitTargetRecord>(
    'unit-targets',
    { id: ref?.unitTargetId ?? 0 },
    { enabled: ref?.kind === 'department' && Boolean(ref.unitTargetId) },
  );
  const p = project ?? target?.project;
  return {
    name: ref?.title ?? '',
    code: p?.code ?? '',
    departmentName: project?.departmentName ?? '',
    implementer: p?.implementer || ref?.orgName || '',
    goals: (ref?.kind === 'department' ? unitTarget?.goals : target?.goals) ?? [],
    tasks: unitTarget?.tasks ?? [],
    project: p,
    target,
    unitTarget,
  };
}
