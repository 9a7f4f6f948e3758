import { translate, type Lang } from '../../i18n/i18n';
import { existsSync } from 'node:fs';
import type { chromium as PlaywrightChromium } from 'playwright-core';
import { AppError } from '../../util/app-error';

/** Thrown when no headless Chromium is available; the message says what to install. */
export class NoChromiumError extends AppError {
  override name = 'NoChromiumError';
  constructor(message: string) {
    super('report.no_chromium', message);
  }
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium to print with: $OJ_CHROMIUM, else the first one installed in a usual place. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const wanted = env['OJ_CHROMIUM'] ?? env['CHROMIUM_PATH'];
  if (wanted) return existsSync(wanted) ? wanted : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

const NO_CHROMIUM =
  'PDF från kommandoraden skrivs med en lokal Chromium, och ingen hittades. Installera Chromium (t.ex. "apt-get install chromium") eller ange sökvägen i OJ_CHROMIUM. Rapporten finns också som --format docx, pptx och xlsx.';

/**
 * Print self-contained HTML to an A4 PDF in headless Chromium (playwright-core):
 * no network (every request is refused), page numbers in the footer.
 */
export async function htmlToPdf(
  html: string,
  footerText: string,
  lang: Lang = 'sv',
): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath) throw new NoChromiumError(NO_CHROMIUM);
  let chromium: typeof PlaywrightChromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new NoChromiumError(`${NO_CHROMIUM} (playwright-core saknas: kör "npm ci".)`);
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ], // playwright-core gives it a fresh, temporary profile
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // 12 CSS px = 9 pt: no footer text is smaller than 9 pt (issue 17).
    const footer = `<div style="font-size:12px;width:100%;padding:0 16mm;font-family:'Liberation Sans',Arial,sans-serif;color:#4a5560;display:flex;justify-content:space-between"><span>${footerText.replace(/[<>&]/g, '')}</span><span>${translate(lang, 'dialog.pdfFooter', { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' })}</span></div>`;
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      tagged: true,
      outline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
