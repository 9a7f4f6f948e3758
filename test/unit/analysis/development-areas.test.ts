import { describe, expect, it } from 'vitest';
import {
  canTransition,
  checkFields,
  checkTransition,
  DEVELOPMENT_STATUSES,
  editFields,
  newFields,
  parseDevelopmentStatus,
  STATUS_TRANSITIONS,
  type DevelopmentAreaFields,
  type DevelopmentStatus,
} from '../../../shared/analysis/development-areas';

const TODAY = '2025-03-20';

const decided = (over: Partial<DevelopmentAreaFields> = {}): DevelopmentAreaFields =>
  checkFields(
    newFields({
      unitCode: '0114',
      title: 'Kortare väntetid',
      seriesIds: ['s1'],
      status: 'decided',
      decidedDate: '2024-03-12',
      decidedBy: 'Socialnämnden',
      ...over,
    }),
    TODAY,
  );

describe('utvecklingsområde status moves (issue 20 item 4)', () => {
  // The whole table, written out: a change to STATUS_TRANSITIONS must change this test.
  const allowed: Record<DevelopmentStatus, DevelopmentStatus[]> = {
    proposed: ['proposed', 'decided', 'closed'],
    decided: ['proposed', 'decided', 'in_progress', 'closed'],
    in_progress: ['in_progress', 'closed'],
    closed: ['proposed', 'in_progress', 'closed'],
  };
  for (const from of DEVELOPMENT_STATUSES)
    for (const to of DEVELOPMENT_STATUSES)
      it(`${from} → ${to}: ${allowed[from].includes(to) ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to)).toBe(allowed[from].includes(to));
      });

  it('names what is allowed instead when refusing', () => {
    expect(() => checkTransition('in_progress', 'proposed')).toThrow(
      'Ett utvecklingsområde som är pågår kan inte bli föreslaget direkt; det kan bli avslutat.',
    );
    expect(() => checkTransition('proposed', 'in_progress')).toThrow(
      /kan bli beslutat eller avslutat/,
    );
    expect(STATUS_TRANSITIONS.proposed).toEqual(['decided', 'closed']);
  });

  it('reads the free-text statuses older workspaces wrote', () => {
    expect(parseDevelopmentStatus('pågår')).toBe('in_progress');
    expect(parseDevelopmentStatus('Beslutat')).toBe('decided');
    expect(parseDevelopmentStatus('avslutad')).toBe('closed');
    expect(parseDevelopmentStatus('föreslaget')).toBe('proposed');
    expect(parseDevelopmentStatus(null)).toBe('in_progress');
    expect(parseDevelopmentStatus('closed')).toBe('closed');
  });
});

describe('creating an utvecklingsområde', () => {
  it('from a finding: its series first, status föreslaget, origin kept', () => {
    const f = checkFields(
      newFields({
        unitCode: '0114',
        title: '  Placerade barn  ',
        seriesIds: ['s2', 's1'],
        originRef: { unitCode: '0114', seriesId: 's1' },
      }),
      TODAY,
    );
    expect(f).toMatchObject({
      title: 'Placerade barn',
      seriesIds: ['s1', 's2'],
      status: 'proposed',
      origin: 'finding',
      originRef: { unitCode: '0114', seriesId: 's1' },
      decidedYear: null,
      closedAt: null,
    });
  });

  it('by hand, without series; a network proposal needs its network', () => {
    expect(
      checkFields(newFields({ unitCode: '0114', title: 'Basutbildning' }), TODAY),
    ).toMatchObject({ origin: 'manual', originRef: null, seriesIds: [], status: 'proposed' });
    expect(() =>
      checkFields(
        newFields({ unitCode: '0114', title: 'Gemensamt', origin: 'network_proposal' }),
        TODAY,
      ),
    ).toThrow('Ett utvecklingsområde från ett nätverksförslag behöver nätverket.');
  });

  it('takes the decision year from the decision date and refuses a contradiction', () => {
    expect(decided().decidedYear).toBe(2024);
    expect(() => decided({ decidedYear: 2023 })).toThrow(
      'Beslutsåret (2023) stämmer inte med beslutsdatum 2024-03-12.',
    );
    expect(() => decided({ decidedDate: '2024-02-30' })).toThrow(
      'Beslutsdatum måste vara ett datum (ÅÅÅÅ-MM-DD): 2024-02-30.',
    );
  });

  it('refuses what cannot be followed up', () => {
    expect(() => decided({ title: '   ' })).toThrow('Utvecklingsområdet behöver en rubrik.');
    expect(() => decided({ decidedDate: null })).toThrow(
      'Ett utvecklingsområde som är beslutat behöver ett beslutsdatum eller åtminstone ett beslutsår.',
    );
    expect(() => decided({ followUpYear: 2023 })).toThrow(
      'Uppföljningsåret (2023) ligger före beslutet (2024).',
    );
    expect(() => decided({ seriesIds: Array.from({ length: 21 }, (_, i) => `s${i}`) })).toThrow(
      /högst 20 indikatorer/,
    );
    expect(() => decided({ title: 'x'.repeat(201) })).toThrow(/högst 200 tecken/);
    expect(() =>
      decided({ status: 'in_progress' as DevelopmentStatus, decidedDate: null, decidedYear: 1800 }),
    ).toThrow(/mellan 1990 och 2100/);
    // A repeated series counts once.
    expect(decided({ seriesIds: ['s1', 's1', ' s2 '] }).seriesIds).toEqual(['s1', 's2']);
  });
});

describe('editing and closing', () => {
  it('closes on today when no date is given, and reopening clears the closing date', () => {
    const closed = editFields(decided(), { status: 'closed', closingNote: 'Målet nått' }, TODAY);
    expect(closed).toMatchObject({
      status: 'closed',
      closedAt: TODAY,
      closingNote: 'Målet nått',
    });
    const reopened = editFields(closed, { status: 'in_progress' }, TODAY);
    expect(reopened.closedAt).toBeNull();
    expect(
      editFields(decided(), { status: 'closed', closedAt: '2025-01-15' }, TODAY).closedAt,
    ).toBe('2025-01-15');
    expect(() =>
      editFields(decided(), { status: 'closed', closedAt: '2023-12-31' }, TODAY),
    ).toThrow('Avslutsdatum 2023-12-31 ligger före beslutet 2024-03-12.');
  });

  it('refuses a move the table does not allow, and leaves unit and origin as they were', () => {
    const going = editFields(decided(), { status: 'in_progress' }, TODAY);
    expect(() => editFields(going, { status: 'proposed' }, TODAY)).toThrow(/kan inte bli/);
    const moved = editFields(
      going,
      { title: 'Kortare väntetid till SÄBO', seriesIds: ['s3'], owner: 'Äldreomsorgschefen' },
      TODAY,
    );
    expect(moved).toMatchObject({
      unitCode: '0114',
      title: 'Kortare väntetid till SÄBO',
      seriesIds: ['s3'],
      owner: 'Äldreomsorgschefen',
      decidedBy: 'Socialnämnden',
      origin: 'manual',
    });
  });

  it('a new decision date carries its year; a field given as undefined stays, null clears it', () => {
    const f = editFields(decided(), { decidedDate: '2025-02-01' }, TODAY);
    expect(f).toMatchObject({ decidedDate: '2025-02-01', decidedYear: 2025 });
    expect(editFields(f, { owner: 'Chefen' }, TODAY).decidedBy).toBe('Socialnämnden');
    expect(editFields(f, { decidedBy: undefined }, TODAY).decidedBy).toBe('Socialnämnden');
    expect(editFields(f, { decidedBy: null }, TODAY).decidedBy).toBeNull();
  });

  it('a proposal becomes decided only with a decision', () => {
    const proposal = checkFields(newFields({ unitCode: '0114', title: 'Förslag' }), TODAY);
    expect(() => editFields(proposal, { status: 'decided' }, TODAY)).toThrow(
      /behöver ett beslutsdatum/,
    );
    expect(
      editFields(proposal, { status: 'decided', decidedDate: '2025-03-01' }, TODAY),
    ).toMatchObject({ status: 'decided', decidedYear: 2025 });
  });
});
