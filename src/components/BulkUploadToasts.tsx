'use client'
/**
 * Payload 3.90's bulk upload writes two toasts in English whatever the admin language
 * (`Successfully saved ${n} files`, `Failed to save ${n} files` in
 * @payloadcms/ui/dist/elements/BulkUpload/FormsManager), outside its translation table, so they
 * cannot be overridden in `i18n.translations`. This provider rewrites exactly those two texts in
 * the toast area into our table's words as they appear; every other toast is left alone.
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { type MessageKey, translate } from '../i18n'

const ENGLISH_ONLY: Array<[RegExp, MessageKey]> = [
  [/^Successfully saved (\d+) files$/, 'bulkUploadSaved'],
  [/^Failed to save (\d+) files$/, 'bulkUploadFailed'],
]

/** The toast text in the admin language, or null when it is not one of the two. */
export function translatedToast(text: string, t: ReturnType<typeof translate>): string | null {
  for (const [pattern, key] of ENGLISH_ONLY) {
    const match = pattern.exec(text.trim())
    if (match) return t(key, { count: match[1] })
  }
  return null
}

function rewriteText(node: Node, t: ReturnType<typeof translate>) {
  if (!node.nodeValue || !node.parentElement?.closest('[data-sonner-toaster]')) return
  const translated = translatedToast(node.nodeValue, t)
  if (translated !== null) node.nodeValue = translated
}

function rewrite(root: Node, t: ReturnType<typeof translate>) {
  if (root.nodeType === Node.TEXT_NODE) return rewriteText(root, t)
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) rewriteText(node, t)
}

export function BulkUploadToasts({ children }: { children?: React.ReactNode }) {
  const { t: payloadT } = useTranslation()
  useEffect(() => {
    const t = translate(payloadT)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'characterData') rewrite(mutation.target, t)
        for (const added of Array.from(mutation.addedNodes)) rewrite(added, t)
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [payloadT])
  return <>{children}</>
}
