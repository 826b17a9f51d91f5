/**
 * User story: "As an editor I upload a meeting's photos at once, tag who is shown, write a release
 * and hand it to the press office; the press office returns it with a comment I can read, and after
 * I resubmit, publishes it under a Sperrfrist. The list tells everyone where it stands: Zur Freigabe,
 * Sperrfrist bis …, Veröffentlicht once the Sperrfrist has passed."
 *
 * Two browser contexts (editor, press office) against the production build; accounts and members
 * are made over REST.
 */
import type { BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatShortBerlin } from '../../src/lib/germanDate'
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

let day: BrowserDay<'editor' | 'press'>
let server: ProductionServer
let editorContext: BrowserContext
let pressContext: BrowserContext
let editorPage: Page
let pressPage: Page
let editorStep: (name: string) => Promise<void>
let pressStep: (name: string) => Promise<void>
let admin: Account
let editor: Account
let press: Account
const memberIds: number[] = []
let photoIds: number[] = []
let releaseId: number | undefined

const meeting = marker('Mitgliederversammlung')
const title = marker('Neuer Vorstand')
const members = [marker('Anna Beispiel'), marker('Bert Muster')]
const comment = 'Bitte den Namen des neuen Vorsitzenden ergänzen.'
const nextYear = new Date().getUTCFullYear() + 1

