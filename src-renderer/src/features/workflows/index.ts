/** The guided workflows of a case (issue 3): the case page's panel and the desk's user switch. */
export { WorkflowPanel } from './WorkflowPanel';
export { SwitchUserMenu } from './session/SwitchUserMenu';
export { DueBadge, DEADLINE_COLORS } from './DueBadge';
