import { useEffect, useState } from 'react';
import {
  DEVELOPMENT_STATUSES,
  STATUS_TRANSITIONS,
  type DevelopmentStatus,
} from '../../../shared/analysis/development-areas';
import type { DevelopmentAreaView } from '../../../shared/app/development-areas';
import { areaLabel } from '../../../shared/model/areas';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useCommand, useRunCommand } from '../../state/use-command';
import { useRunAction } from '../../state/use-run-action';
import { DevelopmentAreaCard } from './DevelopmentAreaCard';
import { DevelopmentAreaForm, EMPTY_FORM, type FormValues } from './DevelopmentAreaForm';
import { DEVELOPMENT_SLUG, developmentPrefill, type DevelopmentPrefill } from './development-route';
import { EvaluationSection } from './EvaluationSection';
import './development-areas.css';

type Editing =
  | Readonly<{ mode: 'new'; prefill: DevelopmentPrefill | null; values: FormValues; n: number }>
  | Readonly<{ mode: 'edit'; area: DevelopmentAreaView }>
  | null;

const toValues = (a: DevelopmentAreaView): FormValues => ({
  title: a.title,
  seriesIds: a.seriesIds,
  owner: a.owner ?? '',
  decidedBy: a.decidedBy ?? '',
  decidedDate: a.decidedDate ?? '',
  followUpYear: a.followUpYear === null ? '' : String(a.followUpYear),
  target: a.target ?? '',
  status: a.status,
});

const changeOf = (v: FormValues) => ({
  title: v.title,
  seriesIds: v.seriesIds,
  owner: v.owner || null,
  decidedBy: v.decidedBy || null,
  decidedDate: v.decidedDate || null,
  followUpYear: v.followUpYear ? Number(v.followUpYear) : null,
  target: v.target || null,
  status: v.status,
});

