/**
 * "As a developer I open the admin at http://127.0.0.1:3000 or from my phone on the LAN, and it
 * works" — Next 16 refuses its dev resources to every origin but localhost unless next.config.ts
 * lists them; Payload's CSRF check refuses the login cookie from an origin it does not know.
 */
import type os from 'node:os'

import net from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'

import { devServerConfig } from '../../../next.config'
import { isPortFree } from '../../../src/lib/database/embedded'
import { allowedOrigins } from '../../../src/lib/env'
import {
  choosePort,
  devOriginHosts,
  devOrigins,
  lanAddresses,
} from '../../../src/lib/launch/devNetwork'

/** What os.networkInterfaces() returns on a laptop with Wi-Fi, Docker and IPv6. */
const LAPTOP: ReturnType<typeof os.networkInterfaces> = {
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    },
    {
      address: '::1',
      netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
      family: 'IPv6',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '::1/128',
      scopeid: 0,
    },
  ],
  wlan0: [
    {
      address: '192.168.178.23',
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: 'aa:bb:cc:dd:ee:ff',
      internal: false,
      cidr: '192.168.178.23/24',
    },
    {
      address: 'fe80::1',
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6',
      mac: 'aa:bb:cc:dd:ee:ff',
      internal: false,
      cidr: 'fe80::1/64',
      scopeid: 3,
    },
  ],
  docker0: [
    {
      address: '172.17.0.1',
      netmask: '255.255.0.0',
      family: 'IPv4',
      mac: '02:42:00:00:00:00',
      internal: false,
      cidr: '172.17.0.1/16',
    },
  ],
}

describe('dev origins', () => {
  it('lists 127.0.0.1 and the LAN IPv4 addresses, not loopback twice or IPv6 link-local', () => {
    expect(lanAddresses(LAPTOP)).toEqual(['192.168.178.23', '172.17.0.1'])
    expect(devOriginHosts(LAPTOP)).toEqual(['127.0.0.1', '192.168.178.23', '172.17.0.1'])
    expect(devOrigins(3001, LAPTOP)).toEqual([
      'http://localhost:3001',
      'http://127.0.0.1:3001',
      'http://192.168.178.23:3001',
      'http://172.17.0.1:3001',
    ])
  })

  it('next dev allows them; next build and next start get no allowedDevOrigins', () => {
    expect(devServerConfig('phase-development-server', ['127.0.0.1', '192.168.178.23'])).toEqual({
      allowedDevOrigins: ['127.0.0.1', '192.168.178.23'],
    })
    expect(devServerConfig('phase-development-server').allowedDevOrigins).toEqual(devOriginHosts())
    expect(devServerConfig('phase-production-build')).toEqual({})
    expect(devServerConfig('phase-production-server')).toEqual({})
  })

  it('outside production Payload trusts the login cookie from 127.0.0.1 and the LAN on the port in use', () => {
    const saved = {
      PORT: process.env.PORT,
      NODE_ENV: process.env.NODE_ENV,
      SERVER_URL: process.env.SERVER_URL,
    }
    try {
      process.env.PORT = '3005'
      expect(allowedOrigins()).toEqual(expect.arrayContaining(devOrigins(3005)))
      ;(process.env as Record<string, string>).NODE_ENV = 'production'
      process.env.SERVER_URL ??= 'https://cms.example.org'
      expect(allowedOrigins()).not.toContain('http://127.0.0.1:3005')
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key]
        else (process.env as Record<string, string>)[key] = value
      }
    }
  })
})

describe('port selection', () => {
  const blockers: net.Server[] = []
  afterAll(() => blockers.forEach((server) => server.close()))
  const block = async (port = 0): Promise<number> => {
    const server = net.createServer()
    blockers.push(server)
    await new Promise<void>((resolve) => server.listen({ host: '0.0.0.0', port }, resolve))
    return (server.address() as net.AddressInfo).port
  }

  it('keeps a free preferred port, moves on past taken ones, gives up when all are taken', async () => {
    const taken = new Set([3000, 3001])
    const isFree = async (port: number) => !taken.has(port)
    expect(await choosePort(3002, isFree)).toBe(3002)
    expect(await choosePort(3000, isFree)).toBe(3002)
    expect(await choosePort(3000, isFree, { attempts: 1 })).toBeUndefined()
  })

  it('an explicitly requested port is never swapped for another', async () => {
    expect(await choosePort(3000, async (port) => port !== 3000, { strict: true })).toBeUndefined()
  })

  it('sees a port some other server really holds as taken, and picks the next one', async () => {
    const taken = await block()
    expect(await isPortFree(taken, '0.0.0.0')).toBe(false)
    const chosen = await choosePort(taken, (port) => isPortFree(port, '0.0.0.0'))
    expect(chosen).toBeGreaterThan(taken)
    expect(await isPortFree(chosen!, '0.0.0.0')).toBe(true)
  })
})
