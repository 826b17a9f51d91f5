import type { CollectionBeforeOperationHook } from 'payload'

import type { PressRelease } from '../../payload-types'
import { userHasRole } from '../../src/access/roles'

/**
 * Editors write releases but never decide what is public. Forcing their updates into draft mode
 * means a save on a published release (or a duplicate of one) becomes a new draft version instead of unpublishing or
 * changing the live text; publishing itself is refused by `writeReleases`.
 */
export const editorsSaveDrafts: CollectionBeforeOperationHook<'press-releases'> = ({
  args,
  operation,
  req,
}) => {
  const isEditorOnly = userHasRole(req.user, 'editor') && !userHasRole(req.user, 'admin', 'press')
  // `create` covers duplicating, which copies a published release's status unless forced to draft.
  if (
    !isEditorOnly ||
    (operation !== 'create' && operation !== 'update' && operation !== 'updateByID')
  )
    return args
  // An explicit publish attempt is left alone so `writeReleases` refuses it with a clear 403.
  if ((args.data as Partial<PressRelease> | undefined)?._status === 'published') return args
  return { ...args, draft: true }
}
