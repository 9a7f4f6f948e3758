import type { Locator, Page } from 'playwright-core';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Page object for Importera: pick files, and one file's import card. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async pick(name: string, bytes: Uint8Array): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Välj filer …' }).click();
    await (await chooser).setFiles({ name, mimeType: XLSX_MIME, buffer: Buffer.from(bytes) });
  }

  card(name: string): ImportCard {
    return new ImportCard(
      this.page
        .getByTestId('import-card')
        .filter({ has: this.page.getByRole('heading', { name, exact: true }) }),
    );
  }

  templates(): Locator {
    return this.page.getByTestId('layout-templates');
  }
}

export class ImportCard {
  constructor(readonly root: Locator) {}

  /** Read, waiting for the card to be ready (or done). */
  async ready(): Promise<void> {
    await this.root
      .and(this.root.page().locator('[data-phase="ready"]'))
      .waitFor({ timeout: 90_000 });
  }

  commitButton(): Locator {
    return this.root.getByRole('button', { name: 'Importera', exact: true });
  }

  async text(testId: string): Promise<string> {
    return ((await this.root.getByTestId(testId).textContent()) ?? '').replace(/\u00a0/g, ' ');
  }

  /** The card's sample values, parsed: "Solna: 37,7 (G27) – …". */
  async samples(): Promise<{ unit: string; value: string; cell: string }[]> {
    const items = await this.root
      .getByTestId('import-samples')
      .getByRole('listitem')
      .allTextContents();
    return items.map((text) => {
      const m = /^(.+?): (\S+) \((?:.+!)?([A-Z]+\d+)\)/.exec(text.replace(/\u00a0/g, ' '));
      if (!m) throw new Error(`Not a sample: ${text}`);
      return { unit: m[1]!, value: m[2]!, cell: m[3]! };
    });
  }

  gate(): Locator {
    return this.root.getByTestId('gate-blocking');
  }

  mapping(): Locator {
    return this.root.getByTestId('mapping-preview');
  }

  async setRole(column: string, role: string): Promise<void> {
    await this.mapping()
      .getByLabel(`Roll för kolumn ${column}`, { exact: true })
      .selectOption(role);
  }

  async commit(): Promise<string> {
    await this.commitButton().click();
    const status = this.root.getByRole('status');
    await status.waitFor({ timeout: 60_000 });
    return ((await status.textContent()) ?? '').replace(/\u00a0/g, ' ');
  }
}