/** Utvecklingsområden (issue 20 item 4): from a finding or by hand, decided, followed up per indicator, closed, evaluated per year. */
export function DevelopmentAreasPage() {
  const { t, lang, num } = useI18n();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const { show } = useMessages();
  const { kommuner, choice } = useAnalysisChoice();
  const scope = choice ? { home: choice.home, peers: choice.peers } : null;
  const list = useCommand('development.list', scope);
  const choices = useCommand('development.seriesChoices', {}).data ?? [];
  const candidateState = useCommand('development.candidates', scope);
  const candidates = candidateState.data ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const homeName = kommuner.find((k) => k.code === choice?.home)?.name ?? choice?.home ?? '';
  const label = (seriesId: string) =>
    choices.find((c) => c.seriesId === seriesId)?.label ?? seriesId;

  // Each start is a fresh form (a second finding chosen while one is open replaces it).
  const startNew = (prefill: DevelopmentPrefill | null) =>
    setEditing((old) => ({
      mode: 'new',
      n: old?.mode === 'new' ? old.n + 1 : 0,
      prefill,
      values: {
        ...EMPTY_FORM,
        title: prefill?.title ?? (prefill?.seriesId ? label(prefill.seriesId) : ''),
        seriesIds: prefill?.seriesId ? [prefill.seriesId] : [],
      },
    }));

  // A finding linked here (#/utvecklingsomraden?serie=…&enhet=…) opens the form prefilled, once the labels are known.
  useEffect(() => {
    const prefill = developmentPrefill(location.hash);
    if (!prefill || (prefill.seriesId && choices.length === 0)) return;
    history.replaceState(null, '', `#/${DEVELOPMENT_SLUG}`);
    startNew(prefill);
  }, [choices.length]);

  if (!choice || !scope)
    return (
      <>
        <h1>{t('development.title')}</h1>
        <p className="hint">{t('empty.body')}</p>
      </>
    );

  const create = (v: FormValues, prefill: DevelopmentPrefill | null) =>
    runCommand(
      'development.create',
      {
        unitCode: choice.home,
        ...changeOf(v),
        ...(prefill?.peerSetId
          ? {
              origin: 'network_proposal' as const,
              originRef: {
                peerSetId: prefill.peerSetId,
                ...(prefill.seriesId ? { seriesId: prefill.seriesId } : {}),
              },
            }
          : prefill?.seriesId
            ? {
                origin: 'finding' as const,
                originRef: {
                  unitCode: prefill.unitCode ?? choice.home,
                  seriesId: prefill.seriesId,
                },
              }
            : { origin: 'manual' as const }),
      },
      { changesData: true },
    );

  const submit = (v: FormValues): Promise<void> =>
    new Promise((resolve) =>
      run(async () => {
        try {
          if (editing?.mode === 'edit')
            await runCommand(
              'development.update',
              { id: editing.area.id, change: changeOf(v) },
              { changesData: true },
            );
          else await create(v, editing?.mode === 'new' ? editing.prefill : null);
          setEditing(null);
          show({ kind: 'info', text: t('development.saved', { title: v.title.trim() }) });
        } finally {
          resolve();
        }
      }),
    );

  const statusesFor = (e: NonNullable<Editing>): readonly DevelopmentStatus[] =>
    e.mode === 'new'
      ? DEVELOPMENT_STATUSES.filter((s) => s !== 'closed')
      : [e.area.status, ...STATUS_TRANSITIONS[e.area.status].filter((s) => s !== 'closed')];

  /** Runs an action; resolves with whether it worked (a failure is shown by useRunAction). */
  const act = (body: () => Promise<unknown>): Promise<boolean> =>
    new Promise((resolve) =>
      run(async () => {
        try {
          await body();
          resolve(true);
        } catch (error) {
          resolve(false);
          throw error;
        }
      }),
    );

  const areas = list.data?.areas ?? [];
  return (
    <>
      <h1>{t('development.title')}</h1>
      <p>{t('development.intro', { home: homeName })}</p>
      {editing ? (
        <DevelopmentAreaForm
          key={editing.mode === 'edit' ? editing.area.id : `new-${editing.n}`}
          heading={
            editing.mode === 'edit'
              ? t('development.formEdit', { title: editing.area.title })
              : t('development.formNew')
          }
          originText={
            editing.mode === 'new' && editing.prefill?.peerSetId
              ? t('development.fromNetwork')
              : editing.mode === 'new' && editing.prefill?.seriesId
                ? t('development.fromFinding', { label: label(editing.prefill.seriesId) })
                : null
          }
          initial={editing.mode === 'edit' ? toValues(editing.area) : editing.values}
          statuses={statusesFor(editing)}
          choices={choices}
          onSubmit={submit}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => startNew(null)}>
            {t('development.new')}
          </button>
        </div>
      )}
      {list.error && <p role="alert">{list.error}</p>}
      <section aria-labelledby="development-list-title" data-testid="development-areas">
        <h2 id="development-list-title">{t('development.title')}</h2>
        {list.data && areas.length === 0 && <p className="hint">{t('development.empty')}</p>}
        {areas.map((a) => (
          <DevelopmentAreaCard
            key={a.id}
            area={a}
            onEdit={() => setEditing({ mode: 'edit', area: a })}
            onStatus={(status, decision) =>
              act(() =>
                runCommand(
                  'development.setStatus',
                  { id: a.id, status, ...decision },
                  {
                    changesData: true,
                  },
                ),
              )
            }
            onClose={(closedAt, closingNote) =>
              act(() =>
                runCommand(
                  'development.close',
                  { id: a.id, closedAt, closingNote: closingNote || null },
                  { changesData: true },
                ),
              )
            }
            onDelete={() =>
              act(async () => {
                await runCommand('development.delete', { id: a.id }, { changesData: true });
                show({ kind: 'info', text: t('development.deleted', { title: a.title }) });
              })
            }
          />
        ))}
      </section>
      <section aria-labelledby="development-candidates-title" data-testid="development-candidates">
        <h2 id="development-candidates-title">{t('development.candidates')}</h2>
        <p>{t('development.candidatesIntro', { home: homeName })}</p>
        {candidateState.data === null ? null : candidates.length === 0 ? (
          <p className="hint">{t('development.candidatesNone')}</p>
        ) : (
          <ul className="development-candidates">
            {candidates.map((c) => (
              <li key={c.seriesId}>
                <span>
                  {c.label} ({areaLabel(c.area, lang)}, {c.year}: ▼ {t('standing.unfavourable')}
                  {c.value === null
                    ? ''
                    : `, ${c.kind === 'yesno' ? t(c.value > 0 ? 'yesno.yes' : 'yesno.no') : num(c.value)}`}
                  )
                </span>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('development.createFromLabel', { label: c.label })}
                  onClick={() =>
                    startNew({
                      seriesId: c.seriesId,
                      unitCode: choice.home,
                      peerSetId: null,
                      title: c.label,
                    })
                  }
                >
                  {t('development.createFrom')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <EvaluationSection home={choice.home} peers={choice.peers} years={list.data?.years ?? []} />
    </>
  );
}
