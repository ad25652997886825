/**
 * The portal in real Chromium (Debian's, through playwright-core):
 * - a newcomer's path with JavaScript switched off (the portal needs none): front page → search for a
 *   subject → filter by committee → open an item → follow its case → open a person;
 * - the skip link and focus with the keyboard;
 * - axe-core on every page type, desktop and phone width: no serious or critical violation;
 * - no horizontal scrolling on a phone;
 * - a screenshot of each page type in test-artifacts/ (desktop and phone).
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from '../support/chromium.js';
import { projectRoot, requireShared } from '../support/paths.js';
import { startFixture, type WebFixture } from './fixture.js';

// The few DOM shapes used inside page.evaluate (the project compiles without the DOM library).
interface DomElement {
  textContent: string | null;
  getBoundingClientRect(): { top: number };
  closest(selector: string): DomElement | null;
}
declare const document: { activeElement: DomElement | null; documentElement: { scrollWidth: number; clientWidth: number } };
declare const window: { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } };

let fx: WebFixture | null = null;
const ARTIFACTS = join(projectRoot(), 'test-artifacts');
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const ODENSE_BSU = '/kommune/odense/udvalg/beskaeftigelses-og-socialudvalget';

/** One URL per page type. */
const PAGE_TYPES: [string, string][] = [
  ['forside', '/'],
  ['kommuner', '/kommuner'],
  ['kommune', '/kommune/odense'],
  ['personer', '/kommune/odense/personer'],
  ['udvalg', ODENSE_BSU],
  ['moede', `${ODENSE_BSU}/2021-10-05`],
  ['punkt', `${ODENSE_BSU}/2021-10-05/punkt/1`],
  ['punkt-tabel', '/kommune/odder/udvalg/arbejdsmarkedsudvalget/2020-10-22/punkt/8'],
  ['sag', '/kommune/odense/sag/15.00.00-G01-86-20'],
  ['person', '/kommune/odense/person/reza-javid'],
  ['soeg', '/sog?q=borger&kommune=Odense'],
  ['soeg-tom', '/sog'],
  ['tilgaengelighed', '/tilgaengelighed'],
  ['data', '/data'],
  ['om', '/om'],
  ['fejl-404', '/findes-ikke'],
];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

async function axe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    return window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
  });
}

describe('the portal in Chromium', () => {
  let browser: Browser | null = null;
  before(async () => {
    fx = await startFixture();
    await mkdir(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await fx?.close();
  });

  test("a newcomer's path, without JavaScript", async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const b = await launchChromium({ javaScriptEnabled: false, bypassCSP: false });
    try {
      const page = await b.context.newPage();
      await page.goto(fx!.base + '/');
      assert.equal(await page.locator('h1').textContent(), 'Find beslutninger fra kommunernes udvalg');
      // Search for a subject.
      await page.getByLabel('Hvad leder du efter?').fill('nytænkning beskæftigelsesindsatsen');
      await page.getByRole('button', { name: 'Søg' }).click();
      await page.waitForURL(/\/sog\?q=/);
      assert.match((await page.locator('h1').textContent()) ?? '', /Søgeresultater for/);
      // Filter by committee with the filter form.
      await page.getByRole('combobox', { name: 'Udvalg' }).selectOption('Beskæftigelses- og Socialudvalget');
      await page.getByRole('button', { name: 'Anvend filtre' }).click();
      await page.waitForURL(/udvalg=/);
      assert.ok(await page.locator('.active-filters').getByText('Udvalg: Beskæftigelses- og Socialudvalget').isVisible());
      // Open the item.
      await page.locator('.results h3 a').filter({ hasText: 'Udmøntning af delaftale om nytænkning af beskæftigelsesindsatsen' }).first().click();
      await page.waitForURL(/\/punkt\/1$/);
      assert.equal(await page.locator('h1').textContent(), 'Udmøntning af delaftale om nytænkning af beskæftigelsesindsatsen');
      assert.equal(await page.locator('.decision .outcome').textContent(), 'Godkendt');
      // Follow its case.
      await page.locator('dl.facts').getByRole('link', { name: '15.20.00-A00-18-17' }).click();
      await page.waitForURL(/\/sag\/15\.20\.00-A00-18-17$/);
      assert.match((await page.locator('.kicker').textContent()) ?? '', /Sag/);
      // Open a person.
      await page.locator('#stemmer ~ .table-scroll').getByRole('link', { name: 'Reza Javid' }).click();
      await page.waitForURL(/\/person\/reza-javid$/);
      assert.match((await page.locator('h1').textContent()) ?? '', /Reza Javid/);
      await page.screenshot({ path: join(ARTIFACTS, 'sti-person-uden-js.png'), fullPage: true });
    } finally {
      await b.close();
    }
  });

  test('the skip link is the first stop and moves focus to the content', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    browser ??= await launchChromium();
    const page = await browser.context.newPage();
    await page.goto(fx!.base + `${ODENSE_BSU}/2021-10-05`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement?.getBoundingClientRect().top ?? -1 }));
    assert.equal(first.text, 'Gå til indhold');
    assert.ok(first.top >= 0, 'visible when focused');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    assert.ok(next, 'the next Tab stop is inside main');
    await page.close();
  });

  test('axe-core: no serious or critical violations on any page type; screenshots', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    browser ??= await launchChromium();
    const problems: string[] = [];
    const minor: string[] = [];
    for (const [width, height, suffix] of [
      [1280, 900, ''],
      [390, 844, '-mobil'],
    ] as const) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      for (const [name, path] of PAGE_TYPES) {
        const r = await page.goto(fx!.base + path);
        assert.ok(r, path);
        assert.equal(r.status(), name === 'fejl-404' ? 404 : 200, path);
        await page.screenshot({ path: join(ARTIFACTS, `${name}${suffix}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 1) problems.push(`${path} @${width}px: scrolls sideways by ${overflow}px`);
        const result = await axe(page);
        for (const v of result.violations) {
          const line = `${path} @${width}px: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`;
          if (v.impact === 'serious' || v.impact === 'critical') problems.push(line);
          else minor.push(line);
        }
      }
      await page.close();
    }
    if (minor.length) t.diagnostic(`minor/moderate axe findings:\n${minor.join('\n')}`);
    assert.deepEqual(problems, []);
  });
});
