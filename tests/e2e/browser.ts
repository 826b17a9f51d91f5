/**
 * The admin browser suite drives Debian's Chromium (never a downloaded browser) through
 * playwright-core against the production server of tests/helpers/server.ts.
 */
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { root } from '../helpers/server'

export const CHROMIUM = '/usr/bin/chromium'
/** Git-ignored; every step of every browser test leaves a screenshot here. */
export const SCREENSHOTS = path.join(root, 'test-results', 'e2e')

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Debian's Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (as .ci/run does).`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** A page that saves `<test>-<nn>-<step>.png` screenshots as the test goes. */
export function stepper(page: Page, test: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  let count = 0
  return async (step: string) => {
    count += 1
    await page.screenshot({ path: path.join(SCREENSHOTS, `${test}-${String(count).padStart(2, '0')}-${step}.png`), fullPage: true })
  }
}

/** Logs in through the admin's own login form. */
export async function logInThroughAdmin(context: BrowserContext, baseURL: string, email: string, password: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return page
}

/** REST against the running server as a user would call it. */
export async function rest(baseURL: string, method: string, route: string, body?: unknown, token?: string) {
  const response = await fetch(`${baseURL}/api${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}
