import { resolvePeerSet } from '../analysis/peer-sets';
import { computeStandings, type StandingRow } from '../analysis/standings-query';
import {
  kommunerWithParts,
  kommunParts,
  listParts,
  partIndicators,
  type PartComparison,
} from '../analysis/unit-parts';
import type { CommandContext, CommandMap, NoPayload } from './command-types';

/** Enheter and stadsdelar as units of analysis (issue 19 item 7). */
export const partsCommands = {
  /** Kommuner with enheter or stadsdelar that have values. */
  'parts.kommuner': ({ db }: CommandContext, _payload: NoPayload) => kommunerWithParts(db),
  /** Every enhet and stadsdel, for the hemenhet choice. */
  'parts.list': ({ db }: CommandContext, _payload: NoPayload) => listParts(db),
  /** The indicators a kommun's parts have values on, each series at its latest such year. */
  'parts.indicators': ({ db }: CommandContext, p: Readonly<{ kommunCode: string }>) =>
    partIndicators(db, p.kommunCode),
  /** Drill-down kommun → enheter: value, n, standing within the kommun and in the country. */
  'parts.ofKommun': (
    { db }: CommandContext,
    p: Readonly<{ kommunCode: string; indicatorId: string }>,
  ) => kommunParts(db, p.kommunCode, p.indicatorId),
  /** A hemenhet's standings on every indicator it has, against the chosen comparison. */
  'parts.homeStandings': async (
    { db }: CommandContext,
    p: Readonly<{ unitCode: string; comparison: PartComparison }>,
  ): Promise<StandingRow[]> =>
    computeStandings(db, {
      home: p.unitCode,
      peers: await resolvePeerSet(db, p.unitCode, { kind: 'parts', comparison: p.comparison }),
    }),
} satisfies CommandMap;
