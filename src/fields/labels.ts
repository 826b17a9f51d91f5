/** German first, English second: every label in the admin is written this way. */
export const l = (de: string, en: string) => ({ de, en })
