import { useId } from 'react';
import type { CommandResult } from '../../shared/app/commands';
import { useCommand } from '../state/use-command';
import { useI18n } from '../state/i18n-context';

type Row = CommandResult<'catalogue.background'>[number];

/** Bakgrundsmått of the home unit for one area, beside riket: context for reading the standings, never coloured. */
export function BackgroundContext({
  area,
  home,
  homeName,
}: Readonly<{ area: string; home: string; homeName: string }>) {
  const { t, num } = useI18n();
  const rows = useCommand('catalogue.background', { unitCode: home, area }).data ?? [];
  const id = useId();
  if (rows.length === 0) return null;
  const format = (v: number | null, kind: Row['kind']) =>
    v === null ? '–' : kind === 'count' || kind === 'amount' ? num(Math.round(v)) : num(v);
  return (
    <section aria-labelledby={`${id}-title`} data-testid="background-context">
      <h2 id={`${id}-title`}>{t('background.title')}</h2>
      <p className="hint">{t('background.intro', { home: homeName })}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('catalogue.showBackground')}</th>
            <th scope="col" className="num">
              {t('catalogue.year')}
            </th>
            <th scope="col" className="num">
              {homeName}
            </th>
            <th scope="col" className="num">
              {t('background.riket')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.title}>
              <th scope="row">{r.title}</th>
              <td className="num">{r.year}</td>
              <td className="num">{format(r.value, r.kind)}</td>
              <td className="num">{format(r.riket, r.kind)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
