/**
 * The admin browser suite drives Debian's Chromium (never a downloaded browser) through
 * playwright-core against the production server of tests/helpers/server.ts.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import sharp from 'sharp'

import {
  type ProductionServer,
  registerFirstAdmin,
  root,
  startProductionServer,
} from '../helpers/server'

export const CHROMIUM = '/usr/bin/chromium'
/** Git-ignored; every step of every browser test leaves a screenshot here. */
export const SCREENSHOTS = path.join(root, 'test-results', 'e2e')

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Debian's Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (as .ci/run does).`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A page that saves `<test>-<nn>-<step>.png` screenshots as the test goes. */
export function stepper(page: Page, test: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  let count = 0
  return async (step: string) => {
    count += 1
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${test}-${String(count).padStart(2, '0')}-${step}.png`),
      fullPage: true,
    })
  }
}

/** Logs in through the admin's own login form. */
export async function logInThroughAdmin(
  context: BrowserContext,
  baseURL: string,
  email: string,
  password: string,
): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return page
}

/** REST against the running server as a user would call it. */
export async function rest(
  baseURL: string,
  method: string,
  route: string,
  body?: unknown,
  token?: string,
) {
  const response = await fetch(`${baseURL}/api${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

export type Account = { id?: number; email: string; password: string; token?: string }

/** A fresh address and password, unique per run. */
export function newAccount(prefix: string): Account {
  return {
    email: `${prefix}-${randomBytes(3).toString('hex')}@test.kreativeklasse.ruhr`,
    password: `pw-${randomBytes(8).toString('hex')}`,
  }
}

/** The first user (the admin, through first-register), then one user per role given, each logged in over REST. */
export async function setUpAccounts<R extends string>(
  baseURL: string,
  roles: readonly R[],
): Promise<{ admin: Account } & Record<R, Account>> {
  const admin: Account = await registerFirstAdmin(baseURL)
  const accounts = { admin } as { admin: Account } & Record<R, Account>
  for (const role of roles) {
    const account = newAccount(role)
    const created = await rest(
      baseURL,
      'POST',
      '/users',
      { ...account, name: `Test ${role}`, roles: [role] },
      admin.token,
    )
    if (created.status !== 201)
      throw new Error(`create ${role}: ${created.status} ${JSON.stringify(created.body)}`)
    account.id = created.body.doc.id
    account.token = (await rest(baseURL, 'POST', '/users/login', account)).body.token
    ;(accounts as Record<string, Account>)[role] = account
  }
  return accounts
}

/** What every browser test starts from, and what `close()` takes down again. */
export type BrowserDay<R extends string> = {
  server: ProductionServer
  accounts: { admin: Account } & Record<R, Account>
  /** A fresh browser window of a German user, in Berlin's time unless another zone is given. */
  newContext: (timezoneId?: string) => Promise<BrowserContext>
  close: () => Promise<void>
}

/**
 * The production server on its own database, the admin plus one account per role, and Debian's
 * Chromium. A failure half-way stops what was already started.
 */
export async function openBrowserDay<R extends string>(
  roles: readonly R[],
): Promise<BrowserDay<R>> {
  const server = await startProductionServer()
  const contexts: BrowserContext[] = []
  let browser: Browser | undefined
  const close = async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await server.stop()
  }
  try {
    const accounts = await setUpAccounts(server.baseURL, roles)
    browser = await launchChromium()
    const launched = browser
    const newContext = async (timezoneId = 'Europe/Berlin') => {
      const context = await launched.newContext({
        locale: 'de-DE',
        timezoneId,
        viewport: { width: 1400, height: 1000 },
      })
      contexts.push(context)
      return context
    }
    return { server, accounts, newContext, close }
  } catch (error) {
    await close()
    throw error
  }
}

/** Real JPEG files on disk (different colours, so different hashes) for the file inputs. */
export async function jpegFiles(prefix: string, count: number): Promise<string[]> {
  const directory = path.join(SCREENSHOTS, '..', 'e2e-files')
  mkdirSync(directory, { recursive: true })
  const files: string[] = []
  for (let index = 0; index < count; index += 1) {
    const file = path.join(directory, `${prefix}-${index + 1}.jpg`)
    const background = { r: (60 * index + 30) % 256, g: (90 * index + 120) % 256, b: 200 }
    await sharp({ create: { width: 640, height: 480, channels: 3, background } })
      .jpeg()
      .toFile(file)
    files.push(file)
  }
  return files
}

/** Chooses an option of a Payload select (react-select) field by its visible label. */
export async function chooseOption(page: Page, fieldPath: string, label: string) {
  await page.locator(`#field-${fieldPath.replace(/\./g, '__')} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}
