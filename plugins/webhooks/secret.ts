import { randomBytes, randomUUID } from 'node:crypto'

/** Standard Webhooks secret: `whsec_` + base64 of 32 random bytes (the spec asks for 24 to 64). */
export const generateSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`

/** Standard Webhooks message id: the same for every attempt of one message. */
export const generateMessageID = (): string => `msg_${randomUUID().replaceAll('-', '')}`

export type EndpointSecrets = {
  secret?: string | null
  previousSecret?: string | null
  previousSecretValidUntil?: string | null
}

/** The secrets a delivery is signed with now: the current one, and the previous during its grace. */
export function signingSecrets(endpoint: EndpointSecrets, now = Date.now()): string[] {
  const secrets = endpoint.secret ? [endpoint.secret] : []
  const graceEnds = endpoint.previousSecretValidUntil
    ? new Date(endpoint.previousSecretValidUntil).getTime()
    : 0
  if (endpoint.previousSecret && graceEnds > now) secrets.push(endpoint.previousSecret)
  return secrets
}
