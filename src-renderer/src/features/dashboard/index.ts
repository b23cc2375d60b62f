/** The deadline dashboard across all cases (issue 3 §7). */
export { DashboardPage } from './DashboardPage';
