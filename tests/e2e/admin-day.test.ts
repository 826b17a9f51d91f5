/**
 * User story: "As the administrator I create an account for each role in the admin, and each new
 * person can log in with the password I gave and gets the role I chose, nothing more."
 *
 * Debian Chromium against the production build; only the first account is made over REST.
 */
import type { BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLE_LABELS, ROLES } from '../../src/access/roles'
import type { ProductionServer } from '../helpers/server'
import {
  type Account,
  type BrowserDay,
  logInThroughAdmin,
  newAccount,
  openBrowserDay,
  rest,
  stepper,
} from './browser'

let day: BrowserDay<never>
let server: ProductionServer
let context: BrowserContext
let page: Page
let step: (name: string) => Promise<void>
let admin: Account
const created: number[] = []

beforeAll(async () => {
  day = await openBrowserDay([])
  ;({ server } = day)
  ;({ admin } = day.accounts)
  context = await day.newContext()
}, 900_000)

afterAll(async () => {
  for (const id of created)
    await rest(server.baseURL, 'DELETE', `/users/${id}`, undefined, admin.token)
  await day?.close()
})

describe("the administrator's day (Debian Chromium)", () => {
  it.each(ROLES.map((role) => [role]))(
    'creates a "%s" account in the admin, and its owner can log in',
    async (role) => {
      page ??= await logInThroughAdmin(context, server.baseURL, admin.email, admin.password)
      step ??= stepper(page, 'admin-day')
      const account = newAccount(`neu-${role}`)
      const name = `Neu ${ROLE_LABELS[role].de}`
      await page.goto(`${server.baseURL}/admin/collections/users/create`)
      await page.locator('#field-email').fill(account.email)
      await page.locator('#field-name').fill(name)
      await page.locator('#field-password').fill(account.password)
      await page.locator('#field-confirm-password').fill(account.password)
      // The default role (Mitglied) goes, the chosen one comes.
      const roles = page.locator('#field-roles')
      while ((await roles.locator('.rs__multi-value__remove').count()) > 0)
        await roles.locator('.rs__multi-value__remove').first().click()
      await roles.locator('.rs__control').click()
      await page.locator('.rs__option', { hasText: ROLE_LABELS[role].de }).first().click()
      await expect.poll(() => roles.innerText()).toContain(ROLE_LABELS[role].de)
      await step(`form-${role}`)
      await page.locator('#action-save').click()
      await page.waitForURL(/\/users\/\d+/, { timeout: 60_000 })
      const id = Number(/\/users\/(\d+)/.exec(page.url())![1])
      created.push(id)
      const stored = await rest(
        server.baseURL,
        'GET',
        `/users/${id}?depth=0`,
        undefined,
        admin.token,
      )
      expect(stored.body).toMatchObject({ email: account.email, name, roles: [role] })
      await step(`saved-${role}`)

      // The new person logs in through the same form, in a browser of their own.
      const theirs = await day.newContext()
      try {
        const theirPage = await logInThroughAdmin(
          theirs,
          server.baseURL,
          account.email,
          account.password,
        )
        await expect
          .poll(() => theirPage.locator('.role-dashboard').innerText(), { timeout: 60_000 })
          .toContain('Für Sie zu tun')
        await stepper(theirPage, `admin-day-${role}`)('logged-in')
        const me = await theirPage.evaluate(
          async () =>
            (await (await fetch('/api/users/me', { credentials: 'include' })).json()) as {
              user?: { email?: string; roles?: string[] }
            },
        )
        expect(me.user).toMatchObject({ email: account.email, roles: [role] })
      } finally {
        await theirs.close()
      }
    },
    300_000,
  )
})
