import { create } from 'zustand';
import type { StepDeadline } from '../../../../src-shared/stats/stepDeadlines';

export type CaseSort = 'relevance' | 'updatedAt' | 'receivedAt';

export type CaseFilters = {
  caseType: string | null;
  focalPoint: string | null;
  status: string | null;
  handlerId: string | null;
  /** Cases with an open workflow step overdue / due within 3 working days. */
  deadline: StepDeadline | null;
};

/** The case list's UI state: what is typed and chosen, never the rows themselves. */
type CaseListState = {
  text: string;
  filters: CaseFilters;
  sort: CaseSort;
  setText: (text: string) => void;
  setFilter: <K extends keyof CaseFilters>(key: K, value: CaseFilters[K]) => void;
  setSort: (sort: CaseSort) => void;
  reset: () => void;
  /** Shows exactly the cases these filters select (a figure clicked on the 工作台). */
  showOnly: (filters: Partial<CaseFilters>) => void;
};

const NO_FILTERS: CaseFilters = {
  caseType: null,
  focalPoint: null,
  status: null,
  handlerId: null,
  deadline: null,
};

export const useCaseList = create<CaseListState>((set) => ({
  text: '',
  filters: NO_FILTERS,
  sort: 'updatedAt',
  setText: (text) => set({ text }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  setSort: (sort) => set({ sort }),
  reset: () => set({ text: '', filters: NO_FILTERS, sort: 'updatedAt' }),
  showOnly: (filters) => set({ text: '', filters: { ...NO_FILTERS, ...filters } }),
}));
