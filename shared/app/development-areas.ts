import {
  closeDevelopmentArea,
  createDevelopmentArea,
  deleteDevelopmentArea,
  developmentSeriesChoices,
  evaluationTexts,
  getDevelopmentArea,
  listDevelopmentAreas,
  saveEvaluationText,
  setDevelopmentStatus,
  updateDevelopmentArea,
  type DevelopmentAreaChange,
  type NewDevelopmentArea,
} from '../analysis/development-area-store';
import type { DevelopmentAreaRecord, DevelopmentStatus } from '../analysis/development-areas';
import {
  developmentEvaluation,
  evaluationYears,
  type DevelopmentEvaluation,
} from '../analysis/development-evaluation';
import {
  followUpDevelopmentAreas,
  redsWithoutArea,
  seriesLabels,
  type DevelopmentFollowUp,
} from '../analysis/development-follow-up';
import { resolvePeerSet, type PeerSetSpec } from '../analysis/peer-sets';
import type { CommandContext, CommandMap } from './command-types';

type Scope = Readonly<{ home: string; peers: PeerSetSpec }>;

/** One utvecklingsområde as the page lists it: the record, its series' labels and its follow-up. */
export type DevelopmentAreaView = DevelopmentAreaRecord &
  Readonly<{ seriesLabels: readonly string[]; followUp: DevelopmentFollowUp | null }>;

/** Utvecklingsområden from proposal to evaluation (issue 20 item 4): `'development.<verb>'`. */
export const developmentAreasCommands = {
  /** The home unit's utvecklingsområden, each followed up against the comparison group, and the years to evaluate. */
  'development.list': async (
    { db }: CommandContext,
    p: Scope,
  ): Promise<{ areas: DevelopmentAreaView[]; years: number[] }> => {
    const areas = await listDevelopmentAreas(db, p.home);
    const peers = await resolvePeerSet(db, p.home, p.peers);
    const followUps = new Map(
      (await followUpDevelopmentAreas(db, p.home, peers, areas)).map((f) => [
        f.developmentAreaId,
        f,
      ]),
    );
    const labels = await seriesLabels(db, [...new Set(areas.flatMap((a) => a.seriesIds))]);
    return {
      areas: areas.map((a) => ({
        ...a,
        seriesLabels: a.seriesIds.map((s) => labels.get(s) ?? s),
        followUp: followUps.get(a.id) ?? null,
      })),
      years: evaluationYears(areas, (await evaluationTexts(db, p.home)).keys()),
    };
  },
  /** Reds at their own latest publication that no open utvecklingsområde follows up: findings to start from. */
  'development.candidates': async ({ db }: CommandContext, p: Scope) =>
    redsWithoutArea(db, p.home, await resolvePeerSet(db, p.home, p.peers)),
  'development.get': ({ db }: CommandContext, p: Readonly<{ id: string }>) =>
    getDevelopmentArea(db, p.id),
  /** Indicator series to choose from (the catalogue, without bakgrundsmått). */
  // An empty object, not null: useCommand runs nothing for a null payload.
  'development.seriesChoices': (
    { db }: CommandContext,
    _payload: Readonly<Record<string, never>>,
  ) => developmentSeriesChoices(db),
  /** One year's evaluation: decided, what happened to each indicator, closed, still open, the written text. */
  'development.evaluation': async (
    { db }: CommandContext,
    p: Scope & Readonly<{ year: number }>,
  ): Promise<DevelopmentEvaluation> =>
    developmentEvaluation(db, p.home, await resolvePeerSet(db, p.home, p.peers), p.year),
  /** From a finding (originRef with unit and series), a network's proposal (originRef.peerSetId) or by hand; returns the id. */
  'development.create': ({ db }: CommandContext, p: NewDevelopmentArea) =>
    createDevelopmentArea(db, p),
  'development.update': (
    { db }: CommandContext,
    p: Readonly<{ id: string; change: DevelopmentAreaChange }>,
  ) => updateDevelopmentArea(db, p.id, p.change),
  'development.setStatus': (
    { db }: CommandContext,
    p: Readonly<{
      id: string;
      status: DevelopmentStatus;
      decidedDate?: string | null;
      decidedBy?: string | null;
    }>,
  ) =>
    setDevelopmentStatus(db, p.id, p.status, {
      ...(p.decidedDate !== undefined ? { decidedDate: p.decidedDate } : {}),
      ...(p.decidedBy !== undefined ? { decidedBy: p.decidedBy } : {}),
    }),
  'development.close': (
    { db }: CommandContext,
    p: Readonly<{ id: string; closedAt?: string | null; closingNote?: string | null }>,
  ) => closeDevelopmentArea(db, p.id, { closedAt: p.closedAt, closingNote: p.closingNote }),
  'development.delete': async ({ db }: CommandContext, p: Readonly<{ id: string }>) => {
    await deleteDevelopmentArea(db, p.id);
    return null;
  },
  /** The kommun's own evaluation of a year (empty text removes it). */
  'development.saveEvaluation': async (
    { db }: CommandContext,
    p: Readonly<{ home: string; year: number; text: string }>,
  ) => {
    await saveEvaluationText(db, p.home, p.year, p.text);
    return null;
  },
} satisfies CommandMap;
