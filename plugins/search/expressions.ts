/**
 * SQL expressions shared by the schema (generated columns, expression indexes) and the search
 * query. Everything here is built from PostgreSQL's own IMMUTABLE functions (`translate`,
 * `replace`, `regexp_replace`, `jsonb_path_query_array`, `to_tsvector(regconfig, …)`), so it can
 * stand in a generated column or an index, and schema push and migrations need nothing but the
 * `pg_trgm` extension (for the trigram indexes): no custom function, no `unaccent` (STABLE).
 */

/** Accented letters and their plain forms (one to one, so `translate` can do it). ß is replaced apart. */
const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĞğİıŞşČčĆćŁł'
const PLAIN = 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzGgIiSsCcCcLl'

if (ACCENTED.length !== PLAIN.length)
  throw new Error('search: ACCENTED and PLAIN must be equally long')

/** The same folding in JavaScript, for query words (ä → a, ß → ss, é → e, lower case). */
export function foldWord(word: string): string {
  let folded = ''
  for (const char of word.normalize('NFC')) {
    const at = ACCENTED.indexOf(char)
    folded += at >= 0 ? PLAIN[at] : char === 'ß' ? 'ss' : char === 'ẞ' ? 'SS' : char
  }
  return folded.toLowerCase()
}

/** `text` without accents and umlauts (März → Marz, Straße → Strasse). */
export function foldSQL(text: string): string {
  return `replace(translate(${text}, '${ACCENTED}', '${PLAIN}'), 'ß', 'ss')`
}

/**
 * The hyphenated words of `text` written together ("Kreativ-Wirtschaft" → "KreativWirtschaft"),
 * so a query for the compound finds the hyphenated spelling: the parser itself only yields
 * the whole hyphenated word and its parts. Every whitespace-delimited token without a hyphen is
 * dropped first. No backslashes: a generated migration holds this inside a JS template literal,
 * where `\s` would silently become `s`.
 */
function joinedHyphenWordsSQL(text: string): string {
  return `replace(regexp_replace(${text}, '(^|[[:space:]])[^[:space:]-]+(?=[[:space:]]|$)', ' ', 'g'), '-', '')`
}

/** The text nodes of a Lexical JSON document, as one text (a JSON array of strings). */
export function lexicalTextSQL(column: string): string {
  return `coalesce(jsonb_path_query_array(${column}, 'strict $.**.text ? (@.type() == "string")')::text, '')`
}

/** The text nodes of a Lexical document as plain text separated by spaces (for snippets; not IMMUTABLE-bound). */
export function lexicalPlainTextSQL(column: string): string {
  return `(select string_agg(node #>> '{}', ' ') from jsonb_path_query(${column}, 'strict $.**.text ? (@.type() == "string")') as node)`
}

/** The text search configuration of a locale column: English for `en`, German otherwise. */
export function configForLocaleSQL(localeColumn: string | undefined): string {
  return localeColumn
    ? `(case when ${localeColumn} = 'en' then 'english'::regconfig else 'german'::regconfig end)`
    : `'german'::regconfig`
}

/** A column of a search vector; rich text (Lexical JSON) contributes its text nodes. */
export type WeightedText = { weight: 'A' | 'B' | 'C'; column: string; richText?: true }

/**
 * The weighted document vector. Umlauts and ß need no folding here: the German stemmer itself
 * turns ä/ö/ü into a/o/u and ß into ss ("März" → marz, "Straße" → strass), and the query asks for
 * the word as typed and folded. Short texts (titles, teasers, names) also contribute their
 * hyphenated words written together; rich text does not (the regular expression over long text
 * would cost more than the whole vector — a hyphenated word there is still found by its parts).
 * Measured on 5 000 releases: about 0.3 ms per row, of which `translate` over the whole text
 * would have added another 0.4 ms.
 */
export function vectorSQL(config: string, parts: WeightedText[]): string {
  return parts
    .map(({ weight, column, richText }) => {
      const text = richText
        ? lexicalTextSQL(column)
        : `coalesce(${column}, '') || case when strpos(${column}, '-') > 0 then ' ' || ${joinedHyphenWordsSQL(column)} else '' end`
      return `setweight(to_tsvector(${config}, ${text}), '${weight}')`
    })
    .join(' || ')
}

/** Folded, lower-case text for the trigram fallback (short fields only: titles, teasers, names). */
export function trigramTextSQL(columns: string[]): string {
  return `lower(${foldSQL(columns.map((column) => `coalesce(${column}, '')`).join(` || ' ' || `))})`
}
