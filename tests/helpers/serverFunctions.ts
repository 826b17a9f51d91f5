/**
 * Import this helper FIRST in a test file: like Next's server, it provides AsyncLocalStorage
 * before any Next module loads, so Next's request scope (which `headers()` reads) exists.
 */
import 'next/dist/server/node-environment-baseline.js'

import type { SanitizedConfig, ServerFunctionHandler } from 'payload'

import { register } from 'node:module'

// The admin's modules import stylesheets and images, which Next bundles in the app; plain Node
// gets stand-ins (no server function reads them).
const standInAssets = `export async function load(url, context, next) {
  if (/\\.s?css$/.test(url)) return { format: 'module', source: '', shortCircuit: true }
  if (/\\.(png|jpe?g|svg|ico|webp|gif|woff2?)$/.test(url)) {
    return { format: 'module', source: 'export default { src: "" }', shortCircuit: true }
  }
  return next(url, context)
}`
register(`data:text/javascript,${encodeURIComponent(standInAssets)}`)

const { handleServerFunctions } = await import('@payloadcms/next/layouts')
const { workAsyncStorage } =
  await import('next/dist/server/app-render/work-async-storage.external.js')
const { workUnitAsyncStorage } =
  await import('next/dist/server/app-render/work-unit-async-storage.external.js')
const { guardServerFunctions } = await import('../../plugins/admin-guard')

export { handleServerFunctions }

/** The handler exactly as `src/app/(payload)/layout.tsx` builds it. */
export const layoutServerFunctions = guardServerFunctions(handleServerFunctions)

/**
 * Calls an admin server function through `handler` (default: the layout's) with the real config,
 * inside the request scope Next gives a server action, so Payload's `initReq` authenticates the
 * request from its headers (`Authorization: JWT …`) as it does in the admin. `headers` adds
 * request headers, e.g. `Accept-Language` for the admin language Payload picks.
 */
export function serverFunctionCaller(
  config: SanitizedConfig,
  handler: ServerFunctionHandler = layoutServerFunctions,
) {
  return async (
    token: string | undefined,
    name: string,
    args: Record<string, unknown>,
    extraHeaders: Record<string, string> = {},
  ): Promise<unknown> => {
    const headers = new Headers({
      ...extraHeaders,
      host: new URL(config.serverURL || 'http://localhost:3000').host,
    })
    if (token) headers.set('authorization', `JWT ${token}`)
    const workStore = {
      route: '/admin/[[...segments]]',
      forceStatic: false,
      dynamicShouldError: false,
    }
    const requestStore = { type: 'request', phase: 'action', headers }
    // The stores are typed for Next's internals; `headers()` reads only these fields.
    return workAsyncStorage.run(workStore as never, () =>
      workUnitAsyncStorage.run(requestStore as never, () =>
        handler({ name, args, config, importMap: {} }),
      ),
    )
  }
}
