import { KNOWN_AREAS, areaLabel } from '../../../shared/model/areas';
import type { Status } from '../../../shared/model/observations';
import { useI18n } from '../../state/i18n-context';
import type { StagedFile } from './use-staged-imports';
import { DiagnosticList } from './DiagnosticList';

type Props = Readonly<{
  staged: StagedFile;
  onCommit: () => void;
  onDiscard: () => void;
  onCancel: () => void;
  onCorrect: (area: string | undefined, year: number | undefined) => void;
}>;

/** One file's import report: what was recognised, what was not placed (with sheet and cell), area and year to correct. */
export function ImportReportCard({ staged, onCommit, onDiscard, onCancel, onCorrect }: Props) {
  const { t, lang, num } = useI18n();
  const { file, phase, parsed, progress, result, error } = staged;
  const report = parsed?.report;
  const warnings = report?.diagnostics.filter((d) => d.severity === 'warning') ?? [];
  const notes = report?.diagnostics.filter((d) => d.severity === 'info') ?? [];
  const headingId = `staged-${staged.id}`;
  const editable = phase === 'ready';
  return (
    <article
      className="import-card"
      aria-labelledby={headingId}
      data-testid="import-card"
      data-phase={phase}
    >
      <h3 id={headingId}>{file.name}</h3>
      {phase === 'parsing' && (
        <div>
          <progress
            max={progress?.sheets ?? 1}
            value={progress ? progress.sheetIndex + 1 : 0}
            aria-label={t('import.parsing', {
              file: file.name,
              sheet: progress ? progress.sheetIndex + 1 : 0,
              sheets: progress?.sheets ?? '?',
              rows: progress?.rows ?? 0,
            })}
          />
          <p className="hint">
            {t('import.parsing', {
              file: file.name,
              sheet: progress ? progress.sheetIndex + 1 : 0,
              sheets: progress?.sheets ?? '?',
              rows: num(progress?.rows ?? 0),
            })}
          </p>
          <button type="button" onClick={onCancel} aria-label={`${t('import.cancel')}: ${file.name}`}>{t('import.cancel')}</button>
        </div>
      )}
      {phase === 'refused' && (
        <p role="alert" className="status-error">
          ⚠ {t('import.refused')}: {error}
        </p>
      )}
      {report && parsed && (
        <>
          <div className="import-facts">
            <label htmlFor={`${headingId}-area`}>{t('import.area')}</label>
            <select
              id={`${headingId}-area`}
              value={parsed.area}
              disabled={!editable}
              onChange={(e) => onCorrect(e.target.value, staged.options.year)}
            >
              {[...KNOWN_AREAS, 'ovrigt'].map((a) => (
                <option key={a} value={a}>
                  {a === 'ovrigt' ? t('import.unknownArea') : areaLabel(a, lang)}
                </option>
              ))}
            </select>
            <label htmlFor={`${headingId}-year`}>{t('import.year')}</label>
            <input
              id={`${headingId}-year`}
              type="number"
              min={1990}
              max={2100}
              disabled={!editable}
              defaultValue={parsed.year ?? ''}
              placeholder={t('import.multiYear')}
              onBlur={(e) => {
                const year = e.target.value ? Number(e.target.value) : undefined;
                if (year !== (parsed.year ?? undefined)) onCorrect(staged.options.area, year);
              }}
            />
          </div>
          <dl className="import-summary">
            <dt>{t('import.layout')}</dt>
            <dd>{report.layout}</dd>
            <dt>{t('import.units')}</dt>
            <dd>
              {Object.entries(report.units)
                .map(([level, n]) => `${num(n)} ${level}`)
                .join(', ')}
            </dd>
            <dt>{t('import.indicators')}</dt>
            <dd>{num(report.indicators)}</dd>
            <dt>{t('import.values')}</dt>
            <dd>
              {Object.entries(report.valuesByStatus)
                .map(([status, n]) => `${num(n)} ${t(`status.${status as Status}`)}`)
                .join(', ')}
            </dd>
            <dt>{t('import.coloured')}</dt>
            <dd>{num(report.coloured)}</dd>
          </dl>
          <DiagnosticList summary={`⚠ ${t('import.notPlaced', { count: warnings.length })}`} items={warnings} open />
          <DiagnosticList summary={t('import.notes', { count: notes.length })} items={notes} open={false} />
        </>
      )}
      {phase === 'done' && result && (
        <p role="status">
          ✓{' '}
          {result.outcome === 'duplicate'
            ? t('import.duplicate', { name: result.existingFileName })
            : t('import.imported', { count: num(result.observations) })}
          {result.outcome === 'imported' &&
            result.revisionOf.map((r) => (
              <span key={r.fileId}>
                {' '}
                {t('import.revision', { name: r.fileName, count: num(r.changedValues) })}
              </span>
            ))}
        </p>
      )}
      <div className="actions">
        {phase === 'ready' && (
          <button type="button" className="primary" onClick={onCommit}>
            {t('import.commit')}
          </button>
        )}
        {phase !== 'importing' && (
          <button type="button" onClick={onDiscard}>
            {t('import.discard')}
          </button>
        )}
      </div>
    </article>
  );
}
