import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import type { Role } from '../../src/access/roles'
import type { ApiClient } from './api'

export type TestUser = { id: number | string; email: string; password: string; token: string }

/** Creates a user with `roles` through the Local API (as the admin would) and logs in over REST. */
export async function createUser(
  payload: Payload,
  api: ApiClient,
  roles: Role[],
  name = roles.join('-'),
): Promise<TestUser> {
  const email = `${name}-${randomBytes(4).toString('hex')}@test.kreativeklasse.ruhr`
  const password = `pw-${randomBytes(8).toString('hex')}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, roles, name },
    overrideAccess: true,
  })
  const login = await api.login(email, password)
  if (!login.token) throw new Error(`login failed for ${email}: ${JSON.stringify(login.body)}`)
  return { id: user.id, email, password, token: login.token }
}
