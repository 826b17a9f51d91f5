/**
 * The kit as a streamed ZIP (yazl): entries are written one after the other, each file opened
 * only when its turn comes, and the web stream pulls the next chunk only when the client took the
 * last one — memory stays at a few chunks whatever the kit's size. Photos and PDFs are already
 * compressed and go in stored (STORE); the text files are deflated.
 */
import type { Readable } from 'node:stream'

import { ZipFile } from 'yazl'

import type { KitEntry } from './collect'

export function zipStream(
  entries: KitEntry[],
  onError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const zip = new ZipFile()
  const open = new Set<Readable>()
  for (const entry of entries) {
    if (entry.kind === 'text') {
      zip.addBuffer(entry.data, entry.name, { mtime: entry.mtime, compress: true })
      continue
    }
    zip.addReadStreamLazy(
      entry.name,
      { mtime: entry.mtime, compress: false, size: entry.size },
      (callback) => {
        const stream = entry.open()
        open.add(stream)
        stream.once('close', () => open.delete(stream))
        // yazl reports a failed read as an error of the zip file (below).
        stream.once('error', (error) => zip.emit('error', error))
        callback(null, stream)
      },
    )
  }
  zip.end()

  // Typed as the old NodeJS.ReadableStream; it is a PassThrough.
  const output = zip.outputStream as Readable
  // A file that vanished or failed mid-way: end the download with an error instead of hanging.
  zip.once('error', (error: unknown) => {
    onError(error)
    output.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  const chunks = output[Symbol.asyncIterator]()
  const close = () => {
    for (const stream of open) stream.destroy()
    output.destroy()
  }
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next()
          if (done) controller.close()
          else {
            const chunk = value as Buffer
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
          }
        } catch (error) {
          close()
          controller.error(error)
        }
      },
      // The client went away: close the open file and stop reading.
      cancel() {
        close()
      },
    },
    { highWaterMark: 0 },
  )
}
