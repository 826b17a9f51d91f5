/**
 * `GET /api/docs`: the OpenAPI document as one readable HTML page for frontend developers — every
 * operation by tag with its parameters and answers. Rendered on the server from the same document
 * as `/api/openapi.json`, without scripts or anything loaded from elsewhere (a strict CSP holds).
 */
import { escapeHTML } from '../lib/richtext/escape'

type Parameter = { name: string; in: string; required?: boolean; description?: string }
type Response = { description?: string; content?: Record<string, unknown> }
type Operation = {
  tags?: string[]
  summary?: string
  description?: string
  parameters?: Array<Parameter | { $ref: string }>
  responses?: Record<string, Response>
  security?: unknown[]
}
type Document = {
  info: { title: string; version: string; description?: string }
  paths: Record<string, Record<string, Operation>>
  components?: { parameters?: Record<string, Parameter> }
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const

/** `code` spans for the Markdown backticks the descriptions use; everything else stays text. */
const prose = (text = '') =>
  escapeHTML(text).replace(/`([^`]+)`/g, (_match, code: string) => `<code>${code}</code>`)

function resolved(parameter: Parameter | { $ref: string }, document: Document): Parameter {
  if (!('$ref' in parameter)) return parameter
  const name = parameter.$ref.split('/').pop() ?? ''
  return document.components?.parameters?.[name] ?? { name, in: 'query' }
}

function parametersTable(operation: Operation, document: Document): string {
  const parameters = (operation.parameters ?? []).map((parameter) => resolved(parameter, document))
  if (!parameters.length) return ''
  const rows = parameters
    .map(
      (parameter) =>
        `<tr><td><code>${escapeHTML(parameter.name)}</code>${parameter.required ? ' *' : ''}</td><td>${escapeHTML(parameter.in)}</td><td>${prose(parameter.description)}</td></tr>`,
    )
    .join('')
  return `<table><thead><tr><th>Parameter</th><th>in</th><th>Bedeutung / meaning</th></tr></thead><tbody>${rows}</tbody></table>`
}

function responsesList(operation: Operation): string {
  const items = Object.entries(operation.responses ?? {})
    .map(([status, response]) => {
      const types = Object.keys(response.content ?? {})
      const typeList = types.length ? ` <small>${types.map(escapeHTML).join(', ')}</small>` : ''
      return `<li><b>${escapeHTML(status)}</b> ${prose(response.description)}${typeList}</li>`
    })
    .join('')
  return items ? `<ul>${items}</ul>` : ''
}

function operationSection(path: string, method: string, operation: Operation, document: Document) {
  const login = operation.security?.length ? ' <small>(Anmeldung / login)</small>' : ''
  return `<section><h3><span class="method ${method}">${method.toUpperCase()}</span> <code>/api${escapeHTML(path)}</code>${login}</h3>
<p>${prose(operation.summary)}</p>${operation.description ? `<p>${prose(operation.description)}</p>` : ''}
${parametersTable(operation, document)}${responsesList(operation)}</section>`
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#111}
h2{border-bottom:2px solid #111;margin-top:2.5rem}section{border-top:1px solid #ddd;padding:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{background:#f3f3f3;padding:0 .2rem}.method{display:inline-block;min-width:4rem;font-size:12px;color:#fff;background:#555;padding:.1rem .4rem}
.get{background:#1d6b3a}.post{background:#1d4f91}.patch{background:#8a5a00}.delete{background:#a11}`

/** The whole page; the same for every reader (it documents only the public API). */
export function renderReference(document: Document): string {
  const byTag = new Map<string, string[]>()
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method]
      if (!operation) continue
      const tag = operation.tags?.[0] ?? 'API'
      byTag.set(tag, [
        ...(byTag.get(tag) ?? []),
        operationSection(path, method, operation, document),
      ])
    }
  }
  const tags = [...byTag.keys()].sort((a, b) => a.localeCompare(b))
  const contents = tags
    .map((tag) => `<li><a href="#${escapeHTML(tag)}">${escapeHTML(tag)}</a></li>`)
    .join('')
  const sections = tags
    .map(
      (tag) => `<h2 id="${escapeHTML(tag)}">${escapeHTML(tag)}</h2>${byTag.get(tag)!.join('\n')}`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHTML(document.info.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHTML(document.info.title)}</h1><p>${prose(document.info.description)}</p>
<p>Maschinenlesbar / machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1, Version ${escapeHTML(document.info.version)})</p>
<nav><ul>${contents}</ul></nav>
${sections}
</body></html>
`
}
