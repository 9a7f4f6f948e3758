import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../shared/db/db';
import { openNodeDb } from '../../../shared/platform/node/duckdb-node';
import { htmlToPdf } from '../../../shared/platform/node/pdf-render';
import { loadReportFonts } from '../../../shared/platform/node/report-fonts-node';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import { templateItems } from '../../../shared/report/report-definition';
import { reportToHtml } from '../../../shared/report/report-html';
import { loadDemoData } from '../../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../../shared/workspace/new-workspace';

/**
 * Liberation Sans' line box: ascender 1854 + descender 434 units of 2048 (its
 * hhea table) = 1.117 em. pdftotext's word boxes are that tall, so a word's
 * height / 1.117 is its size in points (the old 8 px footer measured 6 pt).
 */
const LINE_BOX_EM = (1854 + 434) / 2048;

type Word = Readonly<{ page: number; text: string; size: number }>;

/** Every word of the PDF with its page and type size, from poppler's word boxes. */
function words(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return xml
    .split('<page ')
    .slice(1)
    .flatMap((page, i) =>
      [
        ...page.matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        page: i + 1,
        text: m[3]!,
        size: (Number(m[2]) - Number(m[1])) / LINE_BOX_EM,
      })),
    );
}

describe('the PDF of the Bilaga (demo workspace, Solna 2020–2024), printed by Chromium', () => {
  let db: Db;
  let dir: string;
  let pdf: string;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await loadDemoData(db);
    const peers = { kind: 'kommungrupp', classification: 2023 } as const;
    const doc = await buildNamndrapport(db, {
      home: '0184',
      peers,
      years: [2020, 2024],
      items: templateItems('bilaga', peers),
    });
    dir = mkdtempSync(path.join(tmpdir(), 'oj-pdf-'));
    pdf = path.join(dir, 'bilaga.pdf');
    writeFileSync(
      pdf,
      await htmlToPdf(reportToHtml(doc, { fonts: await loadReportFonts() }), doc.title),
    );
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('prints no word smaller than 9 pt: body, legends, source references, chart labels and the page footer', () => {
    const all = words(pdf);
    expect(all.length).toBeGreaterThan(500);
    const small = all.filter((w) => w.size < 8.95);
    expect(small).toEqual([]);
    // The footer is on every page.
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1],
    );
    expect(all.filter((w) => w.text === 'Sida').map((w) => w.page)).toEqual(
      Array.from({ length: pages }, (_, i) => i + 1),
    );
  });

  it('ends with the whole Källor list on its last page, each source file named once in the document', () => {
    const all = words(pdf);
    const lastPage = Math.max(...all.map((w) => w.page));
    const last = all.filter((w) => w.page === lastPage).map((w) => w.text);
    expect(last).toContain('Källor');
    for (let n = 1; n <= 20; n++) expect(last.join(' ')).toContain(`Källa ${n} `);
    const text = (first: number, lastOne: number) =>
      execFileSync('pdftotext', ['-f', String(first), '-l', String(lastOne), pdf, '-'], {
        encoding: 'utf8',
      });
    const files = ['aldreomsorg', 'barn-och-unga', 'ekonomiskt-bistand', 'missbruk'].flatMap((a) =>
      [2020, 2021, 2022, 2023, 2024].map((y) => `oj-${a}-${y}-exempel.xlsx`),
    );
    const whole = text(1, lastPage);
    const lastText = text(lastPage, lastPage);
    for (const f of files) {
      expect(whole.split(f).length - 1, f).toBe(1);
      expect(lastText, f).toContain(f);
    }
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSans\s/);
    expect(fonts).toMatch(/LiberationSans-Bold/);
  });
});
