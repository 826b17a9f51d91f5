import { APIError } from 'payload'

import { type Bilingual, bothLanguages, joinLanguages } from '../../src/i18n'

/** A message in both languages of the CMS (src/i18n), sent as "Deutsch. / English.". */
export type { Bilingual } from '../../src/i18n'

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
    super(joinLanguages(message), status, errors ? { errors } : undefined, true)
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

/**
 * The refusals, worded in the translation table (src/i18n/translations.ts, keys `input…` and
 * `expected…`); values from the request are shortened by `shown` before they go in.
 */
export const messages = {
  invalidID: (id: unknown): Bilingual => bothLanguages('inputInvalidID', { id: shown(id) }),
  notFound: (): Bilingual => bothLanguages('inputNotFound'),
  remoteFile: (): Bilingual => bothLanguages('inputRemoteFile'),
  forbidden: (): Bilingual => bothLanguages('inputForbidden'),
  notQueryable: (paths: string): Bilingual => bothLanguages('inputNotQueryable', { paths }),
  /** `paths` per language where they are field labels. */
  invalidFields: (paths: string | Bilingual): Bilingual =>
    bothLanguages('inputInvalidFields', { paths }),
  operatorNotFor: (path: string, operator: string, type: string): Bilingual =>
    bothLanguages('inputOperatorNotFor', { path, operator, type }),
  badValue: (path: string, value: unknown, expected: Bilingual): Bilingual =>
    bothLanguages('inputBadValue', { path, value: shown(value), expected }),
  nulByte: (where: string): Bilingual => bothLanguages('inputNulByte', { where }),
  whereTooDeep: (max: number): Bilingual => bothLanguages('inputWhereTooDeep', { max }),
  whereTooLarge: (max: number): Bilingual => bothLanguages('inputWhereTooLarge', { max }),
  badParameter: (name: string, value: unknown, expected: Bilingual): Bilingual =>
    bothLanguages('inputBadParameter', { name, value: shown(value), expected }),
  unknownField: (name: string, path: string): Bilingual =>
    bothLanguages('inputUnknownField', { name, path }),
  missingDocument: (path: string, id: unknown): Bilingual =>
    bothLanguages('inputMissingDocument', { path, id: shown(id) }),
  unknownBlock: (path: string, blockType: unknown, allowed: string[]): Bilingual =>
    bothLanguages('inputUnknownBlock', {
      path,
      blockType: shown(blockType),
      allowed: allowed.join(', '),
    }),
  noVersions: (): Bilingual => bothLanguages('inputNoVersions'),
  noVerification: (): Bilingual => bothLanguages('inputNoVerification'),
  fileMissing: (): Bilingual => bothLanguages('inputFileMissing'),
  malformedValue: (): Bilingual => bothLanguages('inputMalformedValue'),
  missingRelation: (): Bilingual => bothLanguages('inputMissingRelation'),
}

/** What a refused value should have been, for `badValue` and `badParameter`. */
export const expected = {
  integer: bothLanguages('expectedInteger'),
  positiveInteger: bothLanguages('expectedPositiveInteger'),
  nonNegativeInteger: bothLanguages('expectedNonNegativeInteger'),
  number: bothLanguages('expectedNumber'),
  date: bothLanguages('expectedDate'),
  boolean: bothLanguages('expectedBoolean'),
  id: bothLanguages('expectedID'),
  relation: bothLanguages('expectedRelation'),
  oneOf: (values: string[]): Bilingual =>
    bothLanguages('expectedOneOf', { values: values.join(', ') }),
}
