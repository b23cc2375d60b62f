/** Leads (线索): the list handed down by provincial models or entered here, and their conversion to cases. */
export { LeadsPage } from './LeadsPage';
export { LeadToCasePage } from './LeadToCasePage';
