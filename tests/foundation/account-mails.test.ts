/**
 * Account mails go through the same SMTP transport as the press list, here a real SMTP server on
 * localhost: "Passwort vergessen" and the notice that wrong passwords locked an account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOGIN_LOCKOUT } from '../../src/lib/auth/lockout'
import { TestInbox } from '../helpers/mail'
import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let inbox: TestInbox

beforeAll(async () => {
  inbox = await TestInbox.start()
  Object.assign(process.env, inbox.env())
  ctx = await bootPayload()
})

afterAll(async () => {
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
  await inbox?.stop()
})

describe('account mails', () => {
  let editor: TestUser

  beforeAll(async () => {
    editor = await createUser(ctx.payload, ctx.api, ['editor'], 'reset-editor')
  })

  it('"Passwort vergessen" sends a German reset mail whose link sets a new password', async () => {
    const asked = await ctx.api.post('/users/forgot-password', { body: { email: editor.email } })
    expect(asked.status).toBe(200)
    const mail = await inbox.waitForMail(editor.email)
    expect(mail.subject).toBe('Passwort zurücksetzen – Kreative Klasse CMS')
    expect(mail.from).toBe('presse@kreativeklasse.ruhr')
    const link = /href="(http[^"]+\/admin\/reset\/([0-9a-f]+))"/.exec(mail.html)
    expect(link, mail.html).not.toBeNull()
    // On the configured public address, never on whatever Host the request named.
    expect(link![1]!.startsWith(`${ctx.config.serverURL}/admin/reset/`)).toBe(true)

    const reset = await ctx.api.post('/users/reset-password', {
      body: { token: link![2], password: 'ein-neues-langes-passwort' },
    })
    expect(reset.status).toBe(200)
    expect((await ctx.api.login(editor.email, 'ein-neues-langes-passwort')).status).toBe(200)
  })

  it('an editor whose admin is in English gets the reset mail in English', async () => {
    const english = await createUser(ctx.payload, ctx.api, ['editor'], 'english-editor')
    await ctx.api.post('/users/forgot-password', {
      body: { email: english.email },
      headers: { 'accept-language': 'en', cookie: 'payload-lng=en' },
    })
    const mail = await inbox.waitForMail(english.email)
    expect(mail.subject).toBe('Reset your password – Kreative Klasse CMS')
    expect(mail.html).toContain('Set a new password')
  })

  it('the owner of an account locked by wrong passwords gets one notice, while the login answer stays a plain wrong password', async () => {
    const target = await createUser(ctx.payload, ctx.api, ['press'], 'locked-press')
    const answers = []
    for (let attempt = 0; attempt < LOGIN_LOCKOUT.maxLoginAttempts + 2; attempt++) {
      answers.push((await ctx.api.login(target.email, `wrong-${attempt}`)).status)
    }
    expect(new Set(answers)).toEqual(new Set([401]))
    const notice = await inbox.waitForMail(target.email)
    expect(notice.subject).toBe('Anmeldung vorübergehend gesperrt – Kreative Klasse CMS')
    expect(notice.text).toContain('10 Minuten')
    expect(notice.text).toContain(`${ctx.config.serverURL}/admin/forgot`)
    // Attempts while locked do not send more.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(inbox.mailsTo(target.email)).toHaveLength(1)
  })
})
