import type { PressKit } from './collect'
import { preparePressKit } from './collect'
import type { PressKitArgs } from './types'
import { zipStream } from './zip'

/** The kit's ZIP as a web stream for a prepared kit (logs a failure mid-way through `req`'s logger). */
export function pressKitBody(
  kit: PressKit,
  logError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  return zipStream(kit.entries, logError)
}

/**
 * One call for callers that authorised the release themselves (e.g. a personal pre-access link
 * before the Sperrfrist, with `allowEmbargoed`): the kit's names and ETag, and its ZIP as a stream.
 * Withdrawn photos are left out whatever the caller allows.
 */
export async function streamPressKit(
  args: PressKitArgs,
): Promise<PressKit & { body: ReadableStream<Uint8Array> }> {
  const kit = await preparePressKit(args)
  const body = pressKitBody(kit, (error) =>
    args.req.payload.logger.error({ err: error, msg: 'press kit: ZIP stream failed' }),
  )
  return { ...kit, body }
}
