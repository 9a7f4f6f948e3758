import { useState } from 'react';
import { errorText } from '../../../shared/i18n/error-text';
import type { ImportOptions } from '../../../shared/import/import-file';
import { gateBlocks } from '../../../shared/import/import-report';
import type { LayoutTemplate } from '../../../shared/import/layout-template';
import { useI18n } from '../../state/i18n-context';
import { useCommand } from '../../state/use-command';
import type { StagedFile } from './use-staged-imports';
import { useStoredReadingDifferences } from './use-stored-reading';
import { GateFindings } from './GateFindings';
import { ImportFacts } from './ImportFacts';
import { ImportSummary } from './ImportSummary';
import { MappingPreview } from './MappingPreview';
import { SampleValues } from './SampleValues';
import { WarningGroups } from './WarningGroups';
import { Icon } from '../../components/Icon';

type Props = Readonly<{
  staged: StagedFile;
  templates: readonly LayoutTemplate[];
  onCommit: () => void;
  /** Replace the stored reading of this file (already imported, read differently by this version). */
  onReread: () => void;
  onDiscard: () => void;
  onCancel: () => void;
  /** Read the file again with these options (area, year, the corrected mapping). */
  onCorrect: (options: ImportOptions) => void;
}>;

/** The saved template the parser applied (it names the template's sheet); the newest of that name. */
function appliedTemplate(
  applied: string,
  templates: readonly LayoutTemplate[],
): LayoutTemplate | undefined {
  return (
    templates.find((x) => x.templateId === applied || x.signature === applied) ??
    templates.find((x) => x.sheetName === applied || x.mapping.sheet === applied)
  );
}

function ParsingProgress({
  staged,
  onCancel,
}: Readonly<{ staged: StagedFile; onCancel: () => void }>) {
  const { t, num } = useI18n();
  const { file, progress } = staged;
  const label = (rows: string | number) =>
    t('import.parsing', {
      file: file.name,
      sheet: progress ? progress.sheetIndex + 1 : 0,
      sheets: progress?.sheets ?? '?',
      rows,
    });
  return (
    <div>
      <progress
        max={progress?.sheets ?? 1}
        value={progress ? progress.sheetIndex + 1 : 0}
        aria-label={label(progress?.rows ?? 0)}
      />
      <p className="hint">{label(num(progress?.rows ?? 0))}</p>
      <button type="button" onClick={onCancel} aria-label={`${t('import.cancel')}: ${file.name}`}>
        {t('import.cancel')}
      </button>
    </div>
  );
}

function CommitOutcome({ staged }: Readonly<{ staged: StagedFile }>) {
  const { t, tn } = useI18n();
  const { result } = staged;
  if (!result) return null;
  return (
    <p role="status">
      <Icon name="check" />
      {result.outcome === 'duplicate'
        ? t('import.duplicate', { name: result.existingFileName })
        : tn('import.imported', result.observations)}
      {result.outcome === 'duplicate' && result.readDifferently > 0 && (
        <> {tn('import.readDifferently', result.readDifferently)}</>
      )}
      {result.outcome === 'imported' &&
        result.revisionOf.map((r) => (
          <span key={r.fileId}>
            {' '}
            {tn('import.revision', r.changedValues, { name: r.fileName })}
          </span>
        ))}
      {staged.templateSaved && <> {t('import.templateSaved')}</>}
    </p>
  );
}

