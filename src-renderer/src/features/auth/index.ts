export { SignInPage } from './SignInPage';
export { LockScreen } from './LockScreen';
export { UserMenu } from './UserMenu';
export { UsersPage } from './UsersPage';
export { ChangePasswordDialog } from './ChangePasswordDialog';
export { RecoveryKeyPanel } from './RecoveryKeyPanel';
export { useIdleLock } from './useIdleLock';
