import { l } from './labels'

export const LICENCE_OPTIONS = [
  {
    value: 'editorial-with-credit',
    label: l(
      'Frei für redaktionelle Nutzung mit Urhebernennung',
      'Free for editorial use with credit',
    ),
  },
  { value: 'cc-by-4.0', label: 'CC BY 4.0' },
  { value: 'cc-by-sa-4.0', label: 'CC BY-SA 4.0' },
  { value: 'all-rights-reserved', label: l('Alle Rechte vorbehalten', 'All rights reserved') },
]
