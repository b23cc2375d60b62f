/**
 * Pages loaded on first visit. The case list is the start page and stays in the first chunk;
 * everything else (the case page with its workflow machines, forms, leads, settings, sync pages)
 * arrives when first opened, so the first paint parses less of the app's code. Each import names
 * the page's own file: importing a feature's index would pull the whole feature into the first
 * chunk again.
 */
import { lazy } from 'react';

export const CasePage = lazy(async () => ({
  default: (await import('../features/cases/CasePage')).CasePage,
}));
export const CaseFormPage = lazy(async () => ({
  default: (await import('../features/cases/CaseFormPage')).CaseFormPage,
}));
export const DeletedCasesPage = lazy(async () => ({
  default: (await import('../features/cases/DeletedCasesPage')).DeletedCasesPage,
}));
export const DashboardPage = lazy(async () => ({
  default: (await import('../features/dashboard/DashboardPage')).DashboardPage,
}));
export const LeadsPage = lazy(async () => ({
  default: (await import('../features/leads/LeadsPage')).LeadsPage,
}));
export const LeadToCasePage = lazy(async () => ({
  default: (await import('../features/leads/LeadToCasePage')).LeadToCasePage,
}));
export const SettingsPage = lazy(async () => ({
  default: (await import('../features/settings/SettingsPage')).SettingsPage,
}));
export const DevicePage = lazy(async () => ({
  default: (await import('../features/sync/DevicePage')).DevicePage,
}));
export const ConflictInboxPage = lazy(async () => ({
  default: (await import('../features/sync/ConflictInboxPage')).ConflictInboxPage,
}));
export const UsersPage = lazy(async () => ({
  default: (await import('../features/auth/UsersPage')).UsersPage,
}));
export const ApprovalsPage = lazy(async () => ({
  default: (await import('../features/approvals/ApprovalsPage')).ApprovalsPage,
}));
export const LedgerImportPage = lazy(async () => ({
  default: (await import('../features/ledgerImport/LedgerImportPage')).LedgerImportPage,
}));
