import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import { peerSetLabel } from '../analysis/peer-sets';
import { networkIndicatorTable, sharedReds } from '../analysis/network';
import type { Db } from '../db/db';
import { areaLabel } from '../model/areas';
import type { DevelopmentContent, DevelopmentReportPart } from './development-report';

/**
 * The report part "Gemensamma röda" (issue 20 item 6: network proposals as a
 * report part): for a saved network, the indicators where at least k of its N
 * members are ogynnsamt against riket at the indicator's own latest year up to
 * the report's last — the Nätverk view's list, offered to the nämnd or the
 * network's meeting as proposals for joint utvecklingsområden. Laid out by
 * every format as the development parts are (paragraphs and tables of text).
 */
export async function networkProposalsPart(
  db: Db,
  q: Readonly<{
    peerSetId: string;
    version?: number;
    /** At least this many members red; half the network (rounded up) when left out. */
    k?: number;
    year: number;
    /** The report's areas; every area with data when null. */
    areas: readonly string[] | null;
    /** The report's language; Swedish when left out. */
    lang?: Lang;
  }>,
): Promise<DevelopmentReportPart | null> {
  const lang = q.lang ?? 'sv';
  const t = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    translate(lang, key, params);
  const areas =
    q.areas ??
    (await db.query<{ area: string }>('SELECT DISTINCT area FROM indicator ORDER BY area')).map(
      (r) => r.area,
    );
  const rows: string[][] = [];
  let setTitle: string | null = null;
  let need = 1;
  let memberCount = 0;
  const byArea = [...areas].sort((a, b) =>
    areaLabel(a, lang).localeCompare(areaLabel(b, lang), lang),
  );
  for (const area of byArea) {
    const table = await networkIndicatorTable(db, {
      peerSetId: q.peerSetId,
      ...(q.version === undefined ? {} : { version: q.version }),
      area,
      year: q.year,
    });
    memberCount = table.members.length;
    if (memberCount === 0) return null;
    setTitle = `${peerSetLabel(table.set, lang)}, version ${table.set.version}`;
    need = Math.min(memberCount, Math.max(1, q.k ?? Math.ceil(memberCount / 2)));
    const name = new Map(table.members.map((m) => [m.code, m.name]));
    for (const red of sharedReds(table.rows, memberCount, need))
      rows.push([
        red.title,
        areaLabel(area, lang),
        String(red.year),
        t('reportDev.net.membersRed', {
          count: red.members.length,
          of: red.of,
          names: red.members.map((c) => name.get(c) ?? c).join(', '),
        }),
        `${t('reportDev.net.yearsRed', { count: red.yearsRed.length, of: red.publishedYears.length })}${red.yearsRed.length > 0 ? ` (${red.yearsRed.join(', ')})` : ''}`,
        red.notes.length === 0
          ? '–'
          : red.notes
              .map(
                (n) =>
                  `${name.get(n.unitCode) ?? n.unitCode}${n.year === null ? '' : ` (${n.year})`}${n.stance ? ` – ${t(`stance.${n.stance}`)}` : ''}: ${n.text}`,
              )
              .join(' · '),
      ]);
  }
  if (setTitle === null) return null;
  const intro = t('reportDev.net.intro', { need, count: memberCount, year: q.year });
  const content: DevelopmentContent[] = [
    { kind: 'paragraph', text: intro },
    rows.length === 0
      ? {
          kind: 'paragraph',
          text: t('reportDev.net.noneRed', { need, count: memberCount }),
        }
      : {
          kind: 'table',
          caption: t('reportDev.net.caption', { need, count: memberCount }),
          header: [
            t('reportBody.col.indicator'),
            t('reportText.area'),
            t('reportBody.col.year'),
            t('reportDev.net.col.members'),
            t('reportDev.net.col.yearsRed'),
            t('reportDev.net.col.notes'),
          ],
          rows,
        },
  ];
  return {
    anchor: `gemensamma-roda-${q.peerSetId.replace(/[^a-z0-9-]/gi, '-')}`,
    title: t('reportDev.net.title', { set: setTitle }),
    content,
    legend: t('reportDev.net.legend'),
  };
}
