import type { Indicator } from '../model/indicators';
import type { Observation, Status } from '../model/observations';
import type { Unit } from '../model/units';
import type { UnitMatch } from '../reference/unit-names';
import { sha256Hex } from '../util/sha256';
import { diagnostic } from './diagnostic';
import type { Diagnostic, FoundIndicator, SheetResult } from './import-batch';
import { ImportError } from './import-error';
import type { ImportReport } from './import-report';
import type { SheetMapping } from './sheet-mapping';
import type { LayoutTemplate } from './layout-template';
import { readDescriptions, type IndicatorDescription } from './layouts/descriptions-sheet';
import { findYearRow, readKoladaSheet } from './layouts/kolada-sheet';
import { findUnitColumn, tableRegions } from './layouts/unit-column';
import { readPeriodSheet } from './layouts/period-sheet';
import { readWideSheet } from './layouts/wide-sheet';
import { guessArea, guessPublication } from './publication-info';
import { applyLegend } from './legend';
import { applyDirectionEvidence } from './direction-evidence';
import { readXlsx } from './read-xlsx';
import { readCsv } from './read-csv';
import { readKoladaJson } from './read-kolada-json';
import { textAt, value, type SheetGrid } from './sheet-grid';
import { looksLikeValue } from './cell-value';
import { cleanText, matchKey } from '../util/text-normalize';
import { seriesIdFor } from '../model/series-id';
import { classifyFile, restoreZip } from './zip-precheck';
import { backgroundReason } from './background-measure';
import { fileGate, sampleValues, uniqueDiagnostics } from './import-gate';

export type SeriesProposal = Readonly<{
  seriesId: string;
  area: string;
  label: string;
  linkConfidence: number;
  linkReason: string;
}>;

/** A parsed file, ready to commit: everything or nothing of it goes into the workspace. */
export type ParsedImport = Readonly<{
  fileId: string;
  fileName: string;
  sha256: string;
  bytes: number;
  publisher: string | null;
  area: string;
  year: number | null;
  layout: string;
  units: readonly Unit[];
  series: readonly SeriesProposal[];
  indicators: readonly Indicator[];
  observations: readonly Observation[];
  report: ImportReport;
  /** Indicators linked to an existing series by a similar title (set when committing). */
  linkNotes?: readonly Readonly<{ indicatorId: string; seriesId: string; reason: string }>[];
  /** Existing series whose definition text differs in this file (set when committing). */
  definitionChanged?: readonly string[];
}>;

export type ImportOptions = Readonly<{
  area?: string;
  year?: number;
  /** The user's corrections of how sheets are read (from the mapping preview or a saved layout template). */
  mappings?: readonly SheetMapping[];
  /** Saved layout templates: one whose signature matches a sheet is applied to it. */
  templates?: readonly Pick<LayoutTemplate, 'signature' | 'sheetName' | 'mapping'>[];
}>;
export type ImportProgress = (
  p: Readonly<{ sheet: string; sheetIndex: number; sheets: number; rows: number }>,
) => void;

const UNKNOWN_AREA = 'ovrigt';

function firstTexts(sheets: readonly SheetGrid[]): string[] {
  const texts: string[] = [];
  for (const s of sheets.slice(0, 4)) {
    texts.push(s.name);
    for (let r = 0; r < Math.min(3, s.rowCount); r++) {
      const t = textAt(s, r, 0);
      if (t) texts.push(t);
    }
  }
  return texts;
}

function unitRow(m: UnitMatch): Unit {
  if (m.level === 'enhet') {
    const parent = m.parentCode ?? null;
    return {
      unitCode: m.unitCode,
      name: m.name,
      level: 'enhet',
      parentCode: parent,
      lanCode: parent ? parent.slice(0, 2) : null,
      kommungrupp2023: null,
      kommungrupp2017: null,
      regiform: m.regiform ?? null,
    };
  }
  const lanCode =
    m.level === 'kommun' ? m.unitCode.slice(0, 2) : m.level === 'stadsdel' ? '01' : null;
  return {
    unitCode: m.unitCode,
    name: m.name,
    level: m.level === 'region' ? 'lan' : m.level,
    parentCode: m.level === 'stadsdel' ? '0180' : lanCode,
    lanCode,
    kommungrupp2023: null,
    kommungrupp2017: null,
  };
}

