import { useNavigate } from 'react-router';
import { useCaseList, type CaseFilters } from '../cases/caseListStore';

/** Opens the case list filtered to what a clicked figure counts. */
export function useShowCases(): (filters: Partial<CaseFilters>) => void {
  const navigate = useNavigate();
  const showOnly = useCaseList((s) => s.showOnly);
  return (filters) => {
    showOnly(filters);
    void navigate('/cases');
  };
}
