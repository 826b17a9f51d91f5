import { getPayload } from 'payload'

import { shutdownPayload } from '../lib/database/resilience'
import { seed } from './index'

/** Boots Payload against DATABASE_URI, seeds, prints what a developer needs, shuts down. */
export async function seedDemo(): Promise<void> {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    const { admin } = await seed(payload)
    if (admin.created && admin.generatedPassword) {
      console.log(`
  Admin-Konto angelegt / admin account created (dieses Passwort wird nur jetzt angezeigt / shown only now):
    E-Mail:   ${admin.email}
    Passwort: ${admin.generatedPassword}
`)
    } else if (admin.created) {
      console.log(
        `  Admin-Konto angelegt / admin account created: ${admin.email} (Passwort aus SEED_ADMIN_PASSWORD)`,
      )
    } else {
      console.log(`  Admin-Konto vorhanden / admin account exists: ${admin.email}`)
    }
    console.log('  Demo-Inhalte sind aktuell / demo content is up to date.')
  } finally {
    await shutdownPayload(payload)
  }
}