function applyDescriptions(
  indicators: FoundIndicator[],
  descriptions: readonly IndicatorDescription[],
): void {
  const typeText = new Map<FoundIndicator, string | null>();
  const byCode = new Map(descriptions.filter((d) => d.code).map((d) => [matchKey(d.code!), d]));
  const byTitle = new Map(descriptions.filter((d) => d.title).map((d) => [matchKey(d.title!), d]));
  for (const indicator of indicators) {
    const d =
      (indicator.code ? byCode.get(matchKey(indicator.code)) : undefined) ??
      byTitle.get(matchKey(indicator.title));
    if (!d) continue;
    indicator.description = d.description;
    if (d.direction) {
      indicator.direction = d.direction;
      indicator.directionReason = 'enligt filens indikatorbeskrivning';
    }
    indicator.indicatorType = d.indicatorType ?? indicator.indicatorType;
    indicator.qualityDimension = d.qualityDimension;
    if (d.title && indicator.title === indicator.code) indicator.title = d.title;
    typeText.set(indicator, d.typeText);
  }
  for (const indicator of indicators) {
    indicator.backgroundReason = backgroundReason({
      ...indicator,
      typeText: typeText.get(indicator) ?? null,
    });
    if (indicator.backgroundReason) {
      indicator.direction = 'none';
      indicator.directionReason = 'bakgrundsmått har ingen riktning';
    }
  }
}

/**
 * One sheet → one result per table: descriptions are handled by the caller;
 * a period sheet, a Kolada export or wide tables (side by side ones read
 * one after the other, each with its own unit column).
 */
function readSheet(
  sheet: SheetGrid,
  mapping: SheetMapping | undefined,
  publicationYear: number | null,
  theme: readonly string[] | null,
): SheetResult[] {
  const units = findUnitColumn(sheet, { forcedCol: mapping?.unitCol });
  if (!units) {
    const series = readPeriodSheet(sheet);
    if (series && series.observations.length > 0) return [series];
    return [
      { sheet: sheet.name, layout: 'skipped', indicators: [], observations: [], diagnostics: [] },
    ];
  }
  const firstUnitRow = Math.min(...units.rows.keys());
  const years = findYearRow(sheet, firstUnitRow + 1, units.col + 1);
  // Kolada: the KPI title in the column before the units. Never a column that itself names units (Län | Kommun | Kod).
  const isTitle = (row: number) => {
    const v = value(sheet, row, units.col - 1);
    return typeof v === 'string' && v.trim() !== '' && !looksLikeValue(v);
  };
  const titled = units.col > 0 ? [...units.rows.keys()].filter(isTitle).length : 0;
  if (
    years &&
    titled >= 0.5 * units.rows.size &&
    !units.identityCols.includes(units.col - 1) &&
    !mapping
  )
    return [readKoladaSheet(sheet, units, years)];
  if (mapping) return [readWideSheet(sheet, units, { publicationYear, theme, mapping })];
  const results: SheetResult[] = [];
  // Stacked tables, each with its own unit column; side by side ones, read one after the other.
  const regions = tableRegions(sheet);
  for (const rows of regions) {
    let fromCol = 0;
    // One region is the whole sheet: its unit column is the one already found.
    let current = regions.length === 1 ? units : findUnitColumn(sheet, { rows });
    while (current && results.length < 16) {
      const result = readWideSheet(sheet, current, { publicationYear, theme, fromCol, rows });
      results.push(result);
      if (result.sideTableCol === undefined) break;
      fromCol = result.sideTableCol;
      current = findUnitColumn(sheet, { fromCol, rows });
      if (current && current.col < fromCol) current = null;
    }
  }
  return results.length > 0
    ? results
    : [{ sheet: sheet.name, layout: 'skipped', indicators: [], observations: [], diagnostics: [] }];
}

/**
 * Bytes → a normalized batch plus its import report. Pure: no database, no
 * file system; runs in Node and in a worker. Layouts are detected per sheet.
 */
