import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The part of s3rver 3.7.1 (no type declarations) the tests use. */
type S3rverInstance = { run: () => Promise<{ port: number }>; close: () => Promise<void> }
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance

export type TestBucket = {
  endpoint: string
  bucket: string
  directory: string
  close: () => Promise<void>
}

/**
 * A real S3-compatible server (s3rver) on a free loopback port, storing into a fresh temp
 * directory, with one bucket; sets the `S3_*` environment the storage reads when the config is
 * built, so call it before booting Payload.
 */
export async function startTestBucket(bucket = 'kk-test'): Promise<TestBucket> {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass
  const directory = await mkdtemp(path.join(tmpdir(), 'kk-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })
  return {
    endpoint,
    bucket,
    directory,
    close: async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