/** One file's import report in a controller's words: what was read, samples with their cells, what looks wrong and where. */
export function ImportReportCard({
  staged,
  templates,
  onCommit,
  onReread,
  onDiscard,
  onCancel,
  onCorrect,
}: Props) {
  const { t, tn, lang, num } = useI18n();
  const { file, phase, parsed, error, options } = staged;
  const report = parsed?.report;
  const [mappingOpen, setMappingOpen] = useState(false);
  const already = useCommand(
    'import.alreadyImported',
    report ? { sha256: report.sha256 } : null,
  ).data;
  const existing = phase !== 'done' && report ? (already ?? null) : null;
  const readDifferently = useStoredReadingDifferences(existing !== null ? parsed : null);
  const warnings = report?.diagnostics.filter((d) => d.severity === 'warning') ?? [];
  const notes = report?.diagnostics.filter((d) => d.severity === 'info') ?? [];
  const blocked = report ? gateBlocks(report) : false;
  const previews = report?.previews ?? [];
  const headingId = `staged-${staged.id}`;
  const editable = phase === 'ready';
  const template = report?.templateApplied
    ? appliedTemplate(report.templateApplied, templates)
    : undefined;
  const templateDate = template
    ? new Date(template.updatedAt).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB')
    : (report?.templateApplied ?? '');
  const openMapping = previews.length > 0 ? () => setMappingOpen(true) : null;
  // A correction on top of a saved template keeps the template's own corrections (a mapping replaces the template).
  const templateSheet = template ? (template.sheetName ?? template.mapping.sheet) : null;
  const baseMappings = [
    ...(options.mappings ?? []),
    ...(template &&
    templateSheet &&
    !options.mappings?.some((m) => m.sheet === templateSheet) &&
    previews.some((p) => p.sheet === templateSheet)
      ? [{ ...template.mapping, sheet: templateSheet }]
      : []),
  ];

  return (
    <article
      className="import-card"
      aria-labelledby={headingId}
      data-testid="import-card"
      data-phase={phase}
      data-blocked={blocked || undefined}
    >
      <h3 id={headingId}>{file.name}</h3>
      {phase === 'parsing' && <ParsingProgress staged={staged} onCancel={onCancel} />}
      {phase === 'refused' && (
        <p role="alert" className="status-error">
          <Icon name="warning" />
          {t('import.refused')}: {error && errorText(error, lang)}
        </p>
      )}
      {report && parsed && (
        <>
          <ImportFacts
            idPrefix={headingId}
            area={parsed.area}
            year={parsed.year}
            areaReason={report.areaReason ?? null}
            areaReasonWords={report.areaReasonWords ?? null}
            editable={editable}
            onArea={(area) => onCorrect({ ...options, area })}
            onYear={(year) => onCorrect({ ...options, year })}
          />
          {existing && (
            <p className="notice" data-testid="already-imported">
              <Icon name="info" />
              {t('import.alreadyImported', { name: existing })}
              {readDifferently !== null && readDifferently > 0 && (
                <> {tn('import.readDifferently', readDifferently)}</>
              )}
            </p>
          )}
          {report.templateApplied && (
            <p className="notice" data-testid="template-applied">
              <Icon name="check" />
              {t('import.templateApplied', { date: templateDate })}
            </p>
          )}
          {(options.mappings?.length ?? 0) > 0 && phase !== 'done' && (
            <p className="notice">
              <Icon name="edit" />
              {t('import.mappingChanged')}
            </p>
          )}
          <ImportSummary report={report} />
          <SampleValues samples={report.samples ?? []} sheets={report.sheets.length} />
          <GateFindings
            findings={report.gate ?? []}
            editable={editable}
            onCorrect={mappingOpen ? null : openMapping}
            onAccept={onCommit}
          />
          {mappingOpen && (
            <MappingPreview
              previews={previews}
              mappings={baseMappings}
              editable={editable}
              onApply={(mappings) => onCorrect({ ...options, mappings })}
              onClose={() => setMappingOpen(false)}
            />
          )}
          <WarningGroups
            summary={(count) => (
              <>
                <Icon name="warning" />
                {t('import.notPlaced', { count: num(count) })}
              </>
            )}
            items={warnings}
            open
            testId="warning-groups"
          />
          <WarningGroups
            summary={(count) => t('import.notes', { count: num(count) })}
            items={notes}
            open={false}
            testId="note-groups"
          />
        </>
      )}
      {phase === 'done' && <CommitOutcome staged={staged} />}
      <div className="actions">
        {phase === 'ready' && (
          <button
            type="button"
            className="primary"
            onClick={onCommit}
            disabled={blocked || existing !== null}
          >
            {t('import.commit')}
          </button>
        )}
        {phase === 'ready' && existing !== null && (readDifferently ?? 0) > 0 && (
          <button type="button" className="primary" onClick={onReread} disabled={blocked}>
            {t('import.reread')}
          </button>
        )}
        {phase === 'ready' && !blocked && !mappingOpen && openMapping && (
          <button type="button" onClick={openMapping} aria-expanded={false}>
            {t('import.showMapping')}
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