beforeAll(async () => {
  day = await openBrowserDay(['editor', 'press'] as const)
  ;({ server } = day)
  ;({ admin, editor, press } = day.accounts)
  for (const name of members) {
    const created = await rest(
      server.baseURL,
      'POST',
      '/members',
      { name, consent: { given: true } },
      admin.token,
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    memberIds.push(created.body.doc.id)
  }
  editorContext = await day.newContext()
  pressContext = await day.newContext()
}, 900_000)

afterAll(async () => {
  if (releaseId)
    await rest(server.baseURL, 'DELETE', `/press-releases/${releaseId}`, undefined, admin.token)
  for (const id of photoIds)
    await rest(server.baseURL, 'DELETE', `/photos/${id}`, undefined, admin.token)
  for (const id of memberIds)
    await rest(server.baseURL, 'DELETE', `/members/${id}`, undefined, admin.token)
  await day?.close()
})

const draft = async (token = press.token) =>
  (
    await rest(
      server.baseURL,
      'GET',
      `/press-releases/${releaseId}?depth=0&draft=true`,
      undefined,
      token,
    )
  ).body
const statusCell = (page: Page) =>
  page.locator('tr', { hasText: title }).locator('.workflow-status')

/** The release list as `page` sees it, reloaded until the row's "Stand" reads `expected`. */
async function expectListStatus(page: Page, expected: string, timeout = 60_000) {
  await expect
    .poll(
      async () => {
        await page.goto(`${server.baseURL}/admin/collections/press-releases`)
        return (
          await statusCell(page)
            .innerText({ timeout: 30_000 })
            .catch(() => '')
        ).trim()
      },
      { timeout, interval: 2_000 },
    )
    .toBe(expected)
}

/** Releases autosave; a choice is saved once the indicator has settled and the server has it. */
async function settled(page: Page) {
  await expect
    .poll(
      () =>
        page
          .locator('.autosave')
          .innerText()
          .catch(() => ''),
      { timeout: 30_000 },
    )
    .not.toContain('Speichern')
}

describe("an editor's day with the press office (Debian Chromium)", () => {
  it("bulk-uploads the meeting's photos and tags the members shown", async () => {
    editorPage = await logInThroughAdmin(
      editorContext,
      server.baseURL,
      editor.email,
      editor.password,
    )
    editorStep = stepper(editorPage, 'editor-day')
    await editorStep('logged-in')
    const files = await jpegFiles('editor-day', 3)
    await editorPage.goto(`${server.baseURL}/admin/collections/photos`)
    await editorPage.getByRole('button', { name: 'Mehrere Dateien hochladen' }).click()
    await editorPage.locator('.bulk-upload--add-files__hidden-input').setInputFiles(files)
    const rows = editorPage.locator('.file-selections__fileRow')
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(3)
    await editorStep('files-added')
    for (let index = 0; index < 3; index += 1) {
      await rows.nth(index).click()
      const form = editorPage.locator('.bulk-upload--file-manager__editView')
      await form.locator('#field-alt').fill(`${meeting} ${index + 1}`)
      await form.locator('#field-credit').fill('Foto: Vereinsarchiv')
      await chooseOption(editorPage, 'legalBasis', 'Einwilligung liegt vor')
      // The members shown: both on the first photo, one each on the others.
      const shown = index === 0 ? members : [members[index - 1]!]
      for (const name of shown) {
        await form.locator('#field-peopleShown .rs__control').click()
        await form.locator('#field-peopleShown input').fill(name.slice(0, 14))
        await editorPage.locator('.rs__option', { hasText: name }).first().click()
      }
      await expect.poll(() => form.locator('#field-peopleShown').innerText()).toContain(shown[0]!)
    }
    await editorStep('tagged')
    // The actions bar exists twice (wide and narrow screens); the visible one saves all three.
    await editorPage
      .locator('.bulk-upload--actions-bar button:visible', { hasText: /^Speichern$/ })
      .first()
      .click()
    const uploaded = async () =>
      (
        await rest(
          server.baseURL,
          'GET',
          `/photos?depth=0&sort=alt&where[alt][like]=${encodeURIComponent(meeting)}`,
          undefined,
          editor.token,
        )
      ).body
    await expect.poll(async () => (await uploaded()).totalDocs, { timeout: 180_000 }).toBe(3)
    const docs = (await uploaded()).docs as Array<{
      id: number
      alt: string
      credit: string
      peopleShown: number[]
      legalBasis: string
    }>
    photoIds = docs.map((doc) => doc.id)
    expect(docs.map((doc) => doc.alt)).toEqual([1, 2, 3].map((n) => `${meeting} ${n}`))
    expect(
      docs.every((doc) => doc.credit === 'Foto: Vereinsarchiv' && doc.legalBasis === 'consent'),
    ).toBe(true)
    expect(docs.map((doc) => [...doc.peopleShown].sort())).toEqual([
      [...memberIds].sort(),
      [memberIds[0]],
      [memberIds[1]],
    ])
    await editorStep('uploaded')
  }, 600_000)

  it('writes a release draft and submits it "Zur Freigabe an die Pressestelle"', async () => {
    await editorPage.goto(`${server.baseURL}/admin/collections/press-releases/create`)
    await editorPage.locator('#field-title').fill(title)
    await editorPage.locator('#field-teaser').fill('Die Mitgliederversammlung hat gewählt.')
    await editorPage.waitForURL(/\/press-releases\/\d+/, { timeout: 60_000 })
    releaseId = Number(/\/press-releases\/(\d+)/.exec(editorPage.url())![1])
    await settled(editorPage)
    await chooseOption(editorPage, 'review.status', 'Zur Freigabe an die Pressestelle')
    await expect
      .poll(async () => (await draft(editor.token))?.review?.status, { timeout: 60_000 })
      .toBe('submitted')
    const stored = await draft(editor.token)
    expect(stored).toMatchObject({ title, _status: 'draft' })
    expect(stored.review.submittedBy).toBe(editor.id)
    await editorStep('submitted')
    await expectListStatus(editorPage, 'Zur Freigabe')
    await editorStep('list-submitted')
  }, 300_000)

  it('the press office finds it on its dashboard and in the list, and returns it with a comment', async () => {
    pressPage = await logInThroughAdmin(pressContext, server.baseURL, press.email, press.password)
    pressStep = stepper(pressPage, 'editor-day-press')
    const submitted = pressPage.locator('.role-dashboard__section', {
      hasText: 'Zur Freigabe eingereicht',
    })
    await expect.poll(() => submitted.innerText(), { timeout: 60_000 }).toContain(title)
    await pressStep('dashboard-submitted')
    await expectListStatus(pressPage, 'Zur Freigabe')
    await pressStep('list-submitted')

    await pressPage.goto(`${server.baseURL}/admin`)
    await submitted.getByRole('link', { name: title }).click()
    await pressPage.waitForURL(new RegExp(`/press-releases/${releaseId}`), { timeout: 60_000 })
    await pressPage.locator('#field-review__comment').fill(comment)
    await chooseOption(pressPage, 'review.status', 'Zurückgegeben')
    await expect
      .poll(async () => (await draft())?.review, { timeout: 60_000 })
      .toMatchObject({ status: 'returned', comment })
    await settled(pressPage)
    await pressStep('returned')
  }, 300_000)

  it('the editor reads the comment, revises and resubmits', async () => {
    await editorPage.goto(`${server.baseURL}/admin`)
    const own = editorPage.locator('.role-dashboard__section', {
      hasText: 'Meine eingereichten Mitteilungen',
    })
    await expect
      .poll(() => own.innerText(), { timeout: 60_000 })
      .toContain(`Zurückgegeben: „${comment}“`)
    await editorStep('dashboard-returned')
    await expectListStatus(editorPage, 'Zurückgegeben')

    await editorPage.goto(`${server.baseURL}/admin/collections/press-releases/${releaseId}`)
    await expect
      .poll(() => editorPage.locator('#field-review__comment').inputValue(), { timeout: 60_000 })
      .toBe(comment)
    await editorStep('comment-in-form')
    await editorPage
      .locator('#field-teaser')
      .fill('Die Mitgliederversammlung hat Anna Beispiel zur Vorsitzenden gewählt.')
    await settled(editorPage)
    await chooseOption(editorPage, 'review.status', 'Zur Freigabe an die Pressestelle')
    await expect
      .poll(async () => (await draft(editor.token))?.review?.status, { timeout: 60_000 })
      .toBe('submitted')
    expect((await draft(editor.token)).teaser).toContain('Anna Beispiel')
    await editorStep('resubmitted')
  }, 300_000)

  it('the press office approves by publishing under a Sperrfrist; the list follows the Sperrfrist to "Veröffentlicht"', async () => {
    await expectListStatus(pressPage, 'Zur Freigabe')
    await pressPage.goto(`${server.baseURL}/admin/collections/press-releases/${releaseId}`)
    await expect
      .poll(() => pressPage.locator('#field-teaser').inputValue(), { timeout: 60_000 })
      .toContain('Anna Beispiel')
    const typed = `01.06.${nextYear} 10:00`
    const embargoInput = pressPage.locator('#field-embargo input')
    await embargoInput.click()
    await embargoInput.pressSequentially(typed, { delay: 20 })
    await pressPage.keyboard.press('Escape')
    await pressPage.locator('#field-title').click()
    await expect
      .poll(() => pressPage.locator('.embargo-status').innerText(), { timeout: 30_000 })
      .toBe('Sperrfrist bis 01.06., 10:00')
    await settled(pressPage)
    await pressPage.locator('#action-save').click()
    await expect.poll(async () => (await draft())?._status, { timeout: 60_000 }).toBe('published')
    const published = await draft()
    expect(published.review.status).toBe('none')
    await pressStep('published-under-embargo')
    await expectListStatus(pressPage, 'Sperrfrist bis 01.06., 10:00')
    await pressStep('list-embargoed')
    expect((await rest(server.baseURL, 'GET', `/press-releases/${releaseId}`)).status).toBe(404)

    // The Sperrfrist is moved to two minutes from now, as the press office does when a date is
    // brought forward; when it passes, the release is public and the list says so.
    const soon = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 120_000)
    const moved = await rest(
      server.baseURL,
      'PATCH',
      `/press-releases/${releaseId}`,
      { embargo: soon.toISOString(), _status: 'published' },
      press.token,
    )
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    await expectListStatus(pressPage, `Sperrfrist bis ${formatShortBerlin(soon)}`)
    await expect
      .poll(
        async () => (await rest(server.baseURL, 'GET', `/press-releases/${releaseId}`)).status,
        { timeout: 240_000, interval: 5_000 },
      )
      .toBe(200)
    await expectListStatus(pressPage, 'Veröffentlicht')
    await pressStep('list-published')
  }, 600_000)
})
