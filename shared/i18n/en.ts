import type { MessageKey } from './sv';

export const en: Record<MessageKey, string> = {
  'app.title': 'ÖJ-analys',
  'app.tagline': 'Öppna jämförelser – meta-analysis for the municipality',
  'app.skipToContent': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.import': 'Import',
  'nav.overview': 'Overview',
  'nav.areas': 'Areas',
  'nav.outliers': 'Outliers',
  'nav.peers': 'Peer groups',
  'nav.notes': 'Notes',
  'nav.report': 'Report',
  'nav.presentation': 'Presentation',
  'lang.label': 'Language',
  'lang.sv': 'Svenska',
  'lang.en': 'English',
  'status.label': 'Status',
  'status.engineStarting': 'Starting the database engine …',
  'status.engineReady': 'Database engine: {version}',
  'status.engineFailed': 'The database engine could not start: {message}',
  'status.counts': '{units} units · {indicators} indicators · {observations} observations · {files} source files',
  'status.workspace': 'Workspace: {name}',
  'status.unsaved': 'Unsaved workspace',
  'workspace.new': 'New workspace',
  'workspace.open': 'Open workspace …',
  'workspace.save': 'Save workspace',
  'workspace.opened': 'Opened {name}.',
  'workspace.saved': 'Saved {name}.',
  'workspace.cancelled': 'Cancelled.',
  'workspace.recent': 'Recent workspaces',
  'workspace.noRecent': 'No saved workspaces yet.',
  'demo.open': 'Open sample data',
  'demo.loading': 'Loading sample data …',
  'demo.loaded': 'Sample data loaded: {observations} observations.',
  'demo.explain':
    'Sample data are invented values shaped like Socialstyrelsen’s files: four areas, five years, all 290 municipalities.',
  'empty.title': 'The workspace is empty',
  'empty.body':
    'Import Socialstyrelsen’s Öppna jämförelser Excel files, open a saved workspace or look at the sample data.',
  'page.import.title': 'Import',
  'import.drop': 'Drop Excel files here, or',
  'import.dropActive': 'Drop the files to read them',
  'import.pick': 'Choose files …',
  'import.staged': 'Files to import',
  'import.parsing': 'Reading {file} – sheet {sheet} of {sheets} ({rows} rows)',
  'import.ready': 'Ready to import',
  'import.importing': 'Importing …',
  'import.imported': 'Imported: {count} values.',
  'import.duplicate': 'Already imported as {name}; nothing changed.',
  'import.revision': 'New version of {name}: {count} values differ.',
  'import.refused': 'Refused',
  'import.commit': 'Import',
  'import.commitAll': 'Import all ready files',
  'import.discard': 'Remove from list',
  'import.area': 'Area',
  'import.year': 'Year',
  'import.layout': 'Layout',
  'import.units': 'Units',
  'import.indicators': 'Indicators',
  'import.values': 'Values',
  'import.coloured': 'Coloured cells',
  'import.notPlaced': 'Not placed ({count})',
  'import.notes': 'Other notes ({count})',
  'import.sources': 'Imported source files',
  'import.noSources': 'No source files yet.',
  'import.file': 'File',
  'import.publisher': 'Publisher',
  'import.importedAt': 'Imported',
  'import.checksum': 'Checksum (sha256)',
  'import.remove': 'Remove',
  'import.removed': 'Removed {name} and its values.',
  'import.unknownArea': 'Other / unknown',
  'import.multiYear': 'several years',
  'status.ok': 'value',
  'status.sekretess': 'suppressed',
  'status.bortfall': 'not reported',
  'status.ej_tillampligt': 'not applicable',
  'status.ej_publicerat': 'not published',
  'status.saknas': 'missing',
  'page.import.body':
    'Import Öppna jämförelser workbooks, Kolada exports and Socialstyrelsen statistics files (xlsx) as published. Each file is read first and shown in an import report; nothing is saved until you choose Import. A file is imported entirely or not at all.',
  'page.overview.title': 'Overview',
  'page.overview.caveat':
    'Colours show the standing relative to the peer group – not an absolute grade.',
  'page.overview.summary': 'Loaded publications by area and year',
  'page.overview.area': 'Area',
  'page.overview.year': 'Year',
  'page.overview.indicators': 'Indicators',
  'page.overview.values': 'Values',
  'page.overview.missing': 'Missing values',
  'overview.home': 'Home municipality',
  'overview.peers': 'Peer group',
  'overview.from': 'From year',
  'overview.to': 'To year',
  'overview.mode': 'Colours',
  'overview.modeRelative': 'Standing against the peer group',
  'overview.modeOfficial': 'Socialstyrelsen’s colours',
  'overview.palette': 'Palette',
  'overview.paletteDefault': 'Green/yellow/red',
  'overview.paletteCvd': 'Blue/orange (colour-blind safe)',
  'overview.paletteGrey': 'Greyscale',
  'overview.rows': 'Rows',
  'overview.byArea': 'Area',
  'overview.byDimension': 'Quality dimension',
  'overview.byType': 'Indicator type',
  'overview.peersAll': 'All municipalities',
  'overview.peersLan': 'Municipalities in the same county',
  'overview.peersGroup': 'Same SKR group (2023)',
  'overview.heatmap': 'Meta-analysis: standing by {rows} and year',
  'overview.heatmapCaption': '{home} compared with {peers} ({count} municipalities). Each cell: number of indicators with a favourable, middle and unfavourable standing.',
  'overview.computing': 'Computing …',
  'overview.noStandings': 'The home municipality has no values in the chosen years.',
  'overview.cellLabel': '{key} {year}: {fav} favourable, {mid} middle, {unfav} unfavourable, {other} without standing',
  'overview.drill': 'Indicators in {key} {year}',
  'overview.closeDrill': 'Close',
  'overview.indicator': 'Indicator',
  'overview.value': 'Value',
  'overview.median': 'Peer median',
  'overview.standing': 'Standing',
  'overview.source': 'Source',
  'overview.headlines': 'Highlights',
  'overview.persistent': 'Persistent outliers',
  'overview.persistentHint': 'Unfavourable in at least 3 of the last 4 years',
  'overview.newReds': 'New unfavourable in {year}',
  'overview.improvements': 'Improvements in {year}',
  'overview.none': 'None.',
  'overview.years': '{hits} of {m} years',
  'standing.favourable': 'Favourable',
  'standing.middle': 'Middle',
  'standing.unfavourable': 'Unfavourable',
  'standing.insufficient': 'Insufficient data',
  'standing.missing': 'Value missing',
  'standing.no_direction': 'No direction',
  'legend.title': 'Legend',
  'page.areas.title': 'Areas',
  'page.outliers.title': 'Persistent outliers',
  'page.peers.title': 'Peer groups',
  'page.notes.title': 'Notes and development areas',
  'page.report.title': 'Report',
  'page.presentation.title': 'Presentation',
  'page.notYet': 'This view is not built yet. It arrives in a later development step.',
  'error.generic': 'Something went wrong: {message}',
  'cli.help': `ÖJ-analys {version} – analysis of Öppna jämförelser, offline

Usage:
  oj-analys <command> [options]

Commands:
  sql --workspace <file> "<SQL>" [--json|--csv]
        Run read-only SQL against a workspace and print the rows.
        Tables: source_file, unit, indicator, series, observation,
        peer_set, peer_set_member, annotation, development_area, report.
  import --workspace <file> <files|folders …> [--json]
        Import Öppna jämförelser workbooks and Kolada exports (xlsx).
        Creates the workspace if it is missing. Each file is imported
        entirely or not at all; the same file twice changes nothing.
  new --out <file> [--demo]
        Create a new workspace (with --demo: with sample data).
  info --workspace <file>
        Show the workspace manifest and the row count of each table.
  indicators --workspace <file> [--area <area>] [--year <year>]
        List indicators with type, direction, series and source file.
  series --workspace <file>
        List indicator series across years, with link confidence and reason.
  meta --workspace <file> --unit <code> [--peers all|lan|kommungrupp|<id>]
       [--years 2020-2024] [--by area|qualityDimension|indicatorType]
        Meta-analysis: standing per area and year against the peer group.
  outliers --workspace <file> --unit <code> [--peers …] [--n-of-m 3/4]
       [--side unfavourable|favourable]
        Persistent outliers.

Options:
  -h, --help      Show this help (--lang sv for Swedish)
  -v, --version   Show the version
  --lang sv|en    Language of messages
`,
  'cli.unknownCommand': 'Unknown command: {command}. Run oj-analys --help.',
  'cli.missingOption': 'The option {option} is missing. Run oj-analys --help.',
  'cli.missingSql': 'Give one SQL query in quotes.',
  'cli.readOnly':
    'Only read-only SQL is allowed (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, VALUES).',
  'cli.created': 'Created {file} ({bytes} bytes).',
  'cli.rows': '{count} rows',
  'cli.missingInputs': 'Name the files or folders to import.',
};
