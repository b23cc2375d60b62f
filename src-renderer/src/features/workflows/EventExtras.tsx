import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  calendarDaysBetween,
  calculateAssistanceAmount,
  monthlyWageBase,
  wageBaseYearFor,
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

/** Red when the base is not of the year before the decision (the date the step records). */
function StaleWageBase({ usedYear, on }: { usedYear: unknown; on: unknown }) {
  const { t } = useTranslation();
  const year = num(usedYear);
  if (typeof year !== 'number' || typeof on !== 'string' || !isIsoDate(on)) return null;
  const expectedYear = wageBaseYearFor(on);
  return year === expectedYear ? null : (
    <Alert role="alert" color="red">
      {t('workflowsUi.extras.staleWageBase', { expectedYear, usedYear: year })}
    </Alert>
  );
}

function AmountPreview({ values, view }: { values: FormValues; view: WorkflowView }) {
  const { t } = useTranslation();
  const annual = num(valueAtPath(values, 'wageBase.annualWage'));
  const months = num(values['months']);
  const cap = valueAtPath(view.context, 'config.monthsCap');
  const advance = valueAtPath(view.context, 'advance.approval.amount');
  const result = calculateAssistanceAmount({
    monthlyWageBase: typeof annual === 'number' ? monthlyWageBase({ annualWage: annual }) : NaN,
    months: typeof months === 'number' || typeof months === 'string' ? months : '',
    ...(typeof cap === 'number' ? { monthsCap: cap } : {}),
    ...(typeof advance === 'number' ? { advance } : {}),
  });
  return result.ok ? (
    <Alert
      color="blue"
      title={t('workflowsUi.extras.amount', { amount: result.amount.toFixed(2) })}
    >
      <Text size="sm">{result.formula.expression}</Text>
      {result.advance > 0 ? (
        <Text size="sm">
          {t('workflowsUi.extras.advance', {
            advance: result.advance.toFixed(2),
            total: result.total.toFixed(2),
          })}
        </Text>
      ) : null}
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

/** What the app works out while the form is filled: the amount, the duplicate check, the notice. */
export function EventExtras({ type, values, view, duplicates }: Props) {
  const { t } = useTranslation();
  if (type === 'calculateAmount') {
    return (
      <>
        <StaleWageBase
          usedYear={valueAtPath(values, 'wageBase.dataYear')}
          on={values['calculatedOn']}
        />
        <AmountPreview values={values} view={view} />
      </>
    );
  }
  if (type === 'decide' && view.def.kind === 'judicialAssistance') {
    return (
      <StaleWageBase
        usedYear={valueAtPath(view.context, 'amount.wageBase.dataYear')}
        on={values['decidedOn']}
      />
    );
  }
  if (type === 'assessEligibility' || type === 'requestAdvance') {
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
