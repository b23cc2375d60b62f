/** 统计: statistics of the special action over the account's subtree (to be built on this route). */
import { PlaceholderPage } from './PlaceholderPage';

export function StatisticsPage() {
  return <PlaceholderPage titleKey="nav.statistics" />;
}
