import type { CollectionBeforeOperationHook } from 'payload'

import { userHasRole } from '../../src/access/roles'

/**
 * Editors write releases but never decide what is public. Forcing their updates into draft mode
 * means a save on a published release becomes a new draft version instead of unpublishing or
 * changing the live text; publishing itself is refused by `writeReleases`.
 */
export const editorsSaveDrafts: CollectionBeforeOperationHook<'press-releases'> = ({ args, operation, req }) => {
  const isEditorOnly = userHasRole(req.user, 'editor') && !userHasRole(req.user, 'admin', 'press')
  if (!isEditorOnly || (operation !== 'update' && operation !== 'updateByID')) return args
  return { ...args, draft: true }
}
