import type { Field, TextFieldSingleValidation } from 'payload'

import { isSafeUrl, UNSAFE_URL_MESSAGE } from '../lib/safeUrl'
import { l } from './labels'
import { SOCIAL_NETWORKS } from './options'

export const validateWebURL: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  return (isSafeUrl(value) && /^https?:\/\//i.test(value)) || UNSAFE_URL_MESSAGE
}

export function urlField(
  name: string,
  label: { de: string; en: string },
  { required = false } = {},
): Field {
  return {
    name,
    type: 'text',
    label,
    required,
    validate: validateWebURL,
    admin: { placeholder: 'https://…' },
  }
}

export function socialLinksField(): Field {
  return {
    name: 'socialLinks',
    type: 'array',
    // Members and the association profile share one generated type (TypeScript and GraphQL).
    interfaceName: 'SocialLinks',
    label: l('Social-Media-Profile', 'Social profiles'),
    labels: {
      singular: l('Social-Media-Profil', 'Social profile'),
      plural: l('Social-Media-Profile', 'Social profiles'),
    },
    fields: [
      {
        name: 'network',
        type: 'select',
        required: true,
        options: SOCIAL_NETWORKS,
        label: l('Netzwerk', 'Network'),
      },
      urlField('url', l('Adresse', 'URL'), { required: true }),
    ],
  }
}
