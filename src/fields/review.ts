import type { Field } from 'payload'

import { isStaffField } from '../access/content'
import { hasRole } from '../access/predicates'
import { dateField } from './date'
import { l } from './labels'

/** The list column "Zur Freigabe / Zurückgegeben / Sperrfrist bis … / Veröffentlicht / Entwurf". */
export const WORKFLOW_STATUS_CELL = '/src/components/WorkflowStatusCell#WorkflowStatusCell'

const nobody = () => false
const cleared = () => null

/**
 * An editor's request to the press office to publish a draft ("Zur Freigabe an die Pressestelle"),
 * and the press office's answer. Staff only: the public never learns that a release is in review.
 * Who may move it where is decided by collections/hooks/releaseReview.ts; who submitted and when
 * is stamped there too, never taken from the request.
 */
export const reviewField: Field = {
  name: 'review',
  type: 'group',
  interfaceName: 'ReleaseReview',
  label: l('Freigabe', 'Review'),
  access: { read: isStaffField, create: isStaffField, update: isStaffField },
  admin: {
    position: 'sidebar',
    description: l(
      '„Zur Freigabe an die Pressestelle“ wählen und speichern: Die Pressestelle wird benachrichtigt und veröffentlicht oder gibt mit einem Kommentar zurück.',
      'Choose "Submit to the press office" and save: the press office is notified and publishes or returns it with a comment.',
    ),
  },
  fields: [
    {
      name: 'comment',
      type: 'textarea',
      label: l('Kommentar der Pressestelle', 'Comment of the press office'),
      // Only the press office answers; an editor's save keeps the comment as it was. Above the
      // status, so the press office writes it before choosing "Zurückgegeben" (autosave checks it).
      access: { create: hasRole('admin', 'press'), update: hasRole('admin', 'press') },
      hooks: { beforeDuplicate: [cleared] },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'none',
      index: true,
      label: l('Status', 'Status'),
      options: [
        { value: 'none', label: l('Keine Freigabe angefragt', 'No review requested') },
        {
          value: 'submitted',
          label: l('Zur Freigabe an die Pressestelle', 'Submitted to the press office'),
        },
        { value: 'returned', label: l('Zurückgegeben', 'Returned') },
      ],
      hooks: { beforeDuplicate: [() => 'none'] },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      label: l('Eingereicht von', 'Submitted by'),
      access: { create: nobody, update: nobody },
      admin: { readOnly: true },
      hooks: { beforeDuplicate: [cleared] },
    },
    dateField({
      name: 'submittedAt',
      label: l('Eingereicht am', 'Submitted at'),
      access: { create: nobody, update: nobody },
      admin: { readOnly: true },
      hooks: { beforeDuplicate: [cleared] },
    }),
  ],
}

/** A column only: the list shows where each release stands (src/lib/review/status.ts). */
export const workflowStatusField: Field = {
  name: 'workflowStatus',
  type: 'ui',
  label: l('Stand', 'State'),
  admin: { components: { Cell: WORKFLOW_STATUS_CELL } },
}
