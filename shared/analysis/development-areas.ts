import { AppError } from '../util/app-error';
/**
 * Utvecklingsområden from proposal to evaluation (issue 20 item 4): what the
 * nämnd decided to improve, on which indicators, who owns it, and where it
 * stands in the yearly cycle ("hjulet", FoU-Nordväst 2016: a proposal from
 * the working group, a decision, follow-up against next year's publication,
 * an evaluation before the next turn). Pure rules here; the store is
 * development-area-store.ts, the follow-up development-follow-up.ts.
 */

/** föreslaget → beslutat → pågår → avslutat (labels: i18n `development.status.<code>`). */
export const DEVELOPMENT_STATUSES = ['proposed', 'decided', 'in_progress', 'closed'] as const;
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUSES)[number];

/** Swedish words for exports and the CLI (the UI has the same words in i18n). */
export const DEVELOPMENT_STATUS_SV: Readonly<Record<DevelopmentStatus, string>> = {
  proposed: 'Föreslaget',
  decided: 'Beslutat',
  in_progress: 'Pågår',
  closed: 'Avslutat',
};

/**
 * The allowed moves between statuses. Anything else is refused with a
 * message that names both statuses and what is allowed instead.
 *
 * - föreslaget → beslutat (the nämnd decided) or → avslutat (not taken up);
 * - beslutat → pågår (the work started), → avslutat, or back → föreslaget
 *   (a decision entered by mistake or sent back);
 * - pågår → avslutat (done or stopped);
 * - avslutat → pågår or → föreslaget (reopened).
 *
 * Beslutat and pågår also need a decision (a date or at least a year).
 */
export const STATUS_TRANSITIONS: Readonly<Record<DevelopmentStatus, readonly DevelopmentStatus[]>> =
  {
    proposed: ['decided', 'closed'],
    decided: ['in_progress', 'closed', 'proposed'],
    in_progress: ['closed'],
    closed: ['in_progress', 'proposed'],
  };

/** Where an utvecklingsområde came from: a finding (a unit's indicator), a network's shared red, or typed in. */
export const DEVELOPMENT_ORIGINS = ['finding', 'network_proposal', 'manual'] as const;
export type DevelopmentOrigin = (typeof DEVELOPMENT_ORIGINS)[number];

/** What the origin points at: the finding's unit and series, or the network (a saved peer set) that proposed it. */
export type DevelopmentOriginRef = Readonly<{
  unitCode?: string;
  seriesId?: string;
  peerSetId?: string;
}>;

export type DevelopmentAreaRecord = Readonly<{
  id: string;
  unitCode: string;
  title: string;
  /** The indicator series it is followed up on, in the order the user chose them. */
  seriesIds: readonly string[];
  owner: string | null;
  /** The nämnd (or other body) that decided it. */
  decidedBy: string | null;
  /** ISO date (YYYY-MM-DD) of the decision, when known. */
  decidedDate: string | null;
  /** The decision's year: the date's, or given on its own (older utvecklingsområden). */
  decidedYear: number | null;
  /** The year the nämnd wants it followed up. */
  followUpYear: number | null;
  target: string | null;
  status: DevelopmentStatus;
  closedAt: string | null;
  closingNote: string | null;
  notes: string | null;
  origin: DevelopmentOrigin;
  originRef: DevelopmentOriginRef | null;
}>;

/** What a create or an edit gives; the store adds the id and times. */
export type DevelopmentAreaFields = Omit<DevelopmentAreaRecord, 'id'>;

export const DEVELOPMENT_LIMITS = {
  title: 200,
  shortText: 200,
  longText: 4000,
  series: 20,
  firstYear: 1990,
  lastYear: 2100,
} as const;

export class DevelopmentAreaError extends AppError {
  override name = 'DevelopmentAreaError';
  constructor(message: string) {
    super('development_area.invalid', message);
  }
}

export function isDevelopmentStatus(value: unknown): value is DevelopmentStatus {
  return typeof value === 'string' && (DEVELOPMENT_STATUSES as readonly string[]).includes(value);
}

/** A stored status read back: a code, or the free-text words older workspaces wrote (migration 8 maps them too). */
export function parseDevelopmentStatus(value: unknown): DevelopmentStatus {
  if (isDevelopmentStatus(value)) return value;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (word.startsWith('föresl') || word === 'förslag') return 'proposed';
  if (word.startsWith('beslut')) return 'decided';
  if (word.startsWith('avslut') || word.startsWith('klar')) return 'closed';
  return 'in_progress';
}

export function parseOrigin(value: unknown): DevelopmentOrigin {
  return typeof value === 'string' && (DEVELOPMENT_ORIGINS as readonly string[]).includes(value)
    ? (value as DevelopmentOrigin)
    : 'manual';
}

