/** The database names of the three worlds that must never share a schema (push vs. migrations). */
export const DATABASE_NAMES = {
  production: 'kreative_klasse',
  dev: 'kreative_klasse_dev',
  testPrefix: 'kreative_klasse_test_',
} as const

export function databaseNameOf(uri: string): string {
  const name = new URL(uri).pathname.replace(/^\//, '')
  return decodeURIComponent(name) || 'postgres'
}

export function withDatabaseName(uri: string, name: string): string {
  const url = new URL(uri)
  url.pathname = `/${encodeURIComponent(name)}`
  return url.toString()
}

/** Dev pushes its schema, so it must never touch the migrated database named in DATABASE_URI. */
export function devDatabaseURI(uri: string): string {
  const name = databaseNameOf(uri)
  return withDatabaseName(uri, name.endsWith('_dev') ? name : `${name}_dev`)
}

export function redactedURI(uri: string): string {
  const url = new URL(uri)
  if (url.password) url.password = '***'
  return url.toString()
}
