import { useId } from 'react';
import type { NetworkItem } from '../../../shared/network/network-item';
import { CONFLICT_CHOICES, type ConflictChoice } from '../../../shared/network/network-merge';
import { useI18n } from '../../state/i18n-context';

/** One changed item side by side — ours and theirs — with the user's choice of what holds. */
export function ConflictCard({
  local,
  incoming,
  choice,
  onChoice,
  authorName,
  seriesLabel,
}: Readonly<{
  local: NetworkItem;
  incoming: NetworkItem;
  choice: ConflictChoice | null;
  onChoice: (choice: ConflictChoice) => void;
  authorName: (item: NetworkItem) => string;
  seriesLabel: (seriesId: string | null) => string | null;
}>) {
  const { t } = useI18n();
  const legendId = useId();
  const version = (item: NetworkItem, label: string) => (
    <div className="conflict-version">
      <h4>{label}</h4>
      {item.title && <p>{item.title}</p>}
      <p>{item.text}</p>
      {item.stance && <p>{t('networkFile.stance', { stance: t(`stance.${item.stance}`) })}</p>}
      {item.status && <p>{t('networkFile.status', { status: item.status })}</p>}
      <p className="hint">
        {t('networkFile.changedBy', {
          author: authorName(item),
          date: item.updatedAt.slice(0, 16).replace('T', ' '),
        })}
      </p>
    </div>
  );
  return (
    <fieldset className="conflict-card" aria-labelledby={legendId} data-testid="network-conflict">
      <legend id={legendId}>
        {t(`networkFile.kind.${incoming.kind}`)}
        {incoming.seriesId ? ` – ${seriesLabel(incoming.seriesId)}` : ''}
      </legend>
      <div className="conflict-sides">
        {version(local, t('networkFile.ours'))}
        {version(incoming, t('networkFile.theirs', { author: authorName(incoming) }))}
      </div>
      <div role="radiogroup" aria-label={t('networkFile.choose')}>
        {CONFLICT_CHOICES.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name={`conflict-${incoming.id}`}
              value={c}
              checked={choice === c}
              onChange={() => onChoice(c)}
            />
            {t(`networkFile.choice.${c}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
