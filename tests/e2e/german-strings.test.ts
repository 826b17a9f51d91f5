import type { Browser, BrowserContext, Page } from 'playwright-core'

/**
 * User story: "As an editor whose admin language is German I never meet an English button, column
 * or message — and a colleague who switched to English never meets German ones (the Sperrfrist reads
 * 'Embargo' for her)."
 *
 * Debian Chromium against the production build. Logged in as admin, the test walks every
 * collection's list and edit view and every global, once with the admin language German and once
 * English, and collects what a person sees: the text, and placeholders, titles and aria-labels.
 * The words of the other language it looks for are in tests/e2e/wrongLanguage.ts, whose unit test
 * (wrong-language.test.ts) proves that a deliberately added English label is caught.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ProductionServer, startProductionServer } from '../helpers/server'
import { launchChromium, logInThroughAdmin, rest, stepper } from './browser'
import { ENGLISH_WORDS, type Finding, foreignWords, GERMAN_WORDS, report } from './wrongLanguage'

let server: ProductionServer
let browser: Browser
let adminToken = ''

const admin = {
  email: `admin-${randomBytes(3).toString('hex')}@test.kreativeklasse.ruhr`,
  password: `pw-${randomBytes(8).toString('hex')}`,
}
/** What the test itself writes: content, not interface (a title is not checked for its language). */
const release = {
  title: `Sprachprobe ${randomBytes(3).toString('hex')}`,
  teaser: 'Ein Anreißer für die Sprachprobe.',
}

beforeAll(async () => {
  server = await startProductionServer()
  const registered = await rest(server.baseURL, 'POST', '/users/first-register', {
    ...admin,
    name: 'Administration',
  })
  expect(registered.status, JSON.stringify(registered.body)).toBe(200)
  adminToken = registered.body.token
  // One release under embargo, so the list shows the Sperrfrist column, the workflow state and yes/no cells.
  const embargo = new Date(Date.now() + 7 * 24 * 3600_000).toISOString()
  const created = await rest(
    server.baseURL,
    'POST',
    '/press-releases',
    { ...release, embargo, _status: 'published' },
    adminToken,
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Visible text of the page, line by line, with placeholders, titles and aria-labels of visible elements. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = document.body.innerText.split('\n')
    for (const element of Array.from(
      document.querySelectorAll<HTMLElement>('[placeholder], [title], [aria-label]'),
    )) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      for (const name of ['placeholder', 'title', 'aria-label']) {
        const value = element.getAttribute(name)
        if (value) texts.push(value)
      }
    }
    return texts
  })
}

/** Lets the admin render: the document settles, the loading bars go, client components hydrate. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
  await page
    .locator('.loading-overlay, .shimmer-effect')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined)
  await page.waitForTimeout(300)
}

/** Every collection and global the admin's navigation links to. */
async function adminSections(page: Page): Promise<{ collections: string[]; globals: string[] }> {
  await page.goto(`${server.baseURL}/admin`)
  await settle(page)
  const hrefs = await page
    .locator('a[href*="/admin/collections/"], a[href*="/admin/globals/"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
  const slugs = (kind: string) => [
    ...new Set(
      hrefs
        .map((href) => new RegExp(`^/admin/${kind}/([^/?]+)$`).exec(href)?.[1])
        .filter((slug): slug is string => Boolean(slug)),
    ),
  ]
  return { collections: slugs('collections'), globals: slugs('globals') }
}

/**
 * Each tab of an edit view renders its fields only when open: open them one after another. Whatever
 * covers a tab (a dialog, a toast) is on the screenshot, and its text is checked like the rest.
 */
async function textsOfAllTabs(
  page: Page,
  step: (name: string) => Promise<void>,
): Promise<string[]> {
  const texts = await visibleTexts(page)
  const tabs = page.locator('.tabs-field__tab-button')
  for (let index = 0; index < (await tabs.count()); index++) {
    await tabs
      .nth(index)
      .click({ timeout: 10_000 })
      .catch(async () => {
        await step('tab-covered')
        await tabs.nth(index).dispatchEvent('click')
      })
    await page.waitForTimeout(200)
    texts.push(...(await visibleTexts(page)))
  }
  return texts
}

async function walk(
  language: 'de' | 'en',
  words: readonly string[],
): Promise<{ findings: Finding[]; visited: string[] }> {
  const context: BrowserContext = await browser.newContext({
    locale: language === 'de' ? 'de-DE' : 'en-GB',
    viewport: { width: 1400, height: 1000 },
  })
  // The admin language is a cookie (Payload's account view sets the same one).
  await context.addCookies([{ name: 'payload-lng', value: language, url: server.baseURL }])
  const findings: Finding[] = []
  const visited: string[] = []
  try {
    const page = await logInThroughAdmin(context, server.baseURL, admin.email, admin.password)
    const step = stepper(page, `german-strings-${language}`)
    const check = async (where: string, texts: string[]) => {
      visited.push(where)
      findings.push(
        ...foreignWords(where, texts, words, [release.title, release.teaser, admin.email]),
      )
      await step(where.replace(/^\/admin\/?/, '').replace(/[^a-z0-9]+/gi, '-') || 'dashboard')
    }
    await settle(page)
    await check('/admin', await visibleTexts(page))
    const { collections, globals } = await adminSections(page)
    expect(collections.length, 'collections in the navigation').toBeGreaterThanOrEqual(8)
    expect(globals.length, 'globals in the navigation').toBeGreaterThanOrEqual(1)

    for (const slug of collections) {
      const list = `/admin/collections/${slug}`
      await page.goto(`${server.baseURL}${list}`)
      await settle(page)
      await check(list, await visibleTexts(page))
      // An existing document when there is one, else the create view.
      const first = page.locator('.table tbody tr a[href*="/admin/collections/"]').first()
      const edit = (await first.count())
        ? new URL((await first.getAttribute('href'))!, server.baseURL).pathname
        : `${list}/create`
      await page.goto(`${server.baseURL}${edit}`)
      await settle(page)
      await check(edit, await textsOfAllTabs(page, step))
    }
    for (const slug of globals) {
      const global = `/admin/globals/${slug}`
      await page.goto(`${server.baseURL}${global}`)
      await settle(page)
      await check(global, await textsOfAllTabs(page, step))
    }
    await page.goto(`${server.baseURL}/admin/account`)
    await settle(page)
    await check('/admin/account', await visibleTexts(page))
  } finally {
    await context.close()
  }
  return { findings, visited }
}

describe('the admin speaks one language at a time (Debian Chromium)', () => {
  it('with the admin language German, no view shows an English word', async () => {
    const { findings, visited } = await walk('de', ENGLISH_WORDS)
    expect(visited.length).toBeGreaterThan(18)
    expect(report(findings), `English in the German admin:\n${report(findings)}`).toBe('')
  }, 600_000)

  it('with the admin language English, no view shows a German word (the Sperrfrist is "Embargo")', async () => {
    const { findings, visited } = await walk('en', GERMAN_WORDS)
    expect(visited.length).toBeGreaterThan(18)
    expect(report(findings), `German in the English admin:\n${report(findings)}`).toBe('')
  }, 600_000)
})