export function canTransition(from: DevelopmentStatus, to: DevelopmentStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** Refuses a move STATUS_TRANSITIONS does not allow, naming what is allowed. */
export function checkTransition(from: DevelopmentStatus, to: DevelopmentStatus): void {
  if (canTransition(from, to)) return;
  const allowed = STATUS_TRANSITIONS[from].map((s) => DEVELOPMENT_STATUS_SV[s].toLowerCase());
  throw new DevelopmentAreaError(
    `Ett utvecklingsområde som är ${DEVELOPMENT_STATUS_SV[from].toLowerCase()} kan inte bli ${DEVELOPMENT_STATUS_SV[to].toLowerCase()} direkt; det kan bli ${allowed.join(' eller ')}.`,
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as YYYY-MM-DD, or null for empty; anything else is refused. */
export function checkDate(value: string | null | undefined, what: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const m = ISO_DATE.exec(value.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3]))
    throw new DevelopmentAreaError(`${what} måste vara ett datum (ÅÅÅÅ-MM-DD): ${value}.`);
  checkYear(Number(m[1]), what);
  return m[0];
}

function checkYear(value: number | null | undefined, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (
    !Number.isInteger(value) ||
    value < DEVELOPMENT_LIMITS.firstYear ||
    value > DEVELOPMENT_LIMITS.lastYear
  )
    throw new DevelopmentAreaError(
      `${what} måste vara ett år mellan ${DEVELOPMENT_LIMITS.firstYear} och ${DEVELOPMENT_LIMITS.lastYear}: ${value}.`,
    );
  return value;
}

function text(value: string | null | undefined, max: number, what: string): string | null {
  const v = value?.trim() ?? '';
  if (v.length > max) throw new DevelopmentAreaError(`${what} får vara högst ${max} tecken.`);
  return v === '' ? null : v;
}

export const yearOf = (isoDate: string | null): number | null =>
  isoDate === null ? null : Number(isoDate.slice(0, 4));

/**
 * Checks and normalises what a create or an edit gives (trimmed texts, the
 * decision year from its date, unique series): every rule the UI, the
 * commands and an imported network file must meet. `today` (YYYY-MM-DD)
 * dates a closing that gives no date of its own.
 */
export function checkFields(f: DevelopmentAreaFields, today: string): DevelopmentAreaFields {
  const title = text(f.title, DEVELOPMENT_LIMITS.title, 'Rubriken');
  if (!title) throw new DevelopmentAreaError('Utvecklingsområdet behöver en rubrik.');
  if (!f.unitCode?.trim()) throw new DevelopmentAreaError('Utvecklingsområdet saknar kommun.');
  const seriesIds = [...new Set(f.seriesIds.map((s) => s.trim()).filter(Boolean))];
  if (seriesIds.length > DEVELOPMENT_LIMITS.series)
    throw new DevelopmentAreaError(
      `Ett utvecklingsområde kan följas upp på högst ${DEVELOPMENT_LIMITS.series} indikatorer.`,
    );
  if (seriesIds.some((s) => s.length > DEVELOPMENT_LIMITS.shortText))
    throw new DevelopmentAreaError('En indikatorserie har ett för långt id.');
  if (!isDevelopmentStatus(f.status))
    throw new DevelopmentAreaError(`Okänd status: ${String(f.status)}.`);
  const decidedDate = checkDate(f.decidedDate, 'Beslutsdatum');
  const givenYear = checkYear(f.decidedYear, 'Beslutsår');
  if (decidedDate && givenYear !== null && yearOf(decidedDate) !== givenYear)
    throw new DevelopmentAreaError(
      `Beslutsåret (${givenYear}) stämmer inte med beslutsdatum ${decidedDate}.`,
    );
  const decidedYear = yearOf(decidedDate) ?? givenYear;
  const followUpYear = checkYear(f.followUpYear, 'Uppföljningsår');
  if (decidedYear !== null && followUpYear !== null && followUpYear < decidedYear)
    throw new DevelopmentAreaError(
      `Uppföljningsåret (${followUpYear}) ligger före beslutet (${decidedYear}).`,
    );
  if ((f.status === 'decided' || f.status === 'in_progress') && decidedYear === null)
    throw new DevelopmentAreaError(
      `Ett utvecklingsområde som är ${DEVELOPMENT_STATUS_SV[f.status].toLowerCase()} behöver ett beslutsdatum eller åtminstone ett beslutsår.`,
    );
  const closedAt = f.status === 'closed' ? (checkDate(f.closedAt, 'Avslutsdatum') ?? today) : null;
  if (closedAt && decidedDate && closedAt < decidedDate)
    throw new DevelopmentAreaError(`Avslutsdatum ${closedAt} ligger före beslutet ${decidedDate}.`);
  const origin = parseOrigin(f.origin);
  const originRef = checkOriginRef(origin, f.originRef);
  return {
    unitCode: f.unitCode.trim(),
    title,
    seriesIds,
    owner: text(f.owner, DEVELOPMENT_LIMITS.shortText, 'Ansvarig'),
    decidedBy: text(f.decidedBy, DEVELOPMENT_LIMITS.shortText, 'Beslutande nämnd'),
    decidedDate,
    decidedYear,
    followUpYear,
    target: text(f.target, DEVELOPMENT_LIMITS.longText, 'Målet'),
    status: f.status,
    closedAt,
    closingNote: text(f.closingNote, DEVELOPMENT_LIMITS.longText, 'Kommentaren vid avslut'),
    notes: text(f.notes, DEVELOPMENT_LIMITS.longText, 'Anteckningen'),
    origin,
    originRef,
  };
}

function checkOriginRef(
  origin: DevelopmentOrigin,
  ref: DevelopmentOriginRef | null,
): DevelopmentOriginRef | null {
  const clean = (v: unknown) =>
    typeof v === 'string' && v.trim() !== '' && v.length <= DEVELOPMENT_LIMITS.shortText
      ? v.trim()
      : undefined;
  const unitCode = clean(ref?.unitCode);
  const seriesId = clean(ref?.seriesId);
  const peerSetId = clean(ref?.peerSetId);
  if (origin === 'finding' && !seriesId)
    throw new DevelopmentAreaError('Ett utvecklingsområde från ett resultat behöver indikatorn.');
  if (origin === 'network_proposal' && !peerSetId)
    throw new DevelopmentAreaError(
      'Ett utvecklingsområde från ett nätverksförslag behöver nätverket.',
    );
  if (origin === 'manual') return null;
  return {
    ...(unitCode ? { unitCode } : {}),
    ...(seriesId ? { seriesId } : {}),
    ...(peerSetId ? { peerSetId } : {}),
  };
}

/**
 * A new utvecklingsområde from a finding (an indicator of a unit: the series
 * comes with it, status föreslaget) or typed in. The finding's series is
 * always among the series followed up.
 */
export function newFields(
  input: Readonly<
    Partial<DevelopmentAreaFields> & Pick<DevelopmentAreaFields, 'unitCode' | 'title'>
  >,
): DevelopmentAreaFields {
  const origin = input.origin ?? (input.originRef?.seriesId ? 'finding' : 'manual');
  const findingSeries = origin === 'finding' ? input.originRef?.seriesId : undefined;
  const seriesIds = [...(findingSeries ? [findingSeries] : []), ...(input.seriesIds ?? [])];
  return {
    unitCode: input.unitCode,
    title: input.title,
    seriesIds,
    owner: input.owner ?? null,
    decidedBy: input.decidedBy ?? null,
    decidedDate: input.decidedDate ?? null,
    decidedYear: input.decidedYear ?? null,
    followUpYear: input.followUpYear ?? null,
    target: input.target ?? null,
    status: input.status ?? 'proposed',
    closedAt: input.closedAt ?? null,
    closingNote: input.closingNote ?? null,
    notes: input.notes ?? null,
    origin,
    originRef: input.originRef ?? null,
  };
}

/**
 * An edit applied to the current record: the status move is checked against
 * STATUS_TRANSITIONS, leaving "avslutat" clears the closing date, and the
 * whole result is checked again. Unit and origin never change.
 */
export function editFields(
  current: DevelopmentAreaFields,
  change: Readonly<Partial<Omit<DevelopmentAreaFields, 'unitCode' | 'origin' | 'originRef'>>>,
  today: string,
): DevelopmentAreaFields {
  const status = change.status ?? current.status;
  checkTransition(current.status, status);
  // A key given as undefined leaves the field as it was (only null clears it).
  const given = Object.fromEntries(
    Object.entries(change).filter(([, v]) => v !== undefined),
  ) as typeof change;
  const next: DevelopmentAreaFields = {
    ...current,
    ...given,
    unitCode: current.unitCode,
    origin: current.origin,
    originRef: current.originRef,
    status,
    closedAt: status === 'closed' ? (given.closedAt ?? current.closedAt) : null,
    // A new decision date carries its year (the old year would contradict it).
    decidedYear:
      given.decidedYear !== undefined
        ? given.decidedYear
        : given.decidedDate
          ? yearOf(checkDate(given.decidedDate, 'Beslutsdatum'))
          : current.decidedYear,
  };
  return checkFields(next, today);
}

/** Today as YYYY-MM-DD in the local calendar (what the user sees as today). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
