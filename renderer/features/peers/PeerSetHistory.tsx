import type { SavedPeerSet } from '../../../shared/app/peers';
import { useI18n } from '../../state/i18n-context';
import { useCommand } from '../../state/use-command';

type Props = Readonly<{
  set: SavedPeerSet;
  /** The analysis views compare with this set (always its current version). */
  inAnalysis: boolean;
  nameOf: (code: string) => string;
}>;

/** A saved set's versions, newest first: when saved, what was added and removed, and what uses each version. */
export function PeerSetHistory({ set, inAnalysis, nameOf }: Props) {
  const { t, num } = useI18n();
  const history = useCommand('peers.history', { peerSetId: set.id });
  const names = (codes: readonly string[]) =>
    codes.length === 0 ? '–' : codes.map(nameOf).join(', ');
  const oldest = history.data?.[history.data.length - 1];
  return (
    <section aria-labelledby={`history-title-${set.id}`} data-testid="peer-set-history">
      <h3 id={`history-title-${set.id}`}>{t('peers.historyTitle', { name: set.name })}</h3>
      {history.error && <p role="alert">{history.error}</p>}
      {history.data && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('peers.version')}
              </th>
              <th scope="col">{t('peers.historySaved')}</th>
              <th scope="col" className="num">
                {t('peers.members')}
              </th>
              <th scope="col">{t('peers.historyAdded')}</th>
              <th scope="col">{t('peers.historyRemoved')}</th>
              <th scope="col">{t('peers.historyInUse')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((v) => {
              const uses = [
                ...(v.version === set.version ? [t('peers.historyCurrent')] : []),
                ...(v.version === set.version && inAnalysis ? [t('peers.usedByAnalysis')] : []),
                ...set.usedBy
                  .filter((u) => (u.version ?? set.version) === v.version)
                  .map((u) =>
                    u.version === null
                      ? t('peers.usedByReportCurrent', { name: u.name })
                      : t('peers.usedByReport', { name: u.name, version: u.version }),
                  ),
              ];
              return (
                <tr key={v.version}>
                  <th scope="row" className="num">
                    {v.version}
                  </th>
                  <td className="nowrap">{v.createdAt}</td>
                  <td className="num">{num(v.members.length)}</td>
                  <td>{v.first ? t('peers.historyFirst') : names(v.added)}</td>
                  <td>{v.first ? '–' : names(v.removed)}</td>
                  <td>{uses.length > 0 ? uses.join('; ') : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {oldest && oldest.version > 1 && (
        <p className="hint">{t('peers.historyOlder', { version: oldest.version })}</p>
      )}
    </section>
  );
}
