/**
 * User story: "As the press office I write a release with German dates, upload a press photo with
 * its credit and the people's consent, attach it, set a Sperrfrist, schedule the publication and
 * publish — the list and my dashboard say when it goes public, and nobody outside sees it before."
 *
 * Debian Chromium against the production build; the accounts are made over REST, everything else
 * the press office does in the admin.
 */
import type { BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { berlinTime } from '../../src/lib/berlin'
import { formatGermanDate } from '../../src/lib/germanDate'
import { marker } from '../helpers/content'
import type { ProductionServer } from '../helpers/server'
import {
  type Account,
  type BrowserDay,
  chooseOption,
  jpegFiles,
  logInThroughAdmin,
  openBrowserDay,
  rest,
  stepper,
} from './browser'

let day: BrowserDay<'press'>
let server: ProductionServer
let context: BrowserContext
let page: Page
let step: (name: string) => Promise<void>
let press: Account
let admin: Account
let photoId: number | undefined
let releaseId: number | undefined
let scheduledAt = ''

const nextYear = new Date().getUTCFullYear() + 1
const title = marker('Jahresprogramm')
const alt = marker('Gruppenbild')
const typedDate = `15.03.${nextYear} 09:30`
const typedEmbargo = `16.03.${nextYear} 10:00`
const expectedEmbargo = berlinTime(`${nextYear}-03-16T10:00:00`).toISOString()

beforeAll(async () => {
  day = await openBrowserDay(['press'] as const)
  ;({ server } = day)
  ;({ admin, press } = day.accounts)
  context = await day.newContext()
}, 900_000)

afterAll(async () => {
  if (releaseId)
    await rest(server.baseURL, 'DELETE', `/press-releases/${releaseId}`, undefined, admin.token)
  if (photoId) await rest(server.baseURL, 'DELETE', `/photos/${photoId}`, undefined, admin.token)
  await day?.close()
})

const asPress = (route: string) => rest(server.baseURL, 'GET', route, undefined, press.token)

async function typeDate(fieldPath: string, text: string) {
  const input = page.locator(`#field-${fieldPath} input`)
  await input.click()
  await input.press('Control+A')
  await input.press('Backspace')
  await input.pressSequentially(text, { delay: 20 })
  await page.keyboard.press('Escape')
  // Leave the field (its picker would cover the next one), as an editor does.
  await page.locator('#field-title').click()
  await expect.poll(() => input.inputValue()).toBe(text)
}

describe("the press office's day (Debian Chromium)", () => {
  it('uploads a press photo with credit and the legal basis "consent"', async () => {
    page = await logInThroughAdmin(context, server.baseURL, press.email, press.password)
    step = stepper(page, 'press-day')
    await step('logged-in')
    const [file] = await jpegFiles('press-day', 1)
    await page.goto(`${server.baseURL}/admin/collections/photos/create`)
    await page.locator('input[type="file"]').first().setInputFiles(file!)
    await page.locator('#field-alt').fill(alt)
    await page.locator('#field-credit').fill('Foto: Erika Muster')
    await chooseOption(page, 'legalBasis', 'Einwilligung liegt vor')
    await step('photo-form')
    await page.locator('#action-save').click()
    await page.waitForURL(/\/photos\/\d+/, { timeout: 120_000 })
    photoId = Number(/\/photos\/(\d+)/.exec(page.url())![1])
    const stored = await asPress(`/photos/${photoId}?depth=0`)
    expect(stored.status).toBe(200)
    expect(stored.body).toMatchObject({ alt, credit: 'Foto: Erika Muster', legalBasis: 'consent' })
    expect(stored.body.mimeType).toBe('image/jpeg')
    await step('photo-saved')
  }, 300_000)

  it('writes the release with German dates, attaches the photo and sets the Sperrfrist', async () => {
    expect(photoId).toBeDefined()
    await page.goto(`${server.baseURL}/admin/collections/press-releases/create`)
    await page.locator('#field-title').fill(title)
    await page.locator('#field-teaser').fill('Der Verein stellt sein Jahresprogramm vor.')
    await typeDate('displayDate', typedDate)
    await typeDate('embargo', typedEmbargo)
    await page.locator('.tabs-field__tab-button', { hasText: 'Bilder' }).click()
    await page
      .locator('#field-heroPhoto')
      .getByRole('button', { name: /vorhandenen|auswählen/i })
      .first()
      .click()
    const drawer = page.locator('.list-drawer')
    await drawer.locator('tr', { hasText: alt }).locator('button, a').first().click()
    await expect
      .poll(() => page.locator('#field-heroPhoto').innerText(), { timeout: 30_000 })
      .toContain('press-day-1-')
    await step('release-form')
    // Autosave makes the draft; wait until it has an address and the indicator has settled.
    await page.waitForURL(/\/press-releases\/\d+/, { timeout: 60_000 })
    releaseId = Number(/\/press-releases\/(\d+)/.exec(page.url())![1])
    await expect
      .poll(async () => (await asPress(`/press-releases/${releaseId}?depth=0&draft=true`)).body, {
        timeout: 60_000,
      })
      .toMatchObject({
        title,
        heroPhoto: photoId,
        embargo: expectedEmbargo,
        displayDate: berlinTime(`${nextYear}-03-15T09:30:00`).toISOString(),
      })
    await expect
      .poll(() => page.locator('.embargo-status').innerText(), { timeout: 30_000 })
      .toBe('Sperrfrist bis 16.03., 10:00')
    await step('release-draft')
  }, 300_000)

  it("schedules the publication through Payload's scheduled publish", async () => {
    expect(releaseId).toBeDefined()
    await expect
      .poll(() => page.locator('.autosave').innerText(), { timeout: 30_000 })
      .not.toContain('Speichern')
    await page.locator('#action-save-popup .popup-button').click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.schedule-publish')
    await drawer.locator('.react-datepicker__input-container input').click()
    await page.locator('.react-datepicker__navigation--next').click()
    await page
      .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
      .click()
    await page
      .locator('.react-datepicker__time-list-item', { hasText: /^12:00$/ })
      .first()
      .click()
    await step('schedule-drawer')
    // Payload writes the locale choice "All" in English only; the admin shows our word for it.
    await expect.poll(() => drawer.innerText()).toContain('Alle Sprachen')
    expect(await drawer.innerText()).not.toMatch(/\bAll\b/)
    await page.locator('#scheduled-publish-save').click()
    // The admin answers with a toast either way; its text says why when scheduling was refused.
    await expect
      .poll(async () => (await page.locator('[data-sonner-toast]').allInnerTexts()).join(' | '), {
        timeout: 60_000,
      })
      .toContain('Erfolgreich geplant')
    await expect
      .poll(() => drawer.locator('.schedule-publish__upcoming').innerText(), { timeout: 30_000 })
      .toContain('12:00')
    await step('scheduled')
    const job = async () => {
      const jobs = await asPress(`/payload-jobs?depth=0&where[taskSlug][equals]=schedulePublish`)
      expect(jobs.status).toBe(200)
      return (
        jobs.body.docs.find(
          (doc: { input?: { doc?: { value?: number | string } } }) =>
            String(doc.input?.doc?.value) === String(releaseId),
        ) ?? null
      )
    }
    await expect.poll(job, { timeout: 30_000 }).not.toBeNull()
    const scheduled = await job()
    expect(scheduled.input.type).toBe('publish')
    // Essen's zone is preselected (admin.timezones), so the time does not depend on the browser.
    expect(scheduled.input.timezone).toBe('Europe/Berlin')
    // The 15th of next month, 12:00 noon in Berlin (the picker's 24-hour slot).
    expect(formatGermanDate(scheduled.waitUntil, 'dayAndTime')).toMatch(/^15\.\d\d\.\d{4} 12:00$/)
    await page.keyboard.press('Escape')
    scheduledAt = scheduled.waitUntil
  }, 300_000)

  it('publishes: the release is under Sperrfrist, in the list and on the dashboard, and hidden from the public', async () => {
    await page.goto(`${server.baseURL}/admin/collections/press-releases/${releaseId}`)
    await expect
      .poll(() => page.locator('.embargo-status').innerText(), { timeout: 60_000 })
      .toBe('Sperrfrist bis 16.03., 10:00')
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await asPress(`/press-releases/${releaseId}?depth=0`)).body?._status, {
        timeout: 60_000,
      })
      .toBe('published')
    const published = (await asPress(`/press-releases/${releaseId}?depth=0`)).body
    expect(published.embargo).toBe(expectedEmbargo)
    expect(published.heroPhoto).toBe(photoId)
    await step('published')

    await page.goto(`${server.baseURL}/admin/collections/press-releases`)
    const row = page.locator('tr', { hasText: title })
    await expect
      .poll(() => row.innerText(), { timeout: 60_000 })
      .toContain('Sperrfrist bis 16.03., 10:00')
    await step('list')

    await page.goto(`${server.baseURL}/admin`)
    const embargoed = page
      .locator('.role-dashboard__section', { hasText: 'Unter Sperrfrist' })
      .first()
    await expect.poll(() => embargoed.innerText(), { timeout: 60_000 }).toContain(title)
    expect(await embargoed.innerText()).toContain('Sperrfrist bis 16.03., 10:00')
    const scheduled = page
      .locator('.role-dashboard__section', { hasText: 'Geplante Veröffentlichungen' })
      .first()
    expect(await scheduled.innerText()).toContain(title)
    expect(await scheduled.innerText()).toContain(
      `Veröffentlichung am ${formatGermanDate(scheduledAt, 'dayAndTime')}`,
    )
    await step('dashboard')

    expect((await rest(server.baseURL, 'GET', `/press-releases/${releaseId}`)).status).toBe(404)
    const list = await rest(
      server.baseURL,
      'GET',
      `/press-releases?where[title][equals]=${encodeURIComponent(title)}`,
    )
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(0)
    // The photo follows the release: not public before the Sperrfrist ends.
    expect((await rest(server.baseURL, 'GET', `/photos/${photoId}`)).status).toBe(404)
  }, 300_000)
})
