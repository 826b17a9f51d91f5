export type MailLanguage = 'de' | 'en'

/** English for whoever chose English, German for everyone else (the association's language). */
export const mailLanguage = (language: unknown): MailLanguage => (language === 'en' ? 'en' : 'de')

/** Picks the text of one language from a `{ de, en }` pair. */
export const pick = <T>(language: MailLanguage, texts: { de: T; en: T }): T => texts[language]
