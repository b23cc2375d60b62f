/** Chinese full-text search of the case register: what the UI uses. */
export { getSearchClient, isSearchLoaded, setSearchClient, startSearchIndex } from './appSearch';
export {
  createSearchClient,
  type SearchClient,
  type SearchClientOptions,
  type WorkerLike,
} from './searchClient';
export type { SearchPhase, SearchStatus } from './searchProtocol';
export type {
  CaseFilters,
  CaseQuery,
  CaseQueryResult,
  CaseSort,
} from '../../../src-shared/search/caseIndex';
export { highlightRanges, type HighlightRange } from '../../../src-shared/search/highlight';
