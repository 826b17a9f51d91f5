import { slugify } from '../lib/slugify'
import { l } from './labels'

export const DISCIPLINES = [
  { value: 'architecture', label: l('Architektur', 'Architecture') },
  { value: 'design', label: l('Design', 'Design') },
  { value: 'communication', label: l('Kommunikation', 'Communication') },
  { value: 'art', label: l('Kunst', 'Art') },
  { value: 'culture', label: l('Kultur', 'Culture') },
]

export const RUHR_CITIES = [
  'Essen',
  'Dortmund',
  'Bochum',
  'Duisburg',
  'Gelsenkirchen',
  'Oberhausen',
  'Mülheim an der Ruhr',
  'Herne',
  'Bottrop',
  'Hagen',
  'Hamm',
  'Recklinghausen',
  'Witten',
  'Unna',
]

/** Select options for a city of the Ruhr area, plus "other" (then a free-text city). */
export const cityOptions = [
  ...RUHR_CITIES.map((city) => ({
    value: slugify(city),
    label: city,
  })),
  { value: 'other', label: l('Andere', 'Other') },
]

export const SOCIAL_NETWORKS = [
  { value: 'instagram', label: 'Instagram' },
  { value: 'linkedin', label: 'LinkedIn' },
  { value: 'mastodon', label: 'Mastodon' },
  { value: 'bluesky', label: 'Bluesky' },
  { value: 'facebook', label: 'Facebook' },
  { value: 'youtube', label: 'YouTube' },
  { value: 'other', label: l('Andere', 'Other') },
]
