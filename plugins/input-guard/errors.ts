import { APIError } from 'payload'

/** A message in both languages of the CMS, in the project's "Deutsch. / English." form. */
export type Bilingual = { de: string; en: string }

export const bilingual = ({ de, en }: Bilingual): string => `${de} / ${en}`

/**
 * A request the sender must fix (4xx). Its own class name lets `loggingLevels` log it at `info`:
 * a refused input is not a server error.
 */
export class InputRefused extends APIError<{ errors?: Array<{ path: string; message: string }> }> {
  constructor(
    message: Bilingual,
    status: 400 | 404 = 400,
    errors?: Array<{ path: string; message: string }>,
  ) {
    super(bilingual(message), status, errors ? { errors } : undefined, true)
  }
}

/** Shortens a value for a message (values come from strangers: no control characters, no novels). */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '�')
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean
}

/**
 * Payload fetches a create's `url` server-side when no file comes with it (`getExternalFile`, even
 * with `pasteURL: false`). Our header filter refuses before any request leaves; Payload wraps the
 * refusal into a FileRetrievalError keeping only the message, so this marker identifies it later.
 */
export const REMOTE_FILE_REFUSED = '[remote-file-refused]'

export const messages = {
  invalidID: (id: unknown): Bilingual => ({
    de: `Kein Dokument mit der ID „${shown(id)}“ gefunden (IDs sind ganze Zahlen).`,
    en: `No document with the ID "${shown(id)}" found (IDs are whole numbers).`,
  }),
  notFound: (): Bilingual => ({ de: 'Nicht gefunden.', en: 'Not found.' }),
  remoteFile: (): Bilingual => ({
    de: 'Dateien bitte hochladen: Der Server ruft keine Dateien von Adressen (url) ab.',
    en: 'Please upload the file: the server does not fetch files from addresses (url).',
  }),
  forbidden: (): Bilingual => ({
    de: 'Dafür fehlt die Berechtigung.',
    en: 'You are not allowed to do this.',
  }),
  notQueryable: (paths: string): Bilingual => ({
    de: `Nach diesem Feld kann nicht gesucht werden: ${paths}.`,
    en: `This field cannot be queried: ${paths}.`,
  }),
  invalidFields: (paths: string): Bilingual => ({
    de: `Ungültige Eingabe in: ${paths}.`,
    en: `Invalid input in: ${paths}.`,
  }),
  operatorNotFor: (path: string, operator: string, type: string): Bilingual => ({
    de: `Der Operator „${operator}“ passt nicht zum Feld „${path}“ (Typ ${type}).`,
    en: `The operator "${operator}" does not fit the field "${path}" (type ${type}).`,
  }),
  badValue: (path: string, value: unknown, expected: Bilingual): Bilingual => ({
    de: `Der Wert „${shown(value)}“ für „${path}“ ist ungültig: erwartet ${expected.de}.`,
    en: `The value "${shown(value)}" for "${path}" is invalid: expected ${expected.en}.`,
  }),
  nulByte: (where: string): Bilingual => ({
    de: `Die Anfrage enthält ein Nullzeichen (NUL) in ${where}.`,
    en: `The request contains a null character (NUL) in ${where}.`,
  }),
  whereTooDeep: (max: number): Bilingual => ({
    de: `Die Abfrage ist zu tief verschachtelt (höchstens ${max} Ebenen and/or).`,
    en: `The query is nested too deeply (at most ${max} levels of and/or).`,
  }),
  whereTooLarge: (max: number): Bilingual => ({
    de: `Die Abfrage hat zu viele Bedingungen (höchstens ${max}).`,
    en: `The query has too many conditions (at most ${max}).`,
  }),
  badParameter: (name: string, value: unknown, expected: Bilingual): Bilingual => ({
    de: `Der Parameter „${name}=${shown(value)}“ ist ungültig: erwartet ${expected.de}.`,
    en: `The parameter "${name}=${shown(value)}" is invalid: expected ${expected.en}.`,
  }),
  unknownField: (name: string, path: string): Bilingual => ({
    de: `„${name}“ nennt ein unbekanntes Feld: ${path}.`,
    en: `"${name}" names an unknown field: ${path}.`,
  }),
  missingDocument: (path: string, id: unknown): Bilingual => ({
    de: `${path}: Das verknüpfte Dokument ${shown(id)} existiert nicht.`,
    en: `${path}: The linked document ${shown(id)} does not exist.`,
  }),
  unknownBlock: (path: string, blockType: unknown, allowed: string[]): Bilingual => ({
    de: `${path}: Unbekannter Blocktyp „${shown(blockType)}“ (erlaubt: ${allowed.join(', ')}).`,
    en: `${path}: Unknown block type "${shown(blockType)}" (allowed: ${allowed.join(', ')}).`,
  }),
  noVersions: (): Bilingual => ({
    de: 'Für diese Inhalte werden keine Versionen gespeichert.',
    en: 'No versions are kept for this content.',
  }),
  noVerification: (): Bilingual => ({
    de: 'Konten werden hier nicht per E-Mail bestätigt; diesen Bestätigungslink gibt es nicht.',
    en: 'Accounts are not verified by e-mail here; this verification link does not exist.',
  }),
  fileMissing: (): Bilingual => ({
    de: 'Die Datei ist nicht (mehr) vorhanden.',
    en: 'The file does not exist (any more).',
  }),
  malformedValue: (): Bilingual => ({
    de: 'Ein Wert in der Anfrage hat nicht das erwartete Format.',
    en: 'A value in the request does not have the expected format.',
  }),
  missingRelation: (): Bilingual => ({
    de: 'Ein verknüpftes Dokument existiert nicht.',
    en: 'A linked document does not exist.',
  }),
}

export const expected = {
  integer: { de: 'eine ganze Zahl', en: 'a whole number' },
  positiveInteger: { de: 'eine ganze Zahl ab 1', en: 'a whole number from 1' },
  nonNegativeInteger: { de: 'eine ganze Zahl ab 0', en: 'a whole number from 0' },
  number: { de: 'eine Zahl', en: 'a number' },
  date: {
    de: 'ein Datum (ISO 8601, z. B. 2026-11-26T12:00:00Z)',
    en: 'a date (ISO 8601, e.g. 2026-11-26T12:00:00Z)',
  },
  boolean: { de: 'true oder false', en: 'true or false' },
  id: { de: 'eine Dokument-ID (ganze Zahl)', en: 'a document ID (whole number)' },
  relation: {
    de: 'eine Dokument-ID (bei Mehrfachauswahl eine Liste davon)',
    en: 'a document ID (a list of them where several are allowed)',
  },
  oneOf: (values: string[]): Bilingual => ({
    de: `einer von: ${values.join(', ')}`,
    en: `one of: ${values.join(', ')}`,
  }),
}
