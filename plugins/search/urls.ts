import type { SearchType } from './sources'

/** Frontend address patterns (`{slug}`, projects `{path}`), from the environment as in `.env.example`. */
const PATTERNS: Record<
  SearchType,
  { variable: string; fallback: string; placeholder: '{slug}' | '{path}' }
> = {
  'press-releases': {
    variable: 'FRONTEND_RELEASE_URL',
    fallback: 'https://kreativeklasse.ruhr/presse/{slug}',
    placeholder: '{slug}',
  },
  events: {
    variable: 'FRONTEND_EVENT_URL',
    fallback: 'https://kreativeklasse.ruhr/veranstaltungen/{slug}',
    placeholder: '{slug}',
  },
  members: {
    variable: 'FRONTEND_MEMBER_URL',
    fallback: 'https://kreativeklasse.ruhr/mitglieder/{slug}',
    placeholder: '{slug}',
  },
  projects: {
    variable: 'FRONTEND_PROJECT_URL',
    fallback: 'https://kreativeklasse.ruhr/projekte/{path}',
    placeholder: '{path}',
  },
}

/** The public page of a hit; null when it has no slug (or path) yet. */
export function frontendURL(
  type: SearchType,
  slug: string | null,
  path: string | null,
): string | null {
  const { variable, fallback, placeholder } = PATTERNS[type]
  const pattern = process.env[variable]?.trim() || fallback
  const value = placeholder === '{path}' ? (path ?? '').replace(/^\/+/, '') : (slug ?? '')
  if (!value) return null
  const encoded = value.split('/').map(encodeURIComponent).join('/')
  return pattern.replace(placeholder, encoded)
}
