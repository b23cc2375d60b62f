import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  calendarDaysBetween,
  calculateAssistanceAmount,
  monthlyWageBase,
} from '../../../../src-shared/workflows';
import { isIsoDate, TIME_LIMITS } from '../../../../src-shared/calendar';
import type { AssistanceRequest } from '../../db/duplicateAssistance';
import { valueAtPath } from '../../db/workflowDue';
import { noticeInTime } from './eventForms';
import type { FormValues } from './form/formValues';
import type { WorkflowView } from './workflowView';

type Props = {
  type: string;
  values: FormValues;
  view: WorkflowView;
  duplicates: readonly AssistanceRequest[];
};

const num = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/** What the app works out while the form is filled: the amount, the duplicate check, the notice. */
export function EventExtras({ type, values, view, duplicates }: Props) {
  const { t } = useTranslation();
  if (type === 'calculateAmount') {
    const annual = num(valueAtPath(values, 'wageBase.annualWage'));
    const months = num(values['months']);
    const cap = valueAtPath(view.context, 'config.monthsCap');
    const result = calculateAssistanceAmount({
      monthlyWageBase: typeof annual === 'number' ? monthlyWageBase({ annualWage: annual }) : NaN,
      months: typeof months === 'number' || typeof months === 'string' ? months : '',
      ...(typeof cap === 'number' ? { monthsCap: cap } : {}),
    });
    return result.ok ? (
      <Alert
        color="blue"
        title={t('workflowsUi.extras.amount', { amount: result.amount.toFixed(2) })}
      >
        <Text size="sm">{result.formula.expression}</Text>
        {result.exceedsCap ? (
          <Text size="sm" c="orange">
            {t('workflowsUi.extras.exceedsCap')}
          </Text>
        ) : null}
      </Alert>
    ) : (
      <Alert role="status" color="gray">
        {t('workflowsUi.extras.amountPending')}
      </Alert>
    );
  }
  if (type === 'assessEligibility') {
    return duplicates.length === 0 ? (
      <Alert role="status" color="green">
        {t('workflowsUi.extras.noDuplicate')}
      </Alert>
    ) : (
      <Alert role="status" color="orange" title={t('workflowsUi.extras.duplicates')}>
        <List size="sm">
          {duplicates.map((d) => (
            <List.Item key={d.workflowId}>{d.caseTitle}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  if (type === 'sendNotice') {
    const { noticeDate, hearingDate } = values;
    if (
      typeof noticeDate !== 'string' ||
      typeof hearingDate !== 'string' ||
      !isIsoDate(noticeDate) ||
      !isIsoDate(hearingDate)
    ) {
      return null;
    }
    const days = calendarDaysBetween(noticeDate, hearingDate);
    const minimum = TIME_LIMITS['hearing.notice'].amount;
    return (
      <Alert role="status" color={noticeInTime(noticeDate, hearingDate) ? 'green' : 'red'}>
        {t('workflowsUi.extras.noticeDays', { days, minimum })}
      </Alert>
    );
  }
  return null;
}
