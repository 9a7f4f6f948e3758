import { translate } from '../i18n/i18n';
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
  }>,
): Promise<DevelopmentReportPart | null> {
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
    areaLabel(a, 'sv').localeCompare(areaLabel(b, 'sv'), 'sv'),
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
    setTitle = `${table.set.label}, version ${table.set.version}`;
    need = Math.min(memberCount, Math.max(1, q.k ?? Math.ceil(memberCount / 2)));
    const name = new Map(table.members.map((m) => [m.code, m.name]));
    for (const red of sharedReds(table.rows, memberCount, need))
      rows.push([
        red.title,
        areaLabel(area, 'sv'),
        String(red.year),
        `${red.members.length} av ${red.of}: ${red.members.map((c) => name.get(c) ?? c).join(', ')}`,
        `${red.yearsRed.length} av ${red.publishedYears.length} publicerade år${red.yearsRed.length > 0 ? ` (${red.yearsRed.join(', ')})` : ''}`,
        red.notes.length === 0
          ? '–'
          : red.notes
              .map(
                (n) =>
                  `${name.get(n.unitCode) ?? n.unitCode}${n.year === null ? '' : ` (${n.year})`}${n.stance ? ` – ${translate('sv', `stance.${n.stance}`)}` : ''}: ${n.text}`,
              )
              .join(' · '),
      ]);
  }
  if (setTitle === null) return null;
  const intro = `Indikatorer där minst ${need} av ${memberCount} kommuner i nätverket har ogynnsamt läge mot riket, vid indikatorns eget senaste publicerade år till och med ${q.year}: förslag till gemensamma utvecklingsområden.`;
  const content: DevelopmentContent[] = [
    { kind: 'paragraph', text: intro },
    rows.length === 0
      ? {
          kind: 'paragraph',
          text: `Ingen indikator där minst ${need} av ${memberCount} kommuner har ogynnsamt läge mot riket.`,
        }
      : {
          kind: 'table',
          caption: `Gemensamma röda (minst ${need} av ${memberCount})`,
          header: [
            'Indikator',
            'Område',
            'År',
            'Kommuner med ogynnsamt läge',
            'År i rött',
            'Kommunernas anteckningar',
          ],
          rows,
        },
  ];
  return {
    anchor: `gemensamma-roda-${q.peerSetId.replace(/[^a-z0-9-]/gi, '-')}`,
    title: `Gemensamma röda: ${setTitle}`,
    content,
    legend:
      'Ogynnsamt läge mot riket: kommunen hör till den ogynnsammaste tredjedelen av alla kommuner – relativt, inte ett absolut betyg. "År i rött": de publicerade åren (högst fyra) då minst lika många av nätverkets kommuner hade ogynnsamt läge.',
  };
}
