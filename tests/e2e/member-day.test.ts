/**
 * User story: "As a member I log in, my dashboard takes me straight to my own portrait, I write my
 * text and give my consent to publication, and nothing else of the association is mine to change."
 *
 * Debian Chromium against the production build; the accounts and portraits are made over REST.
 */
import type { BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { marker } from '../helpers/content'
import type { ProductionServer } from '../helpers/server'
import {
  type Account,
  type BrowserDay,
  logInThroughAdmin,
  openBrowserDay,
  rest,
  stepper,
} from './browser'

let day: BrowserDay<'member'>
let server: ProductionServer
let context: BrowserContext
let page: Page
let step: (name: string) => Promise<void>
let admin: Account
let member: Account
const own = { name: marker('Clara Kreativ'), id: 0 }
const hidden = { name: marker('Dora Verborgen'), id: 0 }
const publicOne = { name: marker('Emil Öffentlich'), id: 0 }
const bio = 'Ich gestalte Plakate für das Ruhrgebiet.'

beforeAll(async () => {
  day = await openBrowserDay(['member'] as const)
  ;({ server } = day)
  ;({ admin, member } = day.accounts)
  for (const [portrait, data] of [
    [own, { user: member.id }],
    [hidden, {}],
    [publicOne, { consent: { given: true } }],
  ] as const) {
    const created = await rest(
      server.baseURL,
      'POST',
      '/members',
      { name: portrait.name, ...data },
      admin.token,
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    portrait.id = created.body.doc.id
  }
  context = await day.newContext()
}, 900_000)

afterAll(async () => {
  for (const portrait of [own, hidden, publicOne])
    if (portrait.id)
      await rest(server.baseURL, 'DELETE', `/members/${portrait.id}`, undefined, admin.token)
  await day?.close()
})

const asMember = (method: string, route: string, body?: unknown) =>
  rest(server.baseURL, method, route, body, member.token)

describe("a member's day (Debian Chromium)", () => {
  it('the dashboard shows "Mein Porträt" and leads straight to her own portrait', async () => {
    page = await logInThroughAdmin(context, server.baseURL, member.email, member.password)
    step = stepper(page, 'member-day')
    const section = page.locator('.role-dashboard__section', { hasText: 'Mein Porträt' })
    await expect.poll(() => section.innerText(), { timeout: 60_000 }).toContain(own.name)
    expect(await section.innerText()).toContain(
      'Nicht öffentlich: Die Einwilligung zur Veröffentlichung fehlt noch.',
    )
    await step('dashboard')
    await section.getByRole('link', { name: 'Mein Porträt bearbeiten' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/members/${own.id}$`), { timeout: 60_000 })
    await expect
      .poll(() => page.locator('#field-name').inputValue(), { timeout: 60_000 })
      .toBe(own.name)
    await step('own-portrait')
  }, 300_000)

  it('she writes her text, gives her consent and saves', async () => {
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await page.keyboard.type(bio)
    await page.locator('#field-consent__given').check()
    await step('edited')
    await page.locator('#action-save').click()
    await expect
      .poll(
        async () => (await asMember('GET', `/members/${own.id}?depth=0`)).body?.consent?.given,
        { timeout: 60_000 },
      )
      .toBe(true)
    const saved = (await asMember('GET', `/members/${own.id}?depth=0`)).body
    expect(JSON.stringify(saved.bio)).toContain(bio)
    expect(saved.consent.recordedBy).toBe(member.id)
    // Now public, as the dashboard says.
    expect((await rest(server.baseURL, 'GET', `/members/${own.id}`)).status).toBe(200)
    await page.goto(`${server.baseURL}/admin`)
    const section = page.locator('.role-dashboard__section', { hasText: 'Mein Porträt' })
    await expect
      .poll(() => section.innerText(), { timeout: 60_000 })
      .toContain('Öffentlich sichtbar.')
    await step('saved')
  }, 300_000)

  it('she cannot open a hidden portrait of another member nor change a public one', async () => {
    await page.goto(`${server.baseURL}/admin/collections/members/${hidden.id}`)
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 60_000 })
      .toContain(`Das Dokument mit der ID ${hidden.id} konnte nicht gefunden werden`)
    expect(await page.locator('body').innerText()).not.toContain(hidden.name)
    expect(await page.locator(`#field-name`).count()).toBe(0)
    await step('hidden-portrait')

    await page.goto(`${server.baseURL}/admin/collections/members/${publicOne.id}`)
    await expect
      .poll(() => page.locator('#field-name').inputValue(), { timeout: 60_000 })
      .toBe(publicOne.name)
    expect(await page.locator('#field-name').isEditable()).toBe(false)
    expect(await page.locator('#action-save').count()).toBe(0)
    await step('public-portrait-read-only')

    expect(
      (await asMember('PATCH', `/members/${publicOne.id}`, { name: 'Übernommen' })).status,
    ).toBe(403)
    expect((await asMember('GET', `/members/${hidden.id}`)).status).toBe(404)
  }, 300_000)

  it('other collections are closed to her', async () => {
    for (const slug of ['users', 'photos', 'press-releases']) {
      await page.goto(`${server.baseURL}/admin/collections/${slug}/create`)
      await expect
        .poll(() => page.locator('body').innerText(), { timeout: 60_000 })
        .toMatch(/keine Berechtigung/i)
      expect(await page.locator('#action-save').count()).toBe(0)
      await step(`no-create-${slug}`)
    }
    await page.goto(`${server.baseURL}/admin/collections/users/${admin.id}`)
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 60_000 })
      .toContain(`Das Dokument mit der ID ${admin.id} konnte nicht gefunden werden`)
    expect(await page.locator('body').innerText()).not.toContain(admin.email)
    await step('no-other-account')
    expect((await asMember('POST', '/photos', {})).status).toBe(403)
    expect((await asMember('GET', `/users/${admin.id}`)).status).toBe(404)
  }, 300_000)
})
