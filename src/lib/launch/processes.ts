import { type ChildProcess, spawn } from 'node:child_process'

/**
 * Starts a child in its own process group so that stopping it also stops every worker it forked
 * (Next starts several); a plain kill would leave those behind.
 */
export function spawnGroup(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', env, detached: true })
}

export function stopGroup(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 8_000,
): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve()
    const pid = child.pid
    const kill = (sig: NodeJS.Signals) => {
      try {
        process.kill(-pid, sig)
      } catch {
        // The group is already gone.
      }
    }
    const timer = setTimeout(() => kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      // Workers of the group that outlived their parent.
      kill('SIGKILL')
      resolve()
    })
    kill(signal)
  })
}

/** Runs `shutdown` once on Ctrl-C / SIGTERM / SIGHUP, then exits. */
export function onShutdown(shutdown: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    shutdown(signal)
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, handler)
}

export async function waitForHealthy(baseURL: string, timeoutMs = 180_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(30_000) })
      if (response.ok) return true
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  return false
}

export const binary = (name: string): string => `node_modules/.bin/${name}`
