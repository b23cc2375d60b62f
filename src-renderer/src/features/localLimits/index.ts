export { LocalLimitsPanel } from './LocalLimitsPanel';
export { LocalLimitsSummary } from './LocalLimitsSummary';
export { useLocalLimits } from './useLocalLimits';
