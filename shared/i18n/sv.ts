/** Swedish first: every UI and CLI string lives here; en.ts must have the same keys. */
export const sv = {
  'app.title': 'ÖJ-analys',
  'app.tagline': 'Öppna jämförelser – metaanalys för kommunen',
  'app.skipToContent': 'Hoppa till innehållet',
  'nav.label': 'Huvudnavigering',
  'nav.import': 'Importera',
  'nav.overview': 'Översikt',
  'nav.areas': 'Områden',
  'nav.outliers': 'Avvikare',
  'nav.peers': 'Jämförelsegrupper',
  'nav.notes': 'Anteckningar',
  'nav.report': 'Rapport',
  'nav.presentation': 'Presentation',
  'lang.label': 'Språk',
  'lang.sv': 'Svenska',
  'lang.en': 'English',
  'status.label': 'Status',
  'status.engineStarting': 'Startar databasmotorn …',
  'status.engineReady': 'Databasmotor: {version}',
  'status.engineFailed': 'Databasmotorn kunde inte starta: {message}',
  'status.counts': '{units} enheter · {indicators} indikatorer · {observations} observationer · {files} källfiler',
  'status.workspace': 'Arbetsyta: {name}',
  'status.unsaved': 'Osparad arbetsyta',
  'workspace.new': 'Ny arbetsyta',
  'workspace.open': 'Öppna arbetsyta …',
  'workspace.save': 'Spara arbetsyta',
  'workspace.opened': 'Öppnade {name}.',
  'workspace.saved': 'Sparade {name}.',
  'workspace.cancelled': 'Avbrutet.',
  'workspace.recent': 'Senaste arbetsytor',
  'workspace.noRecent': 'Inga sparade arbetsytor ännu.',
  'demo.open': 'Öppna exempeldata',
  'demo.loading': 'Läser in exempeldata …',
  'demo.loaded': 'Exempeldata inläst: {observations} observationer.',
  'demo.explain':
    'Exempeldata är påhittade värden i samma form som Socialstyrelsens filer: fyra områden, fem år, alla 290 kommuner.',
  'empty.title': 'Arbetsytan är tom',
  'empty.body':
    'Importera Socialstyrelsens Excelfiler för Öppna jämförelser, öppna en sparad arbetsyta eller titta på exempeldata.',
  'page.import.title': 'Importera',
  'import.drop': 'Släpp Excelfiler här, eller',
  'import.dropActive': 'Släpp filerna för att läsa dem',
  'import.pick': 'Välj filer …',
  'import.staged': 'Filer att importera',
  'import.parsing': 'Läser {file} – blad {sheet} av {sheets} ({rows} rader)',
  'import.ready': 'Klar att importera',
  'import.importing': 'Importerar …',
  'import.imported': 'Importerad: {count} värden.',
  'import.duplicate': 'Redan inläst som {name}; inget ändrades.',
  'import.revision': 'Ny version av {name}: {count} värden skiljer sig.',
  'import.refused': 'Avvisad',
  'import.commit': 'Importera',
  'import.commitAll': 'Importera alla klara filer',
  'import.discard': 'Ta bort från listan',
  'import.area': 'Område',
  'import.year': 'År',
  'import.layout': 'Layout',
  'import.units': 'Enheter',
  'import.indicators': 'Indikatorer',
  'import.values': 'Värden',
  'import.coloured': 'Färgade celler',
  'import.notPlaced': 'Inte placerat ({count})',
  'import.notes': 'Övrigt ({count})',
  'import.sources': 'Inlästa källfiler',
  'import.noSources': 'Inga källfiler ännu.',
  'import.file': 'Fil',
  'import.publisher': 'Utgivare',
  'import.importedAt': 'Inläst',
  'import.checksum': 'Kontrollsumma (sha256)',
  'import.remove': 'Ta bort',
  'import.removed': 'Tog bort {name} och dess värden.',
  'import.unknownArea': 'Övrigt / okänt',
  'import.multiYear': 'flera år',
  'status.ok': 'värde',
  'status.sekretess': 'sekretess',
  'status.bortfall': 'bortfall',
  'status.ej_tillampligt': 'ej tillämpligt',
  'status.ej_publicerat': 'ej publicerat',
  'status.saknas': 'saknas',
  'page.import.body':
    'Importera Öppna jämförelser-filer, Kolada-exporter och Socialstyrelsens statistikfiler (xlsx) som de publiceras. Varje fil läses först och visas i en importrapport; inget sparas förrän du väljer Importera. En fil läses in helt eller inte alls.',
  'page.overview.title': 'Översikt',
  'page.overview.caveat':
    'Färgerna visar läge relativt jämförelsegruppen – inte ett absolut betyg.',
  'page.overview.summary': 'Inlästa publiceringar per område och år',
  'page.overview.area': 'Område',
  'page.overview.year': 'År',
  'page.overview.indicators': 'Indikatorer',
  'page.overview.values': 'Värden',
  'page.overview.missing': 'Saknade värden',
  'overview.home': 'Hemkommun',
  'overview.peers': 'Jämförelsegrupp',
  'overview.from': 'Från år',
  'overview.to': 'Till år',
  'overview.mode': 'Färger',
  'overview.modeRelative': 'Läge mot jämförelsegruppen',
  'overview.modeOfficial': 'Socialstyrelsens färger',
  'overview.palette': 'Färgschema',
  'overview.paletteDefault': 'Grön/gul/röd',
  'overview.paletteCvd': 'Blå/orange (färgblindsäkert)',
  'overview.paletteGrey': 'Gråskala',
  'overview.rows': 'Rader',
  'overview.byArea': 'Område',
  'overview.byDimension': 'Kvalitetsområde',
  'overview.byType': 'Indikatortyp',
  'overview.peersAll': 'Alla kommuner',
  'overview.peersLan': 'Kommunerna i samma län',
  'overview.peersGroup': 'Samma kommungrupp (SKR 2023)',
  'overview.heatmap': 'Metaanalys: läge per {rows} och år',
  'overview.heatmapCaption': '{home} jämfört med {peers} ({count} kommuner). Varje ruta: antal indikatorer med gynnsamt, mellan och ogynnsamt läge.',
  'overview.computing': 'Räknar …',
  'overview.noStandings': 'Hemkommunen har inga värden under de valda åren.',
  'overview.cellLabel': '{key} {year}: {fav} gynnsamma, {mid} mellan, {unfav} ogynnsamma, {other} utan läge',
  'overview.drill': 'Indikatorer i {key} {year}',
  'overview.closeDrill': 'Stäng',
  'overview.indicator': 'Indikator',
  'overview.value': 'Värde',
  'overview.median': 'Median i gruppen',
  'overview.standing': 'Läge',
  'overview.source': 'Källa',
  'overview.headlines': 'Det viktigaste',
  'overview.persistent': 'Återkommande avvikare',
  'overview.persistentHint': 'Ogynnsamt läge minst 3 av de 4 senaste åren',
  'overview.newReds': 'Nya ogynnsamma {year}',
  'overview.improvements': 'Förbättringar {year}',
  'overview.none': 'Inga.',
  'overview.years': '{hits} av {m} år',
  'standing.favourable': 'Gynnsamt',
  'standing.middle': 'Mellan',
  'standing.unfavourable': 'Ogynnsamt',
  'standing.insufficient': 'Otillräckligt underlag',
  'standing.missing': 'Värde saknas',
  'standing.no_direction': 'Ingen riktning',
  'legend.title': 'Teckenförklaring',
  'outliers.side': 'Riktning',
  'outliers.unfavourable': 'Återkommande ogynnsamt',
  'outliers.favourable': 'Återkommande gynnsamt',
  'outliers.rule': 'Regel',
  'outliers.ruleValue': 'minst {n} av de senaste {m} åren',
  'outliers.area': 'Område',
  'outliers.allAreas': 'Alla områden',
  'outliers.intro': '{home} jämfört med {peers}. En indikator räknas när den har läge mot gruppen {rule}.',
  'outliers.years': 'År',
  'outliers.latest': 'Senaste värde',
  'outliers.median': 'Median i gruppen',
  'outliers.robustness': 'Håller mot andra grupper?',
  'outliers.robust': 'Robust',
  'outliers.depends': 'Beror på jämförelsegrupp',
  'outliers.checking': 'kontrollerar …',
  'outliers.byArea': 'Områden som sticker ut återkommande',
  'outliers.none': 'Inga indikatorer uppfyller regeln.',
  'outliers.count': '{count} indikatorer',
  'peers.saved': 'Sparade jämförelsegrupper',
  'peers.none': 'Inga sparade grupper ännu. De inbyggda (alla kommuner, samma län, samma kommungrupp) finns alltid.',
  'peers.name': 'Namn',
  'peers.members': 'Kommuner',
  'peers.version': 'Version',
  'peers.why': 'Varför (syns i rapporter)',
  'peers.new': 'Ny jämförelsegrupp',
  'peers.search': 'Sök kommun',
  'peers.chosen': '{count} valda',
  'peers.save': 'Spara gruppen',
  'peers.savedMsg': 'Sparade {name} (version {version}).',
  'peers.preset': 'Fyll i FoU Nordväst (8 kommuner)',
  'peers.similar': 'Liknande kommuner',
  'peers.similarIntro': 'De {k} kommuner som ligger närmast {home} på de valda variablerna (standardiserade, senaste året med värden).',
  'peers.variables': 'Variabler',
  'peers.k': 'Antal',
  'peers.find': 'Hitta liknande',
  'peers.distance': 'Avstånd',
  'peers.contributions': 'Bidrag per variabel',
  'peers.useAsGroup': 'Spara som jämförelsegrupp',
  'peers.edit': 'Ändra',
  'page.areas.title': 'Områden',
  'page.outliers.title': 'Återkommande avvikare',
  'page.peers.title': 'Jämförelsegrupper',
  'page.notes.title': 'Anteckningar och utvecklingsområden',
  'page.report.title': 'Rapport',
  'page.presentation.title': 'Presentation',
  'page.notYet': 'Den här vyn är inte byggd ännu. Den kommer i ett senare utvecklingssteg.',
  'error.generic': 'Något gick fel: {message}',
  'cli.help': `ÖJ-analys {version} – analys av Öppna jämförelser, offline

Användning:
  oj-analys <kommando> [flaggor]

Kommandon:
  sql --workspace <fil> "<SQL>" [--json|--csv]
        Kör skrivskyddad SQL mot en arbetsyta och skriv ut raderna.
        Tabeller: source_file, unit, indicator, series, observation,
        peer_set, peer_set_member, annotation, development_area, report.
  import --workspace <fil> <filer|mappar …> [--json]
        Importera Öppna jämförelser-filer och Kolada-exporter (xlsx).
        Skapar arbetsytan om den saknas. Varje fil läses in helt eller
        inte alls; samma fil två gånger ändrar ingenting.
  new --out <fil> [--demo]
        Skapa en ny arbetsyta (med --demo: med exempeldata).
  info --workspace <fil>
        Visa arbetsytans manifest och antal rader per tabell.
  indicators --workspace <fil> [--area <område>] [--year <år>]
        Lista indikatorer med typ, riktning, serie och källfil.
  series --workspace <fil>
        Lista indikatorserier över åren, med säkerhet och skäl för kopplingen.
  meta --workspace <fil> --unit <kommunkod> [--peers all|lan|kommungrupp|<id>]
       [--years 2020-2024] [--by area|qualityDimension|indicatorType]
        Metaanalys: läge per område och år mot jämförelsegruppen.
  report --workspace <fil> --unit <kommunkod> [--peers …] [--years a-b]
         --format xlsx --out <fil>
        Nämndrapport (metaanalys, återkommande avvikare, största
        förändringar, alla lägen med källceller) som Excelfil.
  outliers --workspace <fil> --unit <kommunkod> [--peers …] [--n-of-m 3/4]
       [--side unfavourable|favourable]
        Återkommande avvikare.

Flaggor:
  -h, --help      Visa den här hjälpen (--lang en för engelska)
  -v, --version   Visa versionen
  --lang sv|en    Språk för meddelanden
`,
  'cli.unknownCommand': 'Okänt kommando: {command}. Kör oj-analys --help.',
  'cli.missingOption': 'Flaggan {option} saknas. Kör oj-analys --help.',
  'cli.missingSql': 'Ange en SQL-fråga inom citattecken.',
  'cli.readOnly':
    'Bara läsande SQL är tillåten (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, VALUES).',
  'cli.created': 'Skapade {file} ({bytes} byte).',
  'cli.rows': '{count} rader',
  'cli.missingInputs': 'Ange filer eller mappar att importera.',
  'cli.reportFormat': 'Ange --format xlsx (PDF, PPTX och DOCX från kommandoraden finns inte ännu).',
} as const;

export type MessageKey = keyof typeof sv;
