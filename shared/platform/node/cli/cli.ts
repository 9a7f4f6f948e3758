import { errorText } from '../../../i18n/error-text';
import { APP_VERSION } from '../../../app-info';
import { AppError, EXIT_CODES, exitCodeFor } from '../../../util/app-error';
import { tableCounts } from '../../../db/schema';
import { isLang, translate, type Lang, type MessageKey } from '../../../i18n/i18n';
import { loadDemoData } from '../../../workspace/load-demo';
import { initNewWorkspace } from '../../../workspace/new-workspace';
import { readWorkspaceManifest } from '../../../workspace/workspace-file';
import { openNodeDb } from '../duckdb-node';
import { openWorkspaceFile, readWorkspaceBytes, saveWorkspaceFile } from '../workspace-io';
import { formatRows, type OutputFormat } from './format-rows';
import { parseArgs, type ParsedArgs } from './parse-args';
import { isReadOnlySql } from './read-only-sql';
import { formatOutcome, runImport } from './import-command';
import { standingsRows } from './standings-command';
import {
  listIndicators,
  listSeries,
  meta,
  outliers,
  peerSpecFor,
  yearRange,
} from './analysis-commands';
import { runCommand } from '../../../app/commands';
import { REPORT_TEMPLATES, type ReportTemplate } from '../../../report/report-definition';
import type { ReportSource } from '../../../report/report-input';
import { reportToXlsx } from '../../../report/report-xlsx';
import { reportToPptx } from '../../../report/report-pptx';
import { reportToDocx } from '../../../report/report-docx';
import { reportToHtml } from '../../../report/report-html';
import { htmlToPdf } from '../pdf-render';
import { loadReportFonts } from '../report-fonts-node';
import { writeFileAtomic } from '../atomic-write';

export type CliIo = Readonly<{ out: (text: string) => void; err: (text: string) => void }>;

class UsageError extends AppError {
  override name = 'UsageError';
  constructor(message: string) {
    super('cli.usage', message);
  }
}

function languageOf(args: ParsedArgs, env: NodeJS.ProcessEnv): Lang {
  const flag = args.options['lang'];
  if (isLang(flag)) return flag;
  if (isLang(env['OJ_ANALYS_LANG'])) return env['OJ_ANALYS_LANG'];
  return 'sv';
}

