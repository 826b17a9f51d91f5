/**
 * The CMS's rate limits, read from the environment at every call (so a test or an operator's
 * restart-free change of env in a test process applies at once). Each is `count/seconds`.
 */
export type LimitName = 'reads' | 'search' | 'signups' | 'signupMails' | 'logins' | 'passwordResets'

export type Limit = { name: LimitName; points: number; seconds: number }

const DEFAULTS: Record<LimitName, { env: string; points: number; seconds: number }> = {
  reads: { env: 'RATE_LIMIT_READS', points: 300, seconds: 60 },
  search: { env: 'RATE_LIMIT_SEARCH', points: 60, seconds: 60 },
  signups: { env: 'RATE_LIMIT_SIGNUPS', points: 20, seconds: 60 * 60 },
  signupMails: { env: 'RATE_LIMIT_SIGNUP_MAILS', points: 3, seconds: 24 * 60 * 60 },
  logins: { env: 'RATE_LIMIT_LOGINS', points: 10, seconds: 15 * 60 },
  passwordResets: { env: 'RATE_LIMIT_PASSWORD_RESETS', points: 5, seconds: 60 * 60 },
}

/** RATE_LIMITS=off switches every limit off (the test setup does; tests of the limits switch it on). */
export const rateLimitsEnabled = (): boolean =>
  process.env.RATE_LIMITS?.trim().toLowerCase() !== 'off'

/** The limit `name` as configured (`RATE_LIMIT_…=count/seconds`), its default when unset or invalid. */
export function limitFor(name: LimitName): Limit {
  const fallback = DEFAULTS[name]
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(process.env[fallback.env] ?? '')
  const points = Number(match?.[1])
  const seconds = Number(match?.[2])
  if (match && points > 0 && seconds > 0) return { name, points, seconds }
  return { name, points: fallback.points, seconds: fallback.seconds }
}
