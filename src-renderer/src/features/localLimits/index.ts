export { LocalLimitsPanel } from './LocalLimitsPanel';
export { LocalLimitsSummary } from './LocalLimitsSummary';