/** The `oj-analys` command line. Returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  const args = parseArgs(argv);
  const lang = languageOf(args, env);
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const required = (name: string): string => {
    const value = args.options[name];
    if (typeof value !== 'string')
      throw new UsageError(t('cli.missingOption', { option: `--${name}` }));
    return value;
  };
  const [command, ...rest] = args.positionals;
  try {
    if (args.options['version'] || args.options['v']) {
      io.out(`${APP_VERSION}\n`);
      return EXIT_CODES.ok;
    }
    if (!command || args.options['help'] || args.options['h'] || command === 'help') {
      io.out(t('cli.help', { version: APP_VERSION }));
      return command || args.options['help'] || args.options['h'] ? 0 : 1;
    }
    switch (command) {
      case 'sql': {
        const sql = rest.join(' ').trim();
        if (!sql) throw new UsageError(t('cli.missingSql'));
        if (!isReadOnlySql(sql)) throw new UsageError(t('cli.readOnly'));
        const format: OutputFormat = args.options['json']
          ? 'json'
          : args.options['csv']
            ? 'csv'
            : 'table';
        const db = await openWorkspaceFile(required('workspace'));
        try {
          const rows = await db.query(sql);
          io.out(formatRows(rows, format, t('cli.rows', { count: rows.length })));
        } finally {
          await db.close();
        }
        return EXIT_CODES.ok;
      }
      case 'new': {
        const out = required('out');
        const db = await openNodeDb();
        try {
          await initNewWorkspace(db);
          if (args.options['demo']) await loadDemoData(db);
          const bytes = await saveWorkspaceFile(db, out);
          io.out(t('cli.created', { file: out, bytes }) + '\n');
        } finally {
          await db.close();
        }
        return EXIT_CODES.ok;
      }
      case 'info': {
        const file = required('workspace');
        const manifest = readWorkspaceManifest(await readWorkspaceBytes(file));
        const db = await openWorkspaceFile(file);
        try {
          io.out(JSON.stringify({ ...manifest, counts: await tableCounts(db) }, null, 2) + '\n');
        } finally {
          await db.close();
        }
        return EXIT_CODES.ok;
      }
      case 'indicators':
      case 'series':
      case 'meta':
      case 'outliers':
      case 'standings': {
        const db = await openWorkspaceFile(required('workspace'));
        try {
          const rows =
            command === 'indicators'
              ? await listIndicators(db, args)
              : command === 'series'
                ? await listSeries(db)
                : command === 'meta'
                  ? await meta(db, args)
                  : command === 'standings'
                    ? await standingsRows(db, args)
                    : await outliers(db, args);
          const format: OutputFormat = args.options['json']
            ? 'json'
            : args.options['csv']
              ? 'csv'
              : 'table';
          io.out(formatRows(rows, format, t('cli.rows', { count: rows.length })));
        } finally {
          await db.close();
        }
        return EXIT_CODES.ok;
      }
      case 'report': {
        const format = args.options['format'];
        if (format !== 'xlsx' && format !== 'pptx' && format !== 'docx' && format !== 'pdf')
          throw new UsageError(t('cli.reportFormat'));
        const out = required('out');
        const db = await openWorkspaceFile(required('workspace'));
        try {
          const savedName =
            typeof args.options['report'] === 'string' ? args.options['report'] : null;
          const years = yearRange(
            typeof args.options['years'] === 'string' ? args.options['years'] : undefined,
          );
          let source: ReportSource;
          if (savedName) {
            const saved = await runCommand({ db }, 'reports.findByName', { name: savedName });
            if (!saved) throw new UsageError(t('cli.reportMissing', { name: savedName }));
            source = { kind: 'saved', definition: saved };
          } else {
            const template =
              typeof args.options['template'] === 'string'
                ? args.options['template']
                : 'namndrapport';
            if (!(REPORT_TEMPLATES as readonly string[]).includes(template))
              throw new UsageError(t('cli.reportTemplate', { template }));
            const peers = await peerSpecFor(
              db,
              typeof args.options['peers'] === 'string' ? args.options['peers'] : undefined,
            );
            source = {
              kind: 'template',
              template: template as ReportTemplate,
              home: required('unit'),
              peers,
            };
          }
          // The same command as the app's Rapport and Presentation.
          const areasOption =
            typeof args.options['areas'] === 'string' ? args.options['areas'].trim() : null;
          const areas =
            areasOption === null
              ? undefined
              : areasOption === 'alla'
                ? null
                : areasOption
                    .split(',')
                    .map((a) => a.trim())
                    .filter(Boolean);
          if (areas && areas.some((a) => !/^[a-z0-9_]{1,64}$/.test(a)))
            throw new UsageError(t('cli.reportAreas', { areas: areasOption ?? '' }));
          const doc = await runCommand({ db }, 'reports.build', {
            source,
            lang,
            ...(years ? { years } : {}),
            ...(areas !== undefined ? { areas } : {}),
          });
          const bytes =
            format === 'xlsx'
              ? reportToXlsx(doc)
              : format === 'pptx'
                ? await reportToPptx(doc)
                : format === 'docx'
                  ? await reportToDocx(doc, { fonts: await loadReportFonts() })
                  : await htmlToPdf(
                      reportToHtml(doc, { fonts: await loadReportFonts() }),
                      doc.title,
                      doc.lang,
                    );
          await writeFileAtomic(out, bytes);
          io.out(t('cli.created', { file: out, bytes: bytes.byteLength }) + '\n');
        } finally {
          await db.close();
        }
        return EXIT_CODES.ok;
      }
      case 'import': {
        const workspace = required('workspace');
        if (rest.length === 0) throw new UsageError(t('cli.missingInputs'));
        const outcomes = await runImport(workspace, rest, (line) => io.err(line + '\n'), {
          acceptWarnings: args.options['accept-warnings'] === true,
          reread: args.options['reread'] === true,
          lang,
        });
        if (args.options['json']) io.out(JSON.stringify(outcomes, null, 2) + '\n');
        else io.out(outcomes.map((o) => formatOutcome(o, lang)).join('\n\n') + '\n');
        return outcomes.some((o) => o.error || o.stopped) ? EXIT_CODES.stopped : EXIT_CODES.ok;
      }
      default:
        throw new UsageError(t('cli.unknownCommand', { command }));
    }
  } catch (error) {
    // Ours carry a code that names the exit code (--help lists them); anything else failed unexpectedly.
    if (error instanceof AppError) {
      // In the user's language: a UsageError is worded here already (t); the others are written in
      // Swedish where they arise, so English gives the code's text, then the Swedish detail.
      io.err((error instanceof UsageError ? error.message : errorText(error, lang)) + '\n');
      return exitCodeFor(error);
    }
    io.err(
      t('error.generic', { message: error instanceof Error ? error.message : String(error) }) +
        '\n',
    );
    return EXIT_CODES.failed;
  }
}
