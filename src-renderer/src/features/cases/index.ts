export { CaseListPage } from './CaseListPage';
export { CasePage } from './CasePage';
export { CaseFormPage } from './CaseFormPage';
export { DeletedCasesPage } from './DeletedCasesPage';
export { notifyCasesChanged } from './caseSearch';
