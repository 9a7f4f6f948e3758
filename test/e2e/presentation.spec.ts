import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';
import { AppShell } from './page-models/app-shell';

/**
 * Issue 20 item 7: the presentation is the composed report, slide by slide;
 * the audience screen shows only the slide, the presenter window (a popup in
 * the web build) has the notes and the buttons and follows the show.
 */
describe('Presentation from the composed report in Chromium', () => {
  const fx = useApp({ demo: true });
  let pinned = '';
  let findings: string[] = [];
  let titles: string[] = [];
  let presenter: Page;
  const presenterErrors: string[] = [];
  const stage = () => fx.app.page.getByTestId('stage');
  const stageIndex = async () => Number(await stage().getAttribute('data-slide-index'));
  const presenterStatus = () => presenter.getByTestId('presenter-status');

  it('pins an indicator in the report composer; the presentation lists the composed parts in order', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/avvikare');
    const table = page.getByTestId('outliers');
    await table.waitFor({ timeout: 30_000 });
    pinned = (await table.locator('tbody tr').first().locator('th').textContent())!
      .replace(/^▼\s*/, '')
      .trim();
    await table
      .locator('tbody tr')
      .first()
      .getByRole('button', { name: /^Fäst i rapporten/ })
      .click();
    await page
      .getByText(/Fäst i "Nämndrapport/)
      .first()
      .waitFor();

    await page.goto(fx.app.server.url + '#/rapport');
    const parts = page
      .getByTestId('composer')
      .getByRole('list', { name: 'Delar i ordning' })
      .locator('li');
    await parts.nth(5).waitFor({ timeout: 30_000 });
    const composed = (await parts.allTextContents()).map((p) => p.replace(/[↑↓✕]/g, '').trim());
    expect(composed.slice(0, 5)).toEqual([
      'Metaanalys',
      'Ogynnsamt läge per område och år',
      'Återkommande avvikare',
      'Största förändringar',
      'Förvaltningens kommentarer',
    ]);
    expect(composed[5]).toContain(`Indikator: ${pinned}`);
    // The report view's findings, in its order: the återkommande avvikare, then the pinned indicator.
    const report = page.getByTestId('report');
    await report.locator('h4').last().filter({ hasText: pinned }).waitFor({ timeout: 30_000 });
    findings = await report.locator('h4').allTextContents();

    await page.goto(fx.app.server.url + '#/presentation');
    const outline = page.getByTestId('slide-outline');
    await outline.waitFor({ timeout: 30_000 });
    titles = await outline.locator('li').allTextContents();
    expect(titles[0]).toMatch(/^Öppna jämförelser \d{4}–\d{4}: /);
    const sources = titles.filter((x) => /^Källor/.test(x));
    expect(sources.length).toBeGreaterThan(0);
    // No förvaltning notes in this workspace, so no notes slide; one slide per avvikare, the pinned indicator after the changes.
    expect(titles).toEqual([
      titles[0],
      expect.stringMatching(/^Metaanalys \d{4}: läge per område$/),
      'Ogynnsamt läge per område och år',
      ...findings.slice(0, -1),
      expect.stringMatching(/^Största förändringar till \d{4}$/),
      findings.at(-1),
      ...sources,
    ]);
    expect(
      await page
        .getByRole('heading', { level: 2, name: `Bilderna i ordning (${titles.length})` })
        .isVisible(),
    ).toBe(true);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('opens the presenter window as a same-origin popup with the notes, the next title, a timer and the buttons', async () => {
    const page = fx.app.page;
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Öppna presentatörsfönstret' }).click();
    presenter = await popup;
    presenter.on('pageerror', (e) => presenterErrors.push(e.message));
    presenter.on('console', (m) => m.type() === 'error' && presenterErrors.push(m.text()));
    expect(new URL(presenter.url()).origin).toBe(new URL(fx.app.server.url).origin);
    await presenterStatus()
      .filter({ hasText: `Bild 1 av ${titles.length}` })
      .waitFor({ timeout: 30_000 });
    expect(await presenter.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Presentatörsfönster',
    );
    expect(await presenter.getByTestId('presenter-next').textContent()).toBe(titles[1]);
    expect(await presenter.getByRole('timer').textContent()).toMatch(/^\d+:\d\d$/);
    const notes = presenter.getByTestId('presenter-notes');
    expect(await notes.textContent()).toContain('Titelbild');
    expect(await notes.textContent()).toContain('Jämförelsegrupp:'); // the full sources and method
    expect(
      await presenter.getByText('Presentationen är inte startad', { exact: false }).isVisible(),
    ).toBe(true);
    expect(await new AppShell(presenter).axeViolations()).toEqual([]);
  });

  it('shows only the slide on the audience screen: no buttons, no notes; keyboard and clicker keys move it and the presenter window follows', async () => {
    const page = fx.app.page;
    await page.getByRole('button', { name: 'Starta presentationen' }).click();
    await stage().waitFor();
    expect(await stage().getAttribute('aria-label')).toBe(
      `Presentation, bild 1 av ${titles.length}`,
    );
    expect(await stage().locator('h2').textContent()).toBe(titles[0]);
    expect(await stage().locator('button, a, input, select, textarea').count()).toBe(0);
    // The slide number is on the screen, not hidden under the slide.
    const footer = stage().locator('.show-footer');
    expect(await footer.textContent()).toBe(`1 / ${titles.length}`);
    expect(
      await footer.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.bottom <= innerHeight &&
          document.elementFromPoint(r.right - 5, (r.top + r.bottom) / 2) === el
        );
      }),
    ).toBe(true);
    const text = (await stage().textContent())!;
    expect(text).not.toContain('Jämförelsegrupp:');
    expect(text).not.toContain('Titelbild');
    expect(text).not.toContain('Talarstöd');
    // The hint for keyboard users is there, visually hidden.
    const hint = stage().locator(`[id="${await stage().getAttribute('aria-describedby')}"]`);
    expect(await hint.textContent()).toContain('Page Down');
    expect(await hint.evaluate((el) => el.getBoundingClientRect().width <= 1)).toBe(true);
    // Focus stays on the stage: Tab does not wander into the page hidden under it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'stage',
    );

    await page.keyboard.press('PageDown');
    expect(await stageIndex()).toBe(1);
    expect(await stage().locator('h2').textContent()).toBe(titles[1]);
    expect(await stage().locator('svg[role="img"]').count()).toBe(1); // the metaanalys chart, as the report draws it
    await presenterStatus()
      .filter({ hasText: `Bild 2 av ${titles.length}` })
      .waitFor();
    expect(await presenter.getByTestId('presenter-notes').textContent()).toContain(
      'Antal indikatorer per område',
    );
    expect(await presenter.getByTestId('presenter-next').textContent()).toBe(titles[2]);

    await page.keyboard.press('PageUp');
    expect(await stageIndex()).toBe(0);
    await page.keyboard.press('End');
    expect(await stageIndex()).toBe(titles.length - 1);
    await presenterStatus()
      .filter({ hasText: `Bild ${titles.length} av ${titles.length}` })
      .waitFor();
    expect(await presenter.getByTestId('presenter-next').textContent()).toBe(
      'Det här är sista bilden.',
    );
    await page.keyboard.press('Home');
    expect(await stageIndex()).toBe(0);

    // The pinned indicator's slide: its ▲ ● ▼ headline in words and its trend chart.
    const at = titles.length - 1 - titles.filter((x) => /^Källor/.test(x)).length;
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
    expect(await stage().locator('h2').textContent()).toBe(findings.at(-1));
    expect(await stage().locator('.show-headline').textContent()).toMatch(
      /^[▲●▼] \d{4}: (gynnsamt|mellan|ogynnsamt)$/,
    );
    expect(await stage().locator('svg[role="img"]').count()).toBe(1);
    expect(await fx.shell.axeViolations()).toEqual([]);
    await page.keyboard.press('Home');
  });

  it('drives the show from the presenter window, and B blacks out the screen and back', async () => {
    const page = fx.app.page;
    await presenter.getByRole('button', { name: 'Nästa bild ▶' }).click();
    await expect.poll(stageIndex).toBe(1);
    await presenter.keyboard.press('PageDown'); // the clicker talks to the focused presenter window
    await expect.poll(stageIndex).toBe(2);
    await presenter.getByRole('button', { name: '◀ Föregående bild' }).click();
    await expect.poll(stageIndex).toBe(1);

    await page.keyboard.press('b');
    expect(await stage().getAttribute('data-black')).toBe('true');
    expect(await stage().locator('h2').count()).toBe(0);
    expect(await stage().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    await presenterStatus().filter({ hasText: 'Publiken ser en svart skärm.' }).waitFor();
    expect(
      await presenter.getByRole('button', { name: 'Svart skärm (B)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.keyboard.press('B');
    expect(await stage().getAttribute('data-black')).toBe('false');
    expect(await stage().locator('h2').textContent()).toBe(titles[1]);
    expect(await new AppShell(presenter).axeViolations()).toEqual([]);
  });

  it('leaves the presentation with Esc, back to Rapport; the presenter window says it has ended', async () => {
    const page = fx.app.page;
    await page.keyboard.press('Escape');
    await stage().waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/rapport');
    await presenterStatus().filter({ hasText: 'Presentationen är avslutad' }).waitFor();
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('made no request outside localhost and logged no errors in either window', () => {
    expectNoRemoteRequests(fx.app.requests);
    expect(fx.app.errors).toEqual([]);
    expect(presenterErrors).toEqual([]);
  });
});
