import { useEffect, useId, useRef, useState } from 'react';
import {
  REPORT_TEMPLATES,
  type ReportDefinition,
  type ReportItem,
  type ReportTemplate,
} from '../../../shared/report/report-definition';
import type { OverviewChoice } from '../overview/use-overview';
import { areaLabel, KNOWN_AREAS } from '../../../shared/model/areas';
import { useI18n } from '../../state/i18n-context';
import { useCommand } from '../../state/use-command';
import { useRunAction } from '../../state/use-run-action';
import { draftFromTemplate } from '../../state/use-namndrapport';

type Props = Readonly<{
  definition: ReportDefinition | null;
  reports: readonly { reportId: string; name: string; template: string }[];
  choice: OverviewChoice;
  homeName: string;
  seriesLabel: (seriesId: string) => string;
  onSelect: (reportId: string | null) => void;
  onSave: (def: ReportDefinition) => Promise<void>;
}>;

/** The report's parts: choose a template or a saved report, reorder, remove, add headings and the förvaltning's own text. */
export function ReportComposer({
  definition,
  reports,
  choice,
  homeName,
  seriesLabel,
  onSelect,
  onSave,
}: Props) {
  const { t, lang } = useI18n();
  const run = useRunAction();
  const id = useId();
  const workspaceAreas = useCommand('catalogue.areas', {}).data ?? [];
  // The ticked areas show at once; the saved definition follows (and wins when another report is chosen).
  const savedAreas = JSON.stringify(definition?.areas ?? []);
  const [scoped, setScoped] = useState<readonly string[]>(definition?.areas ?? []);
  // Saves still on their way: an older definition arriving meanwhile must not undo a newer tick.
  const pendingSaves = useRef(0);
  useEffect(() => {
    if (pendingSaves.current === 0) setScoped(JSON.parse(savedAreas) as string[]);
  }, [savedAreas]);
  /** Limit the report to these areas (one nämnd's); none ticked: every area. */
  const setAreas = (areas: readonly string[]) => {
    setScoped(areas);
    pendingSaves.current += 1;
    run(async () => {
      try {
        if (definition) await onSave({ ...definition, areas: areas.length > 0 ? areas : null });
      } finally {
        pendingSaves.current -= 1;
      }
    });
  };
  const [template, setTemplate] = useState<ReportTemplate>('namndrapport');
  const [draftText, setDraftText] = useState('');

  const label = (item: ReportItem): string => {
    switch (item.kind) {
      case 'heading':
        return `${t('composer.heading')}: ${item.text}`;
      case 'text':
        return `${t('composer.text')}: ${item.text.slice(0, 80)}${item.text.length > 80 ? ' …' : ''}`;
      case 'indicator':
        return `${t('composer.indicator')}: ${seriesLabel(item.seriesId)}`;
      case 'network':
        return t('composer.network');
      default:
        return t(`composer.${item.kind}`);
    }
  };
  const change = (items: readonly ReportItem[]) =>
    run(async () => {
      if (definition) await onSave({ ...definition, items });
    });
  const move = (i: number, by: -1 | 1) => {
    if (!definition) return;
    const items = [...definition.items];
    const [it] = items.splice(i, 1);
    items.splice(i + by, 0, it!);
    change(items);
  };
  const add = (item: ReportItem) => {
    if (!definition) return;
    change([...definition.items, item]);
    setDraftText('');
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="composer">
      <h2 id={`${id}-title`}>{t('composer.title')}</h2>
      <div className="controls">
        <div className="field">
          <label htmlFor={`${id}-saved`}>{t('composer.saved')}</label>
          <select
            id={`${id}-saved`}
            value={definition?.reportId ?? ''}
            onChange={(e) => onSelect(e.target.value || null)}
          >
            <option value="">{t('composer.unsaved')}</option>
            {reports.map((r) => (
              <option key={r.reportId} value={r.reportId}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('composer.template')}</label>
          <select
            id={`${id}-template`}
            value={template}
            onChange={(e) => setTemplate(e.target.value as ReportTemplate)}
          >
            {REPORT_TEMPLATES.map((x) => (
              <option key={x} value={x}>
                {t(`reportTemplate.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <span aria-hidden="true">&nbsp;</span>
          <button
            type="button"
            onClick={() =>
              run(() =>
                onSave(
                  draftFromTemplate(
                    template,
                    choice,
                    homeName,
                    t(`reportTemplate.${template}`),
                    lang,
                  ),
                ),
              )
            }
          >
            {t('composer.create')}
          </button>
        </div>
      </div>
      {!definition ? (
        <p className="hint">{t('composer.intro')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('composer.name')}</label>
            <input
              id={`${id}-name`}
              defaultValue={definition.name}
              key={definition.reportId}
              onBlur={(e) =>
                e.target.value.trim() &&
                e.target.value !== definition.name &&
                run(() => onSave({ ...definition, name: e.target.value.trim() }))
              }
            />
          </div>
          <fieldset className="composer-areas">
            <legend>{t('composer.areas')}</legend>
            <p className="hint" id={`${id}-areas-hint`}>
              {scoped.length === 0
                ? t('composer.areasAll')
                : t('composer.areasSome', {
                    areas: scoped.map((a) => areaLabel(a, lang)).join(', '),
                  })}
            </p>
            {/* Every known area, so that the list stays put while ticking; those without data say so. */}
            {[...new Set([...KNOWN_AREAS, ...workspaceAreas, ...scoped])].map((a) => (
              <label key={a}>
                <input
                  type="checkbox"
                  checked={scoped.includes(a)}
                  aria-describedby={`${id}-areas-hint`}
                  onChange={(e) =>
                    setAreas(e.target.checked ? [...scoped, a] : scoped.filter((x) => x !== a))
                  }
                />{' '}
                {areaLabel(a, lang)}
                {workspaceAreas.includes(a) ? '' : ` (${t('composer.areaNoData')})`}
              </label>
            ))}
          </fieldset>
          <ol className="composer-list" aria-label={t('composer.parts')}>
            {definition.items.map((item, i) => (
              <li key={`${i}-${JSON.stringify(item)}`}>
                <span>{label(item)}</span>
                <span className="button-row">
                  <button
                    type="button"
                    disabled={i === 0}
                    aria-label={`${t('composer.up')}: ${label(item)}`}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === definition.items.length - 1}
                    aria-label={`${t('composer.down')}: ${label(item)}`}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={`${t('composer.remove')}: ${label(item)}`}
                    onClick={() => change(definition.items.filter((_, j) => j !== i))}
                  >
                    ✕
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('composer.newText')}</label>
            <textarea
              id={`${id}-text`}
              rows={3}
              value={draftText}
              onChange={(e) => setDraftText(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button
              type="button"
              disabled={!draftText.trim()}
              onClick={() => add({ kind: 'heading', text: draftText.trim() })}
            >
              {t('composer.addHeading')}
            </button>
            <button
              type="button"
              disabled={!draftText.trim()}
              onClick={() => add({ kind: 'text', text: draftText.trim() })}
            >
              {t('composer.addText')}
            </button>
            {(
              [
                'meta',
                'metaTable',
                'outliers',
                'changes',
                'notes',
                'developmentAreas',
                'evaluation',
              ] as const
            )
              .filter((k) => !definition.items.some((x) => x.kind === k))
              .map((k) => (
                <button key={k} type="button" onClick={() => add({ kind: k })}>
                  + {t(`composer.${k}`)}
                </button>
              ))}
            {definition.peers.kind === 'named' &&
              !definition.items.some((x) => x.kind === 'networkProposals') && (
                <button
                  type="button"
                  onClick={() =>
                    definition.peers.kind === 'named' &&
                    add({ kind: 'networkProposals', peerSetId: definition.peers.peerSetId })
                  }
                >
                  + {t('composer.networkProposals')}
                </button>
              )}
          </div>
        </>
      )}
    </section>
  );
}
