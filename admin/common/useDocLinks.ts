import { useResourceDefinitions } from 'react-admin';

export interface DocLinks {
  /** a project self-evaluation: its 自评表, else (screen not registered yet) the project */
  evaluation: (row: { evaluationId: number; projectId: number | null }) => string | null;
  /** a monitoring report, when its screen is registered */
  monitoring: (reportId: number) => string | null;
  /** the document a rectification item was opened on */
  document: (source: string, id: number) => string | null;
}

/**
 * Where a figure leads: the show pages of the documents behind it. The 自评 and 运行监控 screens are
 * registered by their own resources; until they are, a self-evaluation falls back to its project
 * (which leads on to its 绩效目标表) and a monitoring report is not a link.
 */
export function useDocLinks(): DocLinks {
  const resources = useResourceDefinitions();
  const has = (name: string) => Boolean(resources[name]?.hasShow);
  const showPath = (name: string, id: number) => `/${name}/${id}/show`;
  return {
    evaluation: ({ evaluationId, projectId }) =>
      has('evaluations')
        ? showPath('evaluations', evaluationId)
        : projectId !== null && has('projects')
          ? showPath('projects', projectId)
          : null,
    monitoring: (reportId) => (has('monitoring') ? showPath('monitoring', reportId) : null),
    document: (source, id) =>
      source === 'evaluations' || source === 'monitoring'
        ? has(source)
          ? showPath(source, id)
          : null
        : null,
  };
}
