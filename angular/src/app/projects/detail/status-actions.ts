import { ProjectAction, ProjectStatus } from '../../api/models';

/** The actions the API accepts from each status (ProjectStatusTransitions on the server). */
export const ACTIONS_FROM: Record<Exclude<ProjectStatus, null>, ProjectAction[]> = {
  Draft: ['Submit'],
  Submitted: ['StartReview', 'Return'],
  UnderReview: ['Approve', 'Reject', 'Return'],
  Returned: ['Submit'],
  Approved: ['Activate', 'Terminate'],
  Active: ['Complete', 'Terminate'],
  Rejected: [],
  Completed: [],
  Terminated: [],
};

export function actionsFrom(status: ProjectStatus | undefined): ProjectAction[] {
  return status ? ACTIONS_FROM[status] ?? [] : [];
}
