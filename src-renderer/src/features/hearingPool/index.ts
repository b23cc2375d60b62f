export { OfficerPoolPanel } from './OfficerPoolPanel';
export { useOfficerPool } from './useOfficerPool';
