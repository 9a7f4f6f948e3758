import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = Readonly<{
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}>;

/** Page object for the app shell: navigation, status bar, workspace toolbar. */
export class AppShell {
  constructor(readonly page: Page) {}

  async open(url: string, hash = '#/oversikt'): Promise<void> {
    await this.page.goto(url + hash);
    await this.waitForEngine();
  }

  async waitForEngine(): Promise<void> {
    await this.page.waitForSelector('[data-testid="engine-status"][data-phase="ready"]', {
      timeout: 90_000,
    });
  }

  navLinks() {
    return this.page.getByRole('navigation').getByRole('link');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async statusText(): Promise<string> {
    return (await this.page.getByTestId('engine-status').textContent()) ?? '';
  }

  /** Clicks the button that opens a file chooser and gives it one file. */
  async pickFile(
    button: string,
    file: Readonly<{ name: string; mimeType: string; buffer: Buffer }>,
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(file);
  }

  /** "290 enheter · 1 indikator · 290 observationer · 1 källfil": each noun in the form its count takes. */
  async rowCountsText(): Promise<string> {
    return (await this.page.getByTestId('row-counts').textContent()) ?? '';
  }

  async observationCount(): Promise<number> {
    const match = /([\d\s\u00a0]+) observation(?:er|s)?\b/.exec(await this.rowCountsText());
    return match ? Number(match[1]!.replace(/\D/g, '')) : NaN;
  }

  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Öppna exempeldata' }).click();
    await this.page.getByTestId('publications').waitFor({ timeout: 90_000 });
  }

  /** "Vilken är er kommun?": asked once in a workspace with data and no saved hemkommun. */
  homeDialog() {
    return this.page.getByRole('dialog', { name: 'Vilken är er kommun?' });
  }

  /** Answers the hemkommun question: search, pick the kommun in the list, Spara. */
  async answerHomeQuestion(name: string): Promise<void> {
    const dialog = this.homeDialog();
    await dialog.waitFor({ timeout: 60_000 });
    await dialog.getByRole('searchbox', { name: 'Sök kommun' }).fill(name);
    await dialog.getByRole('listbox', { name: 'Kommun' }).selectOption({ label: name });
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async focusedText(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }

  /** axe-core against WCAG 2.0/2.1 A and AA. Injected through the debugger protocol, so the app's CSP stays on. */
  async axeViolations(): Promise<AxeViolation[]> {
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{
              violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
      }));
    });
  }
}
