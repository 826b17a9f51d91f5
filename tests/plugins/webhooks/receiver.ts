import type { AddressInfo } from 'node:net'

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; at: number }

/**
 * A real HTTP receiver on localhost (port 0). `answer` decides the status per request, so a test
 * can make a receiver fail a few times and then accept.
 */
export class Receiver {
  readonly received: Received[] = []
  private server: Server
  answer: (request: Received) => number = () => 200

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const entry = {
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
        }
        this.received.push(entry)
        response.writeHead(this.answer(entry), { 'content-type': 'text/plain' })
        response.end('ok')
      })
    })
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return this
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  url(path: string, host = '127.0.0.1', scheme = 'http'): string {
    return `${scheme}://${host}:${this.port}${path}`
  }

  at(path: string): Received[] {
    return this.received.filter((entry) => entry.path === path)
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
