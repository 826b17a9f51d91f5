export type RichTextHTMLOptions = {
  /** `false`: the HTML fields are still added (stable schema and types) but always empty. Default `true`. */
  enabled?: boolean
  /** Appended to a rich-text field's name: `body` → `bodyHtml`. Default `Html`. */
  suffix?: string
  /** REST query parameter that asks for the HTML (`1`, `true`, `yes`). Default `html`. */
  param?: string
  /** Collection slugs to leave alone. */
  exclude?: string[]
}
