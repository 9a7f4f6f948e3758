import { useState } from 'react';
import { useI18n } from '../../state/i18n-context';

export type Draft = Readonly<{
  peerSetId: string | null;
  name: string;
  members: readonly string[];
  why: string;
}>;

/** The eight kommuner of FoU Nordväst's ÖJ network (background study, 2016). */
const FOU_NORDVAST = ['0125', '0123', '0191', '0163', '0184', '0183', '0139', '0114'];

type Props = Readonly<{
  draft: Draft;
  kommuner: readonly { code: string; name: string }[];
  onChange: (draft: Draft) => void;
  onSave: () => void;
}>;

export function PeerSetEditor({ draft, kommuner, onChange, onSave }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = kommuner.filter(
    (k) => !needle || k.name.toLowerCase().includes(needle) || draft.members.includes(k.code),
  );
  const toggle = (code: string) =>
    onChange({
      ...draft,
      members: draft.members.includes(code)
        ? draft.members.filter((m) => m !== code)
        : [...draft.members, code],
    });
  return (
    <form
      className="peer-editor"
      aria-labelledby="peer-editor-title"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h2 id="peer-editor-title">{t('peers.new')}</h2>
      <div className="controls">
        <label>
          {t('peers.name')}
          <input
            required
            value={draft.name}
            onChange={(e) => onChange({ ...draft, name: e.target.value })}
          />
        </label>
        <label>
          {t('peers.why')}
          <input value={draft.why} onChange={(e) => onChange({ ...draft, why: e.target.value })} />
        </label>
        <label>
          {t('peers.search')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </div>
      <button
        type="button"
        onClick={() =>
          onChange({
            ...draft,
            name: draft.name || 'FoU Nordväst',
            members: FOU_NORDVAST,
            why: draft.why || 'Nätverket av kommuner i nordvästra Stockholm',
          })
        }
      >
        {t('peers.preset')}
      </button>
      <fieldset className="member-list">
        <legend>
          {t('peers.members')} ({t('peers.chosen', { count: draft.members.length })})
        </legend>
        {shown.map((k) => (
          <label key={k.code}>
            <input
              type="checkbox"
              checked={draft.members.includes(k.code)}
              onChange={() => toggle(k.code)}
            />{' '}
            {k.name}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className="primary"
        disabled={draft.members.length === 0 || !draft.name.trim()}
      >
        {t('peers.save')}
      </button>
    </form>
  );
}
