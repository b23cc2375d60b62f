export { CaseListPage } from './CaseListPage';
export { CasePage } from './CasePage';
export { CaseFormPage } from './CaseFormPage';
export { DeletedCasesPage } from './DeletedCasesPage';
export { notifyCasesChanged } from './caseSearch';
// For the leads feature's "convert to case" form (the same card, prefilled from a lead).
export { CaseFields } from './CaseFields';
export { emptyDraft, emptyParty, type CaseDraft, type PartyDraft } from './caseDraft';
export { saveCase } from './commands';
