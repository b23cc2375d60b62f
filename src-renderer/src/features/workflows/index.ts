/** The guided workflows of a case (issue 3): the case page's panel and its deadline badges. */
export { WorkflowPanel } from './WorkflowPanel';
export { DueBadge, DEADLINE_COLORS } from './DueBadge';
export { useFieldLabel } from './form/useFieldLabel';
