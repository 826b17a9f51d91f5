import type { Validate } from 'payload'

import { translate } from '../i18n'

/**
 * `required: true` on a localized field demands it in every language on publish, so a release
 * could not go live until each English text exists. German is what must be complete; English
 * falls back to it for readers.
 */
export const requiredInDefaultLocale: Validate = (value, { req }) => {
  const defaultLocale = req.payload.config.localization
    ? req.payload.config.localization.defaultLocale
    : undefined
  if (defaultLocale && req.locale && req.locale !== defaultLocale && req.locale !== 'all')
    return true
  const filled =
    typeof value === 'string' ? value.trim().length > 0 : value !== null && value !== undefined
  return filled || translate(req.t)('requiredInGerman')
}
