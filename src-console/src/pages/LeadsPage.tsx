/** 线索: lead lists and their outcomes (to be built on this route). */
import { PlaceholderPage } from './PlaceholderPage';

export function LeadsPage() {
  return <PlaceholderPage titleKey="nav.leads" />;
}
