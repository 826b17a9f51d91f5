'use client'
/**
 * A few words Payload 3.90 writes in English whatever the admin language, outside its translation
 * table (so `i18n.translations` cannot reach them):
 * - the bulk upload's toasts `Successfully saved ${n} files` / `Failed to save ${n} files`
 *   (@payloadcms/ui/dist/elements/BulkUpload/FormsManager);
 * - the rich-text editor's "Add block" handle (aria-label in
 *   @payloadcms/richtext-lexical/dist/lexical/plugins/handles/AddBlockHandlePlugin);
 * - the scheduling drawer's locale choice "All" (`defaultLocaleOption` in
 *   @payloadcms/ui/dist/elements/PublishButton/ScheduleDrawer).
 * This provider rewrites exactly those into our table's words as they appear; nothing else.
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { type MessageKey, translate } from '../i18n'

type T = ReturnType<typeof translate>

const TOASTS: Array<[RegExp, MessageKey]> = [
  [/^Successfully saved (\d+) files$/, 'bulkUploadSaved'],
  [/^Failed to save (\d+) files$/, 'bulkUploadFailed'],
]

/** The toast text in the admin language, or null when it is not one of the two. */
export function translatedToast(text: string, t: T): string | null {
  for (const [pattern, key] of TOASTS) {
    const match = pattern.exec(text.trim())
    if (match) return t(key, { count: match[1] })
  }
  return null
}

function rewriteText(node: Node, t: T) {
  if (!node.nodeValue) return
  let translated: string | null = null
  if (node.parentElement?.closest('[data-sonner-toaster]'))
    translated = translatedToast(node.nodeValue, t)
  else if (node.nodeValue === 'All' && node.parentElement?.closest('.schedule-publish'))
    translated = t('scheduleAllLocales')
  if (translated !== null && translated !== node.nodeValue) node.nodeValue = translated
}

function rewrite(root: Node, t: T) {
  if (root.nodeType === Node.TEXT_NODE) return rewriteText(root, t)
  if (!(root instanceof Element)) return
  // Only a change is written: in English the words are the same, and writing them again would wake
  // the observer for ever.
  const addBlock = t('addBlock')
  if (addBlock !== 'Add block') {
    for (const handle of [root, ...Array.from(root.querySelectorAll('[aria-label="Add block"]'))]) {
      if (handle.getAttribute('aria-label') === 'Add block')
        handle.setAttribute('aria-label', addBlock)
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) rewriteText(node, t)
}

export function UntranslatedPayloadTexts({ children }: { children?: React.ReactNode }) {
  const { t: payloadT } = useTranslation()
  useEffect(() => {
    const t = translate(payloadT)
    rewrite(document.body, t)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'characterData') rewriteText(mutation.target, t)
        else if (mutation.type === 'attributes') rewrite(mutation.target, t)
        for (const added of Array.from(mutation.addedNodes)) rewrite(added, t)
      }
    })
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    })
    return () => observer.disconnect()
  }, [payloadT])
  return <>{children}</>
}
