import type { CollectionSlug, PayloadRequest } from 'payload'

/** What a send is restricted to; empty lists mean everyone subscribed. */
export type SendFilter = { topics: string[]; languages: Array<'de' | 'en'> }

/** One person on the press list, as the send needs them. */
export type Recipient = {
  email: string
  name?: string | null
  language: 'de' | 'en'
  /** The press list's own id of this person, kept on the delivery for the log. */
  contactID?: number | null
}

/** A composed mail, German or English. */
export type ReleaseMail = { subject: string; text: string; html: string }

/** Options of the press-distribution plugin (sending releases to the press list). */
export type PressDistributionOptions = {
  /** The releases collection. Default `press-releases`. */
  releases?: CollectionSlug
  /** The subscribed people matching a filter, read in the job's request. */
  recipients: (req: PayloadRequest, filter: SendFilter) => Promise<Recipient[]>
  /**
   * Delivers one mail to one recipient (list headers such as List-Unsubscribe are the sender's
   * business): 'skipped' when the recipient left the list meanwhile. Throws on failure, so the
   * queue retries it.
   */
  deliver: (
    req: PayloadRequest,
    recipient: Recipient,
    mail: ReleaseMail,
  ) => Promise<'sent' | 'skipped'>
  /** A personal pre-access link for a recipient (press-preview's createPreviewLink). */
  createLink: (
    req: PayloadRequest,
    args: {
      release: number
      recipientEmail: string
      recipientName?: string | null
      language: 'de' | 'en'
    },
  ) => Promise<{ id: number; url: string; expiresAt: string }>
  /** Topics a send can be restricted to (the press list's topics). */
  topics: Array<{ value: string; label: string | Record<string, string> }>
  /** Attempts per recipient before a delivery counts as failed. Default 4 (1 + 3 retries). */
  attempts?: number
}

export type ResolvedPressDistributionOptions = Required<PressDistributionOptions>