export async function parseImportFile(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  onProgress?: ImportProgress,
): Promise<ParsedImport> {
  const kind = classifyFile(fileName, bytes);
  const sha256 = await sha256Hex(bytes);
  const fileId = `f-${sha256.slice(0, 16)}`;
  const workbook =
    kind === 'xlsx'
      ? readXlsx(fileName, restoreZip(fileName, bytes))
      : kind === 'csv'
        ? readCsv(fileName, bytes)
        : { sheets: [], theme: null };
  const guess = guessPublication(fileName, firstTexts(workbook.sheets));
  const publicationYear = options.year ?? guess.year;

  const results: SheetResult[] = [];
  const descriptions: IndicatorDescription[] = [];
  const diagnostics: Diagnostic[] = [];
  if (kind === 'json') results.push(readKoladaJson(fileName, bytes));
  const templates = options.templates ?? [];
  let templateApplied: string | null = null;
  workbook.sheets.forEach((sheet, sheetIndex) => {
    onProgress?.({
      sheet: sheet.name,
      sheetIndex,
      sheets: workbook.sheets.length,
      rows: sheet.rowCount,
    });
    const described = readDescriptions(sheet);
    if (described) {
      descriptions.push(...described);
      results.push({
        sheet: sheet.name,
        layout: 'descriptions',
        indicators: [],
        observations: [],
        diagnostics: [],
      });
      return;
    }
    const mapping = options.mappings?.find((m) => m.sheet === sheet.name);
    let read = readSheet(sheet, mapping, publicationYear, workbook.theme);
    // A saved correction of this layout (same header texts) applies to this year's sheet too.
    const template = mapping
      ? undefined
      : templates.find((t) => read.some((r) => r.preview?.signature === t.signature));
    if (template) {
      read = readSheet(
        sheet,
        { ...template.mapping, sheet: sheet.name },
        publicationYear,
        workbook.theme,
      );
      templateApplied = template.sheetName ? `${template.sheetName}` : template.signature;
    }
    for (const result of read) {
      if (
        result.layout === 'skipped' &&
        result.observations.length === 0 &&
        result.diagnostics.length === 0
      ) {
        diagnostics.push(
          diagnostic({
            severity: 'info',
            sheet: sheet.name,
            cell: null,
            code: 'sheet_without_units',
          }),
        );
      } else if (result.observations.length === 0 && result.layout !== 'skipped') {
        diagnostics.push(
          diagnostic({
            severity: 'info',
            sheet: sheet.name,
            cell: null,
            code: 'sheet_without_values',
          }),
        );
        result.layout = 'skipped';
      }
      results.push(result);
    }
  });

  const found = results.flatMap((r) => r.indicators);
  // The file's own legend (teckenförklaring) decides what its missing-value codes mean.
  const legendRead = applyLegend(
    results.flatMap((r) => r.observations),
    workbook.sheets,
  );
  const foundObservations = legendRead.observations;
  if (foundObservations.length === 0) {
    throw new ImportError(
      'import.no_values',
      `Hittade inga värden för kommuner, län eller riket i ${fileName}. Är det en fil från Öppna jämförelser, Kolada eller Socialstyrelsens statistik?`,
      fileName,
    );
  }
  applyDescriptions(found, descriptions);
  diagnostics.push(...applyDirectionEvidence(found, foundObservations, workbook.sheets));

  const layouts = [
    ...new Set(
      results
        .filter((r) => r.layout !== 'skipped' && r.layout !== 'descriptions')
        .map((r) => r.layout),
    ),
  ];
  const layout = layouts.join('+');
  const foundYears = new Set(found.map((f) => f.year));
  // A multi-year export (Kolada) is not one year's publication.
  const sourceYear =
    foundYears.size === 1 ? ([...foundYears][0] ?? publicationYear) : (options.year ?? null);
  const areaGuess = guessArea(
    fileName,
    firstTexts(workbook.sheets),
    workbook.sheets.map((s) => s.name),
    found.map((f) => f.title),
  );
  const area = options.area ?? areaGuess.area ?? UNKNOWN_AREA;
  const publisher =
    layouts.includes('kolada') || kind === 'json'
      ? 'Kolada (RKA)'
      : /öppna jämförelser|socialstyrelsen/i.test(guess.title ?? '') || layouts.includes('period')
        ? 'Socialstyrelsen'
        : null;

  const sameTitle: { first: string; second: string; title: string }[] = [];
  const idOf = new Map<string, string>();
  const series = new Map<string, SeriesProposal>();
  // Within one file a series holds at most one indicator per year: a second
  // indicator with the same code or title in the same year gets its own series.
  const seriesYears = new Map<string, string>();
  const indicators: Indicator[] = found.map((f, i) => {
    const indicatorId = `${fileId}:${i + 1}`;
    idOf.set(f.key, indicatorId);
    const year = f.year ?? publicationYear ?? 0;
    let seriesId = seriesIdFor(area, f.code, f.title);
    const first = seriesYears.get(`${seriesId}|${year}`);
    if (first !== undefined) {
      const base = seriesIdFor(area, null, `${f.sheet} ${f.code ?? ''} ${f.title}`);
      seriesId = base;
      for (let k = 2; seriesYears.has(`${seriesId}|${year}`); k++) seriesId = `${base}-${k}`;
      sameTitle.push({ first, second: `${f.sheet}!${f.cell}`, title: f.title });
    }
    seriesYears.set(`${seriesId}|${year}`, `${f.sheet}!${f.cell}`);
    if (!series.has(seriesId))
      series.set(seriesId, {
        seriesId,
        area,
        label: f.title,
        linkConfidence: f.code ? 1 : 0.9,
        linkReason: f.code ? 'samma kod' : 'samma titel',
      });
    return {
      indicatorId,
      area,
      year,
      code: f.code,
      title: f.title,
      description: f.description,
      kind: f.kind,
      direction: f.direction,
      indicatorType: f.indicatorType,
      qualityDimension: f.qualityDimension,
      seriesId,
      fileId,
      background: Boolean(f.backgroundReason),
      directionReason: f.directionReason,
    };
  });

  const units = new Map<string, Unit>();
  const valuesByStatus: Partial<Record<Status, number>> = {};
  const unitLevels: Record<string, number> = {};
  let coloured = 0;
  const observations: Observation[] = foundObservations.map((o) => {
    if (!units.has(o.unit.unitCode)) {
      units.set(o.unit.unitCode, unitRow(o.unit));
      unitLevels[o.unit.level] = (unitLevels[o.unit.level] ?? 0) + 1;
    }
    valuesByStatus[o.status] = (valuesByStatus[o.status] ?? 0) + 1;
    if (o.officialClass) coloured += 1;
    return {
      indicatorId: idOf.get(o.indicatorKey)!,
      unitCode: o.unit.unitCode,
      year: o.year ?? publicationYear ?? 0,
      period: o.period,
      valueNum: o.valueNum,
      valueText: o.valueText,
      status: o.status,
      officialClass: o.officialClass,
      n: o.n ?? null,
      ciLow: o.ciLow ?? null,
      ciHigh: o.ciHigh ?? null,
      responseRate: o.responseRate ?? null,
      fileId,
      sheet: o.sheet,
      cell: o.cell,
    };
  });
  if (indicators.some((i) => i.year === 0)) {
    diagnostics.push(
      diagnostic({ severity: 'warning', sheet: null, cell: null, code: 'year_unknown' }),
    );
  }

  return {
    fileId,
    fileName: cleanText(fileName),
    sha256,
    bytes: bytes.byteLength,
    publisher,
    area,
    year: sourceYear,
    layout,
    units: [...units.values()],
    series: [...series.values()],
    indicators,
    observations,
    report: {
      fileName,
      sha256,
      area,
      year: sourceYear,
      publisher,
      layout,
      sheets: results.map((r) => ({
        sheet: r.sheet,
        layout: r.layout,
        indicators: r.indicators.length,
        observations: r.observations.length,
      })),
      units: unitLevels,
      indicators: indicators.length,
      background: indicators.filter((i) => i.background).length,
      valuesByStatus,
      coloured,
      diagnostics: uniqueDiagnostics([...diagnostics, ...results.flatMap((r) => r.diagnostics)]),
      seriesCount: series.size,
      years: [...new Set(indicators.map((i) => i.year))].filter((y) => y > 0).sort((a, b) => a - b),
      gate: [...results.flatMap((r) => r.gate ?? []), ...fileGate([...units.values()], sameTitle)],
      samples: sampleValues(indicators, observations, [...units.values()]),
      previews: results.flatMap((r) => (r.preview ? [r.preview] : [])),
      templateApplied,
      missingCodes: legendRead.missingCodes,
      areaReason: options.area ? 'valt av användaren' : areaGuess.reason,
      areaReasonWords: options.area ? { code: 'area.user' } : areaGuess.words,
    },
  };
}
