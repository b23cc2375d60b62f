/** 待审批: approval requests waiting for the signed-in user's role, and their answers. */
export { ApprovalsPage } from './ApprovalsPage';
export { useApprovalInbox } from './useApprovalInbox';
export { ApprovalsNavLink } from './ApprovalsNavLink';
