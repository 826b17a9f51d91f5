import type { CollectionConfig, PayloadRequest } from 'payload'

import type { User } from '../../../payload-types'
import { mailLanguage } from './language'
import { passwordResetMail } from './templates/account'

/** Payload hands the mail functions an untyped `user`. */
type AccountUser = Partial<Pick<User, 'email' | 'name'>>

/** The admin's language of the request (Payload's `payload-lng` cookie or Accept-Language). */
export const requestLanguage = (req: PayloadRequest) => mailLanguage(req.i18n?.language)

/** An admin URL on the configured public address, never on the request's Host header. */
export function adminURL(req: PayloadRequest, path: string): string {
  const { serverURL, routes } = req.payload.config
  return `${serverURL}${routes.admin}${path}`
}

/** Payload's `auth.forgotPassword` options: our reset mail, German or English. */
type ForgotPassword = NonNullable<
  Exclude<CollectionConfig['auth'], boolean | undefined>['forgotPassword']
>

export const forgotPasswordMail: ForgotPassword = {
  generateEmailSubject: ({ req, user } = {}) =>
    passwordResetMail({
      language: req ? requestLanguage(req) : 'de',
      name: (user as AccountUser | undefined)?.name,
      resetURL: '',
    }).subject,
  generateEmailHTML: ({ req, token, user } = {}) => {
    if (!req || !token) throw new Error('password reset mail needs the request and the token')
    return passwordResetMail({
      language: requestLanguage(req),
      name: (user as AccountUser | undefined)?.name,
      resetURL: adminURL(req, `/reset/${token}`),
    }).html
  },
}
