import { Badge, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { maskIdNumber, maskPhone } from '../../../../src-shared/domain/mask';
import { SyncStateBadge, type RecordSyncState } from '../sync';
import { Highlight } from '../../ui/Highlight';
import { formatDate } from '../../ui/formatDate';
import { snippetAround } from '../../ui/snippet';
import { keyFigureLine } from './cardFormat';
import classes from './CaseRow.module.css';

/** One line of the case list: ID numbers and phones are masked here, shown in full on the case page. */
export function CaseRow({
  record,
  terms,
  sync,
}: {
  record: CaseRecord | undefined;
  terms: readonly string[];
  /** Undefined until read: no badge meanwhile. */
  sync: RecordSyncState | undefined;
}) {
  const { t, i18n } = useTranslation();
  if (!record) return <Skeleton height={48} />;
  const first = record.parties[0];
  const partyLine = record.parties
    .slice(0, 3)
    .map((p) => p.name)
    .join('、');
  // Shown when the match is only in the facts: the row then says why the case was found.
  const factsSnippet =
    snippetAround(`${record.title} ${partyLine}`, terms) === null
      ? snippetAround(record.facts, terms)
      : null;
  const keyFigure = keyFigureLine(record.typeDetails, t, i18n.language);
  const dimmedMono = `${classes.text} ${classes.dimmed} ${classes.mono}`;
  return (
    <div className={classes.row} role="listitem" aria-label={record.title}>
      <div className={classes.line}>
        <span className={dimmedMono}>{record.provisionalNo}</span>
        <Link to={`/cases/${record.id}`} className={`${classes.title} ${classes.truncate}`}>
          <Highlight text={record.title} terms={terms} />
        </Link>
        <Badge size="sm" variant="light">
          {t(`codes.caseStatus.${record.status}`)}
        </Badge>
        {sync ? <SyncStateBadge state={sync} isShort /> : null}
      </div>
      <div className={classes.details}>
        <span className={classes.text}>{t(`codes.caseType.${record.caseType}`)}</span>
        <span className={classes.text}>{t(`codes.focalPoint.${record.focalPoint}`)}</span>
        {keyFigure ? (
          <span className={`${classes.text} ${classes.strong}`} data-testid="key-figure">
            {keyFigure}
          </span>
        ) : null}
        <span className={`${classes.text} ${classes.truncate}`}>
          <Highlight text={partyLine} terms={terms} />
        </span>
        {factsSnippet ? (
          <span className={`${classes.text} ${classes.dimmed} ${classes.truncate} ${classes.grow}`}>
            <Highlight text={factsSnippet} terms={terms} />
          </span>
        ) : null}
        {first?.idNumber ? (
          <span className={dimmedMono}>{maskIdNumber(first.idNumber)}</span>
        ) : null}
        {first?.phone ? <span className={dimmedMono}>{maskPhone(first.phone)}</span> : null}
        <span className={`${classes.text} ${classes.dimmed}`}>
          {formatDate(record.receivedAt, i18n.language)}
        </span>
      </div>
    </div>
  );
}
