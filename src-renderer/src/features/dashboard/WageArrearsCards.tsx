import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitFigures } from '../../../../src-shared/stats/unitFigures';
import { Figure } from './FigureCards';
import { useShowCases } from './showCases';

/**
 * The unit's wage-arrears cards counted (DOMAIN.md §1.3): cases, workers, owed, recovered and the
 * recovery rate, with the user's own share below each. Every figure opens the wage-arrears cases.
 */
export function WageArrearsCards({ figures }: { figures: UnitFigures }) {
  const { t, i18n } = useTranslation();
  const show = useShowCases();
  const unit = figures.unit.wageArrears;
  const mine = figures.mine.wageArrears;
  const yuan = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'CNY' });
  const percent = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const rate = (r: number | null) =>
    r === null ? t('workbench.wageArrears.noRate') : percent.format(r);
  const mineNote = (value: string | number) => t('workbench.wageArrears.mineNote', { value });
  const showUnit = () => show({ focalPoint: 'workers' });
  const figure = (key: string, value: string | number, note: string, missing = 0) => (
    <Figure
      key={key}
      label={t(`workbench.wageArrears.${key}`)}
      value={value}
      note={
        missing > 0 ? `${note} · ${t('workbench.wageArrears.missing', { count: missing })}` : note
      }
      onClick={showUnit}
    />
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }}>
      {figure('cases', unit.cases, mineNote(mine.cases))}
      {figure('workers', unit.workers, mineNote(mine.workers), unit.missingWorkers)}
      {figure(
        'amountOwed',
        yuan.format(unit.amountOwed),
        mineNote(yuan.format(mine.amountOwed)),
        unit.missingAmountOwed,
      )}
      {figure(
        'amountRecovered',
        yuan.format(unit.amountRecovered),
        mineNote(yuan.format(mine.amountRecovered)),
      )}
      {figure('recoveryRate', rate(unit.recoveryRate), mineNote(rate(mine.recoveryRate)))}
    </SimpleGrid>
  );
}
