import type { BrowserContext, Page } from 'playwright-core'

/**
 * User story: "As the press office I type the Sperrfrist the German way (26.11.2027 12:51) and the
 * release is embargoed until exactly that Berlin time — a past or garbled date is refused, never
 * silently turned into another date — and the list tells me which releases are still embargoed."
 *
 * Debian Chromium against the production build; users and content are made over the server's REST
 * API. The browser runs in New York time on purpose: what the editor types is Berlin time anyway.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { berlinTime } from '../../src/lib/berlin'
import type { ProductionServer } from '../helpers/server'
import {
  type Account,
  type BrowserDay,
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
let pressToken = ''
let releaseId: number | undefined

let press: Account
const nextYear = new Date().getUTCFullYear() + 1
const typed = `26.11.${nextYear} 12:51`
const expected = berlinTime(`${nextYear}-11-26T12:51:00`).toISOString()
const title = `Sperrfrist im Browser ${randomBytes(3).toString('hex')}`

beforeAll(async () => {
  day = await openBrowserDay(['press'] as const)
  ;({ server } = day)
  ;({ press } = day.accounts)
  pressToken = press.token!
  // The browser sits in New York: the typed time must still mean Berlin's.
  context = await day.newContext('America/New_York')
}, 900_000)

afterAll(async () => {
  await day?.close()
})

async function storedEmbargo(): Promise<string | null> {
  const response = await rest(
    server.baseURL,
    'GET',
    `/press-releases/${releaseId}?depth=0&draft=true`,
    undefined,
    pressToken,
  )
  expect(response.status).toBe(200)
  return response.body.embargo ?? null
}

const embargoInput = () => page.locator('#field-embargo input')

async function typeEmbargo(text: string) {
  await embargoInput().click()
  await embargoInput().press('Control+A')
  await embargoInput().press('Backspace')
  await embargoInput().pressSequentially(text, { delay: 20 })
  await page.keyboard.press('Escape')
  // Leave the field, as an editor does before saving.
  await page.locator('#field-title').click()
}

describe('Sperrfrist in the admin (Debian Chromium)', () => {
  it('the press office types a German Sperrfrist and the release is embargoed until exactly that Berlin time', async () => {
    page = await logInThroughAdmin(context, server.baseURL, press.email, press.password)
    step = stepper(page, 'embargo-date')
    await step('logged-in')

    await page.goto(`${server.baseURL}/admin/collections/press-releases/create`)
    await page.locator('#field-title').fill(title)
    await page.locator('#field-teaser').fill('Der Verein stellt sein Jahresprogramm vor.')

    // The picker: German "Uhrzeit" header, 24-hour slots every five minutes.
    await embargoInput().click()
    await expect
      .poll(() => page.locator('.react-datepicker__header--time').innerText())
      .toContain('Uhrzeit')
    const slots = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
    expect(slots).toContain('12:05')
    expect(slots).toContain('23:55')
    expect(slots.some((slot) => /AM|PM/i.test(slot))).toBe(false)
    await step('picker')
    await page.keyboard.press('Escape')

    await typeEmbargo(typed)
    await expect.poll(() => embargoInput().inputValue()).toBe(typed)
    await step('typed')
    await page.locator('#action-save').click()
    await page.waitForURL(/\/press-releases\/\d+/, { timeout: 60_000 })
    releaseId = Number(/\/press-releases\/(\d+)/.exec(page.url())![1])
    await expect.poll(storedEmbargo, { timeout: 30_000 }).toBe(expected)
    await page.reload()
    await expect.poll(() => embargoInput().inputValue(), { timeout: 30_000 }).toBe(typed)
    await expect
      .poll(() => page.locator('.embargo-status').innerText(), { timeout: 30_000 })
      .toBe(`Sperrfrist bis 26.11., 12:51`)
    await step('saved')

    const anonymous = await rest(server.baseURL, 'GET', `/press-releases/${releaseId}`)
    expect(anonymous.status).toBe(404)
  }, 300_000)

  it('a Sperrfrist in the past is refused in the admin with the message, and nothing changes', async () => {
    expect(releaseId).toBeDefined()
    // The change starts an autosave (refused too); a publish clicked while it runs is lost by the
    // admin (CI saw exactly that), so the editor's order applies: let the autosave finish first.
    const autosaved = page
      .waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' && response.url().includes('autosave=true'),
        { timeout: 15_000 },
      )
      .catch(() => null)
    await typeEmbargo('01.01.2020 10:00')
    await autosaved
    await expect
      .poll(() => page.locator('.autosave').innerText(), { timeout: 30_000 })
      .not.toContain('Speichern')
    await page.locator('#action-save').click()
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 30_000 })
      .toContain('Die Sperrfrist muss in der Zukunft liegen')
    await step('past-refused')
    expect(await storedEmbargo()).toBe(expected)
  }, 120_000)

  it('text that is no date is refused with a message and never stored as another date; the other changes save', async () => {
    await page.reload()
    await expect.poll(() => embargoInput().inputValue(), { timeout: 30_000 }).toBe(typed)
    // Releases autosave a draft 2 s after a change. A publish clicked while that autosave is under
    // way was lost (no request at all; seen on a loaded machine), so the editor's order is: wait
    // until the autosave indicator no longer says "Speichern...", then publish.
    const autosaved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' && response.url().includes('autosave=true'),
      { timeout: 30_000 },
    )
    await page.locator('#field-teaser').fill('Der Verein stellt sein Jahresprogramm 2028 vor.')
    await typeEmbargo('31.02.2028 25:99')
    const refusal = page.locator('.german-date-field__refusal')
    await expect
      .poll(() => refusal.innerText(), { timeout: 10_000 })
      .toContain('„31.02.2028 25:99“ ist kein gültiges Datum')
    // The field falls back to the Sperrfrist it had; the garbled text never becomes a date.
    await expect.poll(() => embargoInput().inputValue()).toBe(typed)
    await step('garbage-message')
    expect((await autosaved).status()).toBe(200)
    await expect
      .poll(() => page.locator('.autosave').innerText(), { timeout: 30_000 })
      .not.toContain('Speichern')
    await page.locator('#action-save').click()
    await expect
      .poll(
        async () =>
          (
            await rest(
              server.baseURL,
              'GET',
              `/press-releases/${releaseId}?depth=0`,
              undefined,
              pressToken,
            )
          ).body.teaser,
        { timeout: 30_000 },
      )
      .toBe('Der Verein stellt sein Jahresprogramm 2028 vor.')
    await step('garbage-refused')
    expect(await refusal.innerText()).toContain('wurde nicht übernommen')
    expect(await storedEmbargo()).toBe(expected)
    const published = await rest(
      server.baseURL,
      'GET',
      `/press-releases/${releaseId}?depth=0`,
      undefined,
      pressToken,
    )
    expect(new Date(published.body.embargo).toISOString()).toBe(expected)
  }, 120_000)

  it('the list shows the published release as "Sperrfrist bis 26.11., 12:51" (Berlin time)', async () => {
    await page.goto(`${server.baseURL}/admin/collections/press-releases`)
    const row = page.locator('tr', { hasText: title })
    await expect
      .poll(() => row.innerText(), { timeout: 30_000 })
      .toContain('Sperrfrist bis 26.11., 12:51')
    await step('list')
  }, 120_000)
})
