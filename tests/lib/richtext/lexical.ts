/** Hand-built Lexical nodes for rendering tests (the shapes the press editor stores). */
const base = { version: 1, direction: 'ltr', format: '', indent: 0 } as const

export const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  version: 1,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
})
export const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  ...base,
  textFormat: 0,
  textStyle: '',
  children,
})
export const heading = (tag: 'h2' | 'h3' | 'h4', value: string) => ({
  type: 'heading',
  tag,
  ...base,
  children: [text(value)],
})
export const quote = (value: string) => ({ type: 'quote', ...base, children: [text(value)] })
export const list = (listType: 'bullet' | 'number', items: string[]) => ({
  type: 'list',
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  ...base,
  children: items.map((item, index) => ({
    type: 'listitem',
    value: index + 1,
    ...base,
    children: [text(item)],
  })),
})
export const link = (url: string, label: string, newTab = false) => ({
  type: 'link',
  ...base,
  fields: { linkType: 'custom', url, newTab },
  children: [text(label)],
})
export const internalLink = (relationTo: string, value: number | string, label: string) => ({
  type: 'link',
  ...base,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text(label)],
})
export const upload = (id: number | string) => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo: 'photos',
  value: id,
  fields: {},
})

export const lexical = (...children: unknown[]) => ({ root: { type: 'root', ...base, children } })
