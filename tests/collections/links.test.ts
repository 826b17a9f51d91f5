import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestContext } from '../helpers/payload'
import { createUser, type TestUser } from '../helpers/users'

let ctx: TestContext
let press: TestUser

const text = (body: unknown) => JSON.stringify(body)

beforeAll(async () => {
  ctx = await bootPayload()
  press = await createUser(ctx.payload, ctx.api, ['press'])
})

const textNode = (text: string) => ({
  type: 'text',
  text,
  version: 1,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})

function bodyWithLink(url: string) {
  const link = {
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [textNode('hier')],
  }
  const paragraph = {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [textNode('Mehr dazu '), link],
  }
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [paragraph],
    },
  }
}

const createRelease = (url: string) =>
  ctx.api.post('/press-releases', {
    token: press.token,
    body: {
      title: `Link ${randomBytes(4).toString('hex')}`,
      teaser: 'Ein Anreißer.',
      body: bodyWithLink(url),
    },
  })

describe('a link in a release that looks site-relative but leads a browser elsewhere is refused', () => {
  it.each(['/\\evil.example', '/\t/evil.example', '/\\/evil.example', '/\n/evil.example'])(
    '%j → 400',
    async (url) => {
      const response = await createRelease(url)
      expect(response.status, text(response.body)).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('body')
    },
  )

  it('a real site-relative link with query and anchor is kept as typed', async () => {
    const response = await createRelease('/presse/seite?x=1#a')
    expect(response.status, text(response.body)).toBe(201)
    expect(response.body.doc.body.root.children[0].children[1].fields.url).toBe(
      '/presse/seite?x=1#a',
    )
  })
})
