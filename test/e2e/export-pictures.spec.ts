/**
 * A check by eye: every view with the exempeldata, the printed report's
 * pages and the first slides of the PowerPoint export as PNGs in
 * test/e2e/artifacts/ (CI keeps them; README shows two of them). The
 * assertions are about the pictures existing and being pictures of pages;
 * what they show is for a person to look at.
 *
 * The PDF is printed from the Rapport view as Electron's "Skriv ut till PDF"
 * prints it (A4, backgrounds, print styles). PowerPoint and Word exports are
 * rendered with LibreOffice when it is installed (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../renderer/app/routes';
import { useApp } from './app-fixture';

const ARTIFACTS = path.resolve(__dirname, 'artifacts');

/** A selector for the part of each view that holds its data (the picture is taken once it is there). */
const VIEW_CONTENT: Record<(typeof ROUTES)[number]['id'], string> = {
  import: '[data-testid="drop-zone"]',
  overview: '[data-testid="heatmap"] tbody tr',
  areas: '[data-testid="area-table"] tbody tr',
  catalogue: '[data-testid="catalogue"] tbody tr',
  outliers: '[data-testid="outliers"]',
  parts: '[data-testid="parts-empty"]',
  cycle: '[data-testid="cycle"] li',
  peers: '[data-testid="unit-variables"]',
  notes: '#notes-list-title',
  developmentAreas: '#development-list-title',
  report: '[data-testid="report"]',
  presentation: '[data-testid="slide-outline"] li',
};
const scratch = mkdtempSync(path.join(os.tmpdir(), 'oj-pictures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** PNG signature: the file is a picture, not an error page saved under a .png name. */
function isPng(file: string): boolean {
  const head = readFileSync(file).subarray(0, 8);
  return head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

/** pdftoppm (poppler-utils, installed by .ci/run): pages first..last of a PDF as PNGs named <prefix>-<n>.png. */
function pdfPagesToPng(pdf: string, prefix: string, last: number): string[] {
  execFileSync('pdftoppm', [
    '-r',
    '70',
    '-png',
    '-f',
    '1',
    '-l',
    String(last),
    pdf,
    path.join(scratch, prefix),
  ]);
  const made = readdirSync(scratch)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort();
  return made.map((f, i) => {
    const target = path.join(ARTIFACTS, `${prefix}-${i + 1}.png`);
    writeFileSync(target, readFileSync(path.join(scratch, f)));
    return target;
  });
}

function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

const soffice =
  ['soffice', 'libreoffice'].find(
    (cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0,
  ) ?? null;

/** LibreOffice headless: an Office file to PDF in the scratch folder, with its own profile so parallel runs never share one. */
function officeToPdf(file: string): string {
  const profile = `file://${path.join(scratch, 'lo-profile')}`;
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      scratch,
      file,
    ],
    { timeout: 180_000, stdio: 'pipe' },
  );
  return file.replace(/\.(pptx|docx)$/, '.pdf');
}

describe('pictures of every view and of the exports', () => {
  const fx = useApp({ demo: true });

  it('photographs every view of the navigation with the exempeldata', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const page = fx.app.page;
    for (const route of ROUTES) {
      await page.goto(`${fx.app.server.url}#/${route.slug}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
      // Views fill in after the engine answers: wait for the part that shows the data.
      await page.locator(VIEW_CONTENT[route.id]).first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        () => document.querySelectorAll('[aria-busy="true"]').length === 0,
        undefined,
        { timeout: 60_000 },
      );
      const file = path.join(ARTIFACTS, `vy-${route.slug}.png`);
      await page.screenshot({ path: file, fullPage: false });
      expect(isPng(file)).toBe(true);
    }
  });

  it('prints the Nämndrapport to PDF and writes its pages as PNGs', async () => {
    const page = fx.app.page;
    await page.goto(`${fx.app.server.url}#/rapport`);
    await page.getByTestId('report').waitFor({ timeout: 30_000 });
    // Every change row of "Största förändringar" says its years, its unit and whether it is better or worse.
    const changes = page
      .getByTestId('report')
      .locator('h3:text-matches("^Största förändringar") + table tbody tr');
    expect(await changes.count()).toBeGreaterThan(0);
    for (const row of await changes.all()) {
      const cells = await row.locator('td, th').allTextContents();
      expect(cells[1]).toMatch(/^(\d{4}–\d{4}|\d{4} jämfört med \d{4})$/);
      // A number needs its unit after it (procentenheter, dagar, kr, per 10 000 invånare …).
      expect(cells[4]).toMatch(/^(Nej → Ja|Ja → Nej|[+−-]?\d[\d ]*(,\d+)? [a-zåäö].*)$/);
      expect(cells[5]).toMatch(/^(▲ bättre|▼ sämre|– oförändrat|– ingen riktning)$/);
    }
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(scratch, 'rapport.pdf');
    // Margins as Electron's printToPDF gives them by default (about 1 cm), unless the print CSS sets its own.
    writeFileSync(
      pdf,
      await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' },
      }),
    );
    await page.emulateMedia({ media: 'screen' });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const pictures = pdfPagesToPng(pdf, 'rapport-pdf', Math.min(pages, 6));
    expect(pictures.length).toBe(Math.min(pages, 6));
    for (const p of pictures) expect(isPng(p) && statSync(p).size > 5_000).toBe(true);
  });

  it('renders the PowerPoint and Word exports with LibreOffice when it is installed', async () => {
    const page = fx.app.page;
    const exports = [
      ['Exportera bildspel (PowerPoint)', 'pptx', 'bildspel'],
      ['Exportera dokument (Word)', 'docx', 'dokument'],
    ] as const;
    for (const [button, ext, prefix] of exports) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = path.join(scratch, `rapport.${ext}`);
      await (await download).saveAs(file);
      expect(statSync(file).size).toBeGreaterThan(10_000);
      if (!soffice) {
        console.warn(
          `LibreOffice saknas: ${ext}-exporten renderas inte till bilder (installera libreoffice-impress och libreoffice-writer).`,
        );
        continue;
      }
      const pdf = officeToPdf(file);
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      const pictures = pdfPagesToPng(pdf, prefix, Math.min(pages, 4));
      for (const p of pictures) expect(isPng(p)).toBe(true);
    }
  }, 400_000);
});
