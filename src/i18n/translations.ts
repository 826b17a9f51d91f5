/**
 * The one table of our own words, German first. Keys are flat (Payload's `t` splits only on the
 * namespace colon); `{{name}}` marks a value filled in by `t(key, { name })`. `en` is typed with the
 * keys of `de`, so a missing or an extra English entry fails `tsc`.
 */
export const de = {
  // Small words of list cells and the date field
  yes: 'ja',
  no: 'nein',
  timeCaption: 'Uhrzeit',
  embargoUntil: 'Sperrfrist bis',
  dateHintDayAndTime: 'TT.MM.JJJJ HH:MM',
  dateHintDayOnly: 'TT.MM.JJJJ',
  dateHintMonthOnly: 'MM.JJJJ',
  invalidDate:
    '„{{text}}“ ist kein gültiges Datum und wurde nicht übernommen. Bitte als {{hint}} eingeben, z. B. {{example}} (Berliner Zeit).',

  // Review workflow (src/fields/review.ts, collections/hooks/releaseReview.ts, WorkflowStatusCell)
  workflowSubmitted: 'Zur Freigabe',
  workflowReturned: 'Zurückgegeben',
  workflowEmbargoed: 'Sperrfrist',
  workflowPublished: 'Veröffentlicht',
  workflowDraft: 'Entwurf',
  embargoStatusPublished: 'Veröffentlicht, aber öffentlich unsichtbar bis zum Ende der Sperrfrist.',
  embargoStatusDraft:
    'Wird nach der Veröffentlichung erst mit Ende der Sperrfrist öffentlich sichtbar.',
  reviewOnlyPressReturns: 'Nur die Pressestelle kann eine Mitteilung zurückgeben.',
  reviewCommentMissing: 'Bitte im Kommentar sagen, was vor der Veröffentlichung noch zu tun ist.',

  // Messages of validation and hooks
  requiredInGerman: 'Pflichtfeld (auf Deutsch).',
  embargoInPast:
    'Die Sperrfrist muss in der Zukunft liegen. Zum sofortigen Veröffentlichen das Feld leeren.',
  endBeforeStart: 'Das Ende liegt vor dem Beginn. Bitte ein Ende nach dem Beginn wählen.',
  projectCycle:
    'Eine Seite kann nicht unter sich selbst oder ihren Unterseiten liegen (höchstens {{max}} Ebenen).',
  legalBasisMissing:
    'Bitte die Rechtsgrundlage angeben, auf der die Pressestelle diesen Kontakt einträgt.',
  slugExhausted:
    'Für „{{base}}“ ist kein freier Slug mehr übrig. Bitte einen anderen Slug eintragen.',
  slugMissing: 'Bitte einen Titel oder Slug angeben.',
  videoURL:
    'Nur Videos von YouTube oder Vimeo (https) können eingebettet werden. Bitte die Adresse des Videos dort kopieren.',
  photoCreditMissing: 'Bitte die Urheberin / den Urheber angeben.',
  photoReplaceOneAtATime:
    'Dateien können nur einzeln ersetzt werden. Bitte jedes Foto für sich öffnen.',
  webhookURLMissing: 'Bitte die Adresse des Empfängers angeben.',

  // Payload writes these in English only (src/components/UntranslatedPayloadTexts.tsx)
  addBlock: 'Block hinzufügen',
  bulkUploadSaved: '{{count}} Dateien gespeichert.',
  bulkUploadFailed: '{{count}} Dateien konnten nicht gespeichert werden.',
  scheduleAllLocales: 'Alle Sprachen',

  // Dashboards (src/components/dashboard)
  dashboardHeading: 'Für Sie zu tun',
  dashboardEmbargoed: 'Unter Sperrfrist',
  dashboardEmbargoedEmpty: 'Keine Mitteilung unter Sperrfrist.',
  dashboardEmbargoedNext: 'Alle Mitteilungen unter Sperrfrist',
  dashboardScheduled: 'Geplante Veröffentlichungen',
  dashboardScheduledEmpty: 'Nichts geplant.',
  dashboardScheduledPublish: 'Veröffentlichung am',
  dashboardScheduledUnpublish: 'Zurückziehen am',
  dashboardSubmitted: 'Zur Freigabe eingereicht',
  dashboardSubmittedEmpty: 'Nichts wartet auf Freigabe.',
  dashboardSubmittedNext: 'Eingereichte Entwürfe prüfen',
  dashboardSubmittedAt: 'eingereicht am',
  dashboardSends: 'Versand an den Presseverteiler (7 Tage)',
  dashboardSendsEmpty: 'In den letzten sieben Tagen nichts versendet.',
  dashboardSendsNext: 'Alle Versände',
  dashboardRecipients: 'Empfänger/innen',
  dashboardSendQueued: 'wartet',
  dashboardSendSending: 'wird versendet',
  dashboardSendDone: 'versendet',
  dashboardWebhookFailures: 'Fehlgeschlagene Webhook-Zustellungen (7 Tage)',
  dashboardWebhookNext: 'Zustellprotokoll öffnen',
  dashboardPhotos: 'Fotos mit offenen Angaben',
  dashboardPhotosEmpty: 'Alle Fotos haben Urheber/in und Rechtsgrundlage.',
  dashboardPhotosNext: 'Fotos öffnen',
  dashboardPhotoCredit: 'Urheber/in fehlt',
  dashboardPhotoLegalBasis: 'Personen abgebildet, Rechtsgrundlage fehlt',
  dashboardPhotoConsent: 'Einwilligung des Mitglieds fehlt',
  dashboardOwnReleases: 'Meine eingereichten Mitteilungen',
  dashboardOwnReleasesEmpty:
    'Keine Mitteilung in der Freigabe. Entwurf fertig? „Zur Freigabe an die Pressestelle“ wählen.',
  dashboardOwnReleasesNext: 'Neue Pressemitteilung schreiben',
  dashboardReturned: 'Zurückgegeben',
  dashboardWaiting: 'Wartet auf die Pressestelle',
  dashboardPortrait: 'Mein Porträt',
  dashboardPortraitNext: 'Mein Porträt bearbeiten',
  dashboardPortraitPublic: 'Öffentlich sichtbar.',
  dashboardPortraitHidden: 'Nicht öffentlich: Die Einwilligung zur Veröffentlichung fehlt noch.',
  dashboardPortraitMissing:
    'Mit Ihrem Konto ist noch kein Porträt verknüpft. Bitte wenden Sie sich an die Redaktion.',

  // Refused API input, answered "Deutsch / English" (plugins/input-guard/errors.ts)
  inputInvalidID: 'Kein Dokument mit der ID „{{id}}“ gefunden (IDs sind ganze Zahlen).',
  inputNotFound: 'Nicht gefunden.',
  inputRemoteFile: 'Dateien bitte hochladen: Der Server ruft keine Dateien von Adressen (url) ab.',
  inputForbidden: 'Dafür fehlt die Berechtigung.',
  inputNotQueryable: 'Nach diesem Feld kann nicht gesucht werden: {{paths}}.',
  inputInvalidFields: 'Ungültige Eingabe in: {{paths}}.',
  inputOperatorNotFor:
    'Der Operator „{{operator}}“ passt nicht zum Feld „{{path}}“ (Typ {{type}}).',
  inputBadValue: 'Der Wert „{{value}}“ für „{{path}}“ ist ungültig: erwartet {{expected}}.',
  inputNulByte: 'Die Anfrage enthält ein Nullzeichen (NUL) in {{where}}.',
  inputWhereTooDeep: 'Die Abfrage ist zu tief verschachtelt (höchstens {{max}} Ebenen and/or).',
  inputWhereTooLarge: 'Die Abfrage hat zu viele Bedingungen (höchstens {{max}}).',
  inputBadParameter: 'Der Parameter „{{name}}={{value}}“ ist ungültig: erwartet {{expected}}.',
  inputUnknownField: '„{{name}}“ nennt ein unbekanntes Feld: {{path}}.',
  inputMissingDocument: '{{path}}: Das verknüpfte Dokument {{id}} existiert nicht.',
  inputUnknownBlock: '{{path}}: Unbekannter Blocktyp „{{blockType}}“ (erlaubt: {{allowed}}).',
  inputNoVersions: 'Für diese Inhalte werden keine Versionen gespeichert.',
  inputNoVerification:
    'Konten werden hier nicht per E-Mail bestätigt; diesen Bestätigungslink gibt es nicht.',
  inputFileMissing: 'Die Datei ist nicht (mehr) vorhanden.',
  inputMalformedValue: 'Ein Wert in der Anfrage hat nicht das erwartete Format.',
  inputMissingRelation: 'Ein verknüpftes Dokument existiert nicht.',
  expectedInteger: 'eine ganze Zahl',
  expectedPositiveInteger: 'eine ganze Zahl ab 1',
  expectedNonNegativeInteger: 'eine ganze Zahl ab 0',
  expectedNumber: 'eine Zahl',
  expectedDate: 'ein Datum (ISO 8601, z. B. 2026-11-26T12:00:00Z)',
  expectedBoolean: '„true“ oder „false“',
  expectedID: 'eine Dokument-ID (ganze Zahl)',
  expectedRelation: 'eine Dokument-ID (bei Mehrfachauswahl eine Liste davon)',
  expectedOneOf: 'einer von: {{values}}',

  // Admin server functions refused, as toasts (plugins/admin-guard/serverFunctions.ts)
  serverFunctionUnknown: 'Unbekannte Serverfunktion.',
  serverFunctionNoSchedule: 'Nur wer veröffentlichen darf, plant Veröffentlichungen.',
  serverFunctionNoSuchTarget: 'Diese Sammlung gibt es nicht.',
  serverFunctionGone: 'Dieses Dokument gibt es nicht (mehr).',
  serverFunctionBadArgument:
    'Ungültige Angabe „{{argument}}“ für die Serverfunktion „{{name}}“. Bitte neu laden.',
  serverFunctionFailed: 'Die Aktion ist fehlgeschlagen. Bitte neu laden.',

  // Pre-access links (plugins/press-preview/endpoints.ts)
  pressPreviewLinkInvalid:
    'Dieser Link ist nicht (mehr) gültig. Bitte wenden Sie sich an die Pressestelle.',
  pressPreviewRevokeOnlyPress: 'Nur die Pressestelle darf Vorab-Links widerrufen.',
  pressPreviewUnknownRelease: 'Unbekannte Pressemitteilung.',
  pressPreviewRevoked: '{{revoked}} Vorab-Links widerrufen.',

  // Press kit: the ZIP's answer and its Bildnachweis.txt, always in both languages
  // (plugins/press-kit/endpoint.ts, credits.ts)
  pressKitNotFound: 'Pressemitteilung nicht gefunden. Bitte Adresse prüfen.',
  creditsTitle: 'Bildnachweis',
  creditsTerms:
    'Die Fotos dürfen nur mit der angegebenen Urhebernennung (§ 13 UrhG) und im Rahmen der Lizenz verwendet werden.',
  creditsWithdrawn: 'zurückgezogen',
  creditsWithdrawnNote: 'Dieses Foto wurde zurückgezogen und ist nicht Teil der Pressemappe.',
  creditsFileMissing: 'Datei nicht verfügbar',
  creditsCaption: 'Bildunterschrift',
  creditsCredit: 'Foto',
  creditsCopyrightHolder: 'Rechteinhaber',
  creditsLicence: 'Lizenz',
  creditsLicenceNote: 'Lizenzhinweis',
  creditsSize: 'Größe',
  creditsNoPhotos: 'Keine Fotos',

  // Webhooks (plugins/webhooks/rotate.ts, send.ts)
  webhookRotateOnlyAdmins: 'Nur die Administration darf Webhook-Schlüssel erneuern.',
  webhookNotFound: 'Diesen Webhook gibt es nicht.',
  webhookNoAnswer: 'Keine Antwort binnen {{ms}} ms',

  // Search (plugins/search/index.ts, params.ts)
  searchDatabaseUnavailable: 'Die Datenbank ist gerade nicht erreichbar.',
  searchQueryMissing: 'Bitte einen Suchbegriff im Parameter „q“ angeben.',
  searchQueryTooLong: 'Der Suchbegriff ist zu lang (höchstens {{max}} Zeichen).',
  searchQueryNul: 'Der Suchbegriff enthält ein NUL-Zeichen.',
  searchUnknownLocale: 'Unbekannte Sprache „{{locale}}“: erlaubt sind de und en.',
  searchUnknownType: 'Unbekannter Typ „{{type}}“: erlaubt sind {{types}}.',
  searchBadLimit: '„limit“ muss eine ganze Zahl von 1 bis {{max}} sein.',

  // Press list sends and press photos (plugins/press-distribution/tasks.ts,
  // plugins/press-photos/ingest.ts, importFolder.ts)
  distributionReleaseGone: 'Die Pressemitteilung gibt es nicht mehr.',
  photoCreditOneAtATime: 'Urheber/in und Rechteinhaber können nur einzeln geändert werden.',
  photoImportEventNotFound: 'Veranstaltung „{{event}}“ nicht gefunden.',

  // Refused image uploads (src/lib/images/errors.ts)
  imageEmpty:
    'Die Datei ist leer (0 Byte). Bitte wählen Sie die Bilddatei erneut aus und laden Sie sie noch einmal hoch.',
  imageCorrupt:
    'Die Bilddatei ist beschädigt oder unvollständig übertragen. Bitte öffnen Sie sie einmal in einem Bildprogramm, speichern Sie sie neu und laden Sie sie erneut hoch.',
  imageTooManyBytes:
    'Die Datei ist zu groß ({{megabytes}} MB, erlaubt sind höchstens {{maxMegabytes}} MB). Bitte exportieren Sie das Bild kleiner oder mit stärkerer Kompression.',
  imageTooManyPixels:
    'Das Bild hat zu viele Pixel ({{width}} × {{height}} = {{megapixels}} Megapixel, erlaubt sind höchstens {{maxMegapixels}}). Bitte verkleinern Sie das Bild, z. B. auf höchstens 8000 Pixel Kantenlänge.',
  imageUnsupportedType:
    'Die Datei ist keine unterstützte Bilddatei (erkannt: {{detected}}). Bitte laden Sie JPEG, PNG, WebP, AVIF oder HEIC hoch.',
  imageUnknownFormat: 'unbekanntes Format',
  imageHeicNotDecodable:
    'HEIC/HEIF-Bilder (z. B. vom iPhone) kann dieser Server leider nicht lesen. Bitte stellen Sie am iPhone „Einstellungen › Kamera › Formate › Maximale Kompatibilität“ ein oder exportieren Sie das Foto als JPEG und laden Sie es erneut hoch.',
  imageUnusableDimensions:
    'Das Bild ({{width}} × {{height}} Pixel) ist als Foto nicht verwendbar: Jede Seite muss mindestens {{minEdge}} Pixel lang sein und das Seitenverhältnis darf höchstens {{maxAspect}}:1 betragen. Bitte laden Sie eine größere oder weniger extrem beschnittene Fassung hoch.',

  // Rate limits, the 429 answer (src/lib/rateLimits/answer.ts)
  rateLimitReads:
    'Zu viele Anfragen von dieser Adresse. Bitte in {{seconds}} Sekunden erneut versuchen.',
  rateLimitSearch:
    'Zu viele Suchanfragen von dieser Adresse. Bitte in {{seconds}} Sekunden erneut versuchen.',
  rateLimitSignups:
    'Zu viele Anmeldungen von dieser Adresse. Bitte in {{seconds}} Sekunden erneut versuchen.',
  rateLimitLogins:
    'Zu viele Anmeldeversuche für dieses Konto von dieser Adresse. Bitte in {{seconds}} Sekunden erneut versuchen.',
  rateLimitPasswordResets:
    'Zu viele Anfragen zum Zurücksetzen des Passworts von dieser Adresse. Bitte in {{seconds}} Sekunden erneut versuchen.',

  // Press list sign-up, confirmation and unsubscribe pages (src/endpoints/pressContacts)
  pressListHeading: 'Presseverteiler',
  pressListSignupNotObject: 'Bitte die Anmeldung als JSON-Objekt senden.',
  pressListSignupEmail: 'Bitte eine gültige E-Mail-Adresse angeben (Feld „email“).',
  pressListSignupName: 'Bitte Ihren Namen angeben (Feld „name“, höchstens 200 Zeichen).',
  pressListSignupOutlet: 'Das Medium (Feld „outlet“) muss ein Text mit höchstens 200 Zeichen sein.',
  pressListSignupLanguage: 'Die Sprache (Feld „language“) ist „de“ oder „en“.',
  pressListSignupTopics: 'Themen (Feld „topics“) sind eine Liste aus: {{allowed}}.',
  pressListSignupAccepted:
    'Danke! Falls die Adresse noch nicht bestätigt ist, kommt gleich eine Mail mit einem Bestätigungslink.',
  pressListConfirmed:
    'Danke, Ihre Anmeldung ist bestätigt. Sie erhalten ab jetzt die Pressemitteilungen des Kreative Klasse e.V.; jede Mail enthält einen Link zum Abmelden.',
  pressListConfirmUnknown:
    'Dieser Bestätigungslink ist ungültig oder wurde durch einen neueren ersetzt. Bitte die neueste Mail verwenden oder sich erneut anmelden.',
  pressListConfirmExpired:
    'Dieser Bestätigungslink ist abgelaufen. Bitte melden Sie sich erneut an; Sie erhalten dann einen neuen Link.',
  pressListUnsubscribeInvalid:
    'Dieser Abmeldelink ist ungültig. Bitte den Link aus einer unserer Mails vollständig verwenden oder an presse@kreativeklasse.ruhr schreiben.',
  pressListUnsubscribeAsk:
    'Möchten Sie sich vom Presseverteiler des Kreative Klasse e.V. abmelden?',
  pressListUnsubscribeButton: 'Abmelden',
  pressListUnsubscribed: 'Sie sind abgemeldet und erhalten keine Pressemitteilungen mehr von uns.',

  // Public read endpoints: JSON-LD, calendar files, feeds, live preview (plugins/structured-data/
  // respond.ts, calendar/endpoints.ts, feeds/query.ts, live-preview/endpoint.ts)
  jsonLdNotFound:
    'Nicht gefunden: Dieses Dokument gibt es nicht oder es ist (noch) nicht öffentlich.',
  jsonLdBadID: 'Nicht gefunden: IDs sind ganze Zahlen, z. B. /api/press-releases/12/jsonld.',
  jsonLdBadSlug: 'Nicht gefunden: Ein Slug besteht aus Kleinbuchstaben, Ziffern und Bindestrichen.',
  jsonLdBadLocale: 'Unbekannte Sprache im Parameter „locale“: erlaubt sind {{codes}}.',
  calendarUnknownLocale: 'Unbekannte Sprache „{{locale}}“ für locale: möglich sind {{locales}}.',
  calendarUnknownKind:
    'Unbekannte Veranstaltungsart für kind: {{kinds}}. Möglich sind {{known}}, mehrere durch Komma getrennt.',
  calendarEmptyValue: '(leer)',
  calendarEventNotFound: 'Diese Veranstaltung gibt es nicht.',
  feedParamsOnce: 'Bitte „locale“ und „tag“ höchstens einmal und als Text angeben.',
  feedUnknownLocale: 'Unbekannte Sprache „{{locale}}“: erlaubt sind {{locales}}.',
  feedTagTooLong: 'Das Schlagwort ist zu lang (höchstens {{max}} Zeichen).',
  feedTagControl: 'Das Schlagwort enthält Steuerzeichen.',
  livePreviewLogin: 'Bitte im Admin anmelden, um die Vorschau zu sehen.',
  livePreviewStaffOnly: 'Die Vorschau ist nur für die Redaktion.',
  livePreviewNotFound: 'Dokument nicht gefunden.',

  // Requests refused before Payload, database outages, webhook addresses (src/lib/http/reject.ts,
  // ssrf.ts, src/lib/database/resilience.ts)
  requestTooLarge:
    'Der Inhalt der Anfrage ist zu groß (höchstens {{limit}}). Große Dateien bitte als Datei hochladen.',
  requestMalformedJson: 'Der Inhalt der Anfrage ist kein gültiges JSON. Bitte die Syntax prüfen.',
  requestNulCharacter:
    'Der Inhalt der Anfrage enthält ein NUL-Zeichen (\\u0000); solche Texte können nicht gespeichert werden.',
  requestEmptyBody: 'Der Inhalt der Anfrage ist leer. Bitte die Daten als JSON-Objekt senden.',
  requestJsonNotObject:
    'Der Inhalt der Anfrage muss ein JSON-Objekt sein ({ … }), keine Liste und kein einzelner Wert.',
  requestTooDeep: 'Der JSON-Inhalt ist zu tief verschachtelt (höchstens {{depth}} Ebenen).',
  requestUnsupportedType:
    'Dieser Inhaltstyp wird hier nicht angenommen. Bitte mit Content-Type {{accepted}} senden.',
  requestOr: 'oder',
  requestMalformedMultipart:
    'Das Formular (multipart/form-data) ist unvollständig oder seine Boundary stimmt nicht. Bitte erneut senden.',
  requestMalformedPayloadField: 'Das Formularfeld „_payload“ muss ein JSON-Objekt enthalten.',
  graphqlQueryMissing: 'Die GraphQL-Anfrage braucht ein Feld „query“ mit der Abfrage als Text.',
  graphqlVariables: 'Die GraphQL-Variablen („variables“) müssen ein JSON-Objekt sein.',
  graphqlOperationName: 'Der GraphQL-Operationsname („operationName“) muss ein Text sein.',
  databaseTimeout:
    'Die Datenbankabfrage hat zu lange gedauert und wurde abgebrochen. Bitte gleich erneut versuchen.',
  databaseUnavailable:
    'Die Datenbank ist gerade nicht erreichbar. Bitte in einigen Sekunden erneut versuchen.',
  webhookURLInternal:
    '{{host}} zeigt auf eine interne Adresse ({{address}}); Webhooks dürfen nur öffentliche Adressen erreichen.',
  webhookURLInvalid: 'Das ist keine gültige Adresse (URL).',
  webhookURLScheme: 'Nur https://-Adressen sind erlaubt.',
  webhookURLProductionHttps: 'Im Produktivbetrieb sind nur https://-Adressen erlaubt.',
  webhookURLCredentials: 'Die Adresse darf keine Zugangsdaten (user:pass@) enthalten.',
  webhookURLNoAddress: '{{host}} hat keine Adresse.',

  // Links in rich text and recurrence rules of events (src/lib/safeUrl.ts, src/lib/recurrence.ts)
  linkUnsafe:
    'Nur Links mit https://, http://, mailto:, tel: oder auf eigene Seiten (/…) sind erlaubt; eigene Seiten ohne Backslash, Leer- oder Steuerzeichen.',
  recurrenceInvalid:
    'Keine gültige Wiederholungsregel (RFC 5545), z. B. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2.',
  recurrenceField: 'Wiederholung › Regel (RRULE)',
  recurrenceTooLong: 'höchstens {{max}} Zeichen.',
  recurrenceTooFrequent:
    'FREQ={{freq}} ist nicht möglich; Termine wiederholen sich höchstens täglich (FREQ=DAILY, WEEKLY, MONTHLY oder YEARLY).',
  recurrenceOneValue:
    '{{part}} darf nur einen Wert haben (eine Uhrzeit pro Tag, die übrigen Termine als eigene Veranstaltung).',
  recurrenceByEaster: 'BYEASTER gehört nicht zu RFC 5545.',
  recurrenceCount: 'COUNT muss zwischen 1 und {{max}} liegen.',
  recurrenceInterval: 'INTERVAL muss zwischen 1 und {{max}} liegen.',
}

export type MessageKey = keyof typeof de

export const en: Record<MessageKey, string> = {
  yes: 'yes',
  no: 'no',
  timeCaption: 'Time',
  embargoUntil: 'Embargo until',
  dateHintDayAndTime: 'DD.MM.YYYY HH:MM',
  dateHintDayOnly: 'DD.MM.YYYY',
  dateHintMonthOnly: 'MM.YYYY',
  invalidDate:
    '"{{text}}" is not a valid date and was not taken over. Please enter {{hint}}, e.g. {{example}} (Berlin time).',

  workflowSubmitted: 'Awaiting approval',
  workflowReturned: 'Returned',
  workflowEmbargoed: 'Embargo',
  workflowPublished: 'Published',
  workflowDraft: 'Draft',
  embargoStatusPublished: 'Published, but invisible to the public until the embargo ends.',
  embargoStatusDraft: 'Once published, it becomes public only when the embargo ends.',
  reviewOnlyPressReturns: 'Only the press office can return a release.',
  reviewCommentMissing: 'Please say in the comment what needs doing before publication.',

  requiredInGerman: 'Required (in German).',
  embargoInPast: 'The embargo must be a future time. Clear the field to publish now.',
  endBeforeStart: 'The end is before the start. Please choose an end after the start.',
  projectCycle: 'A page cannot sit below itself or its own subpages (at most {{max}} levels).',
  legalBasisMissing: 'Please give the legal basis on which the press office adds this contact.',
  slugExhausted: 'No free slug left for "{{base}}". Please enter another slug.',
  slugMissing: 'Please enter a title or a slug.',
  videoURL:
    "Only YouTube or Vimeo videos (https) can be embedded. Please copy the video's address there.",
  photoCreditMissing: 'Please name the photographer.',
  photoReplaceOneAtATime:
    'Files can only be replaced one at a time. Please open each photo on its own.',
  webhookURLMissing: "Please give the receiver's address.",

  addBlock: 'Add block',
  bulkUploadSaved: '{{count}} files saved.',
  bulkUploadFailed: '{{count}} files could not be saved.',
  scheduleAllLocales: 'All languages',

  dashboardHeading: 'Your next steps',
  dashboardEmbargoed: 'Under embargo',
  dashboardEmbargoedEmpty: 'No release under embargo.',
  dashboardEmbargoedNext: 'All releases under embargo',
  dashboardScheduled: 'Scheduled publications',
  dashboardScheduledEmpty: 'Nothing scheduled.',
  dashboardScheduledPublish: 'Publication on',
  dashboardScheduledUnpublish: 'Unpublishing on',
  dashboardSubmitted: 'Submitted for approval',
  dashboardSubmittedEmpty: 'Nothing awaits approval.',
  dashboardSubmittedNext: 'Review submitted drafts',
  dashboardSubmittedAt: 'submitted on',
  dashboardSends: 'Sends to the press list (7 days)',
  dashboardSendsEmpty: 'Nothing sent in the last seven days.',
  dashboardSendsNext: 'All sends',
  dashboardRecipients: 'recipients',
  dashboardSendQueued: 'queued',
  dashboardSendSending: 'sending',
  dashboardSendDone: 'sent',
  dashboardWebhookFailures: 'Failed webhook deliveries (7 days)',
  dashboardWebhookNext: 'Open the delivery log',
  dashboardPhotos: 'Photos with missing details',
  dashboardPhotosEmpty: 'All photos have a credit and a legal basis.',
  dashboardPhotosNext: 'Open the photos',
  dashboardPhotoCredit: 'credit missing',
  dashboardPhotoLegalBasis: 'people shown, no legal basis',
  dashboardPhotoConsent: "member's consent missing",
  dashboardOwnReleases: 'My submitted releases',
  dashboardOwnReleasesEmpty:
    'No release in review. Draft ready? Choose "Submit to the press office".',
  dashboardOwnReleasesNext: 'Write a new press release',
  dashboardReturned: 'Returned',
  dashboardWaiting: 'Waiting for the press office',
  dashboardPortrait: 'My portrait',
  dashboardPortraitNext: 'Edit my portrait',
  dashboardPortraitPublic: 'Visible to the public.',
  dashboardPortraitHidden: 'Not public: consent to publication is still missing.',
  dashboardPortraitMissing:
    'No portrait is linked to your account yet. Please contact the editorial team.',

  inputInvalidID: 'No document with the ID "{{id}}" found (IDs are whole numbers).',
  inputNotFound: 'Not found.',
  inputRemoteFile: 'Please upload the file: the server does not fetch files from addresses (url).',
  inputForbidden: 'You are not allowed to do this.',
  inputNotQueryable: 'This field cannot be queried: {{paths}}.',
  inputInvalidFields: 'Invalid input in: {{paths}}.',
  inputOperatorNotFor:
    'The operator "{{operator}}" does not fit the field "{{path}}" (type {{type}}).',
  inputBadValue: 'The value "{{value}}" for "{{path}}" is invalid: expected {{expected}}.',
  inputNulByte: 'The request contains a NUL character (code 0) in {{where}}.',
  inputWhereTooDeep: 'The query is nested too deeply (at most {{max}} levels of and/or).',
  inputWhereTooLarge: 'The query has too many conditions (at most {{max}}).',
  inputBadParameter: 'The parameter "{{name}}={{value}}" is invalid: expected {{expected}}.',
  inputUnknownField: '"{{name}}" names an unknown field: {{path}}.',
  inputMissingDocument: '{{path}}: The linked document {{id}} does not exist.',
  inputUnknownBlock: '{{path}}: Unknown block type "{{blockType}}" (allowed: {{allowed}}).',
  inputNoVersions: 'No versions are kept for this content.',
  inputNoVerification:
    'Accounts are not verified by e-mail here; this verification link does not exist.',
  inputFileMissing: 'The file does not exist (any more).',
  inputMalformedValue: 'A value in the request does not have the expected format.',
  inputMissingRelation: 'A linked document does not exist.',
  expectedInteger: 'a whole number',
  expectedPositiveInteger: 'a whole number from 1',
  expectedNonNegativeInteger: 'a whole number from 0',
  expectedNumber: 'a number',
  expectedDate: 'a date (ISO 8601, e.g. 2026-11-26T12:00:00Z)',
  expectedBoolean: '"true" or "false"',
  expectedID: 'a document ID (whole number)',
  expectedRelation: 'a document ID (a list of them where several are allowed)',
  expectedOneOf: 'one of: {{values}}',

  serverFunctionUnknown: 'Unknown server function.',
  serverFunctionNoSchedule: 'Only those who may publish can schedule publishing.',
  serverFunctionNoSuchTarget: 'No such collection or global.',
  serverFunctionGone: 'This document does not exist (any more).',
  serverFunctionBadArgument:
    'Invalid argument "{{argument}}" for the server function "{{name}}". Please reload.',
  serverFunctionFailed: 'The action failed. Please reload.',

  pressPreviewLinkInvalid:
    'This link is not (or no longer) valid. Please contact the press office.',
  pressPreviewRevokeOnlyPress: 'Only the press office may revoke pre-access links.',
  pressPreviewUnknownRelease: 'Unknown press release.',
  pressPreviewRevoked: '{{revoked}} pre-access links revoked.',

  pressKitNotFound: 'Press release not found. Please check the address.',
  creditsTitle: 'Photo credits',
  creditsTerms:
    'Use the photos only with the credit given (§ 13 German Copyright Act) and within their licence.',
  creditsWithdrawn: 'withdrawn',
  creditsWithdrawnNote: 'This photo has been withdrawn and is not part of the press kit.',
  creditsFileMissing: 'file not available',
  creditsCaption: 'Caption',
  creditsCredit: 'Credit',
  creditsCopyrightHolder: 'Copyright holder',
  creditsLicence: 'Licence',
  creditsLicenceNote: 'Licence note',
  creditsSize: 'Size',
  creditsNoPhotos: 'No photos',

  webhookRotateOnlyAdmins: 'Only administrators may rotate webhook secrets.',
  webhookNotFound: 'This webhook does not exist.',
  webhookNoAnswer: 'No answer within {{ms}} ms',

  searchDatabaseUnavailable: 'The database is unavailable.',
  searchQueryMissing: 'Please give a search term in the "q" parameter.',
  searchQueryTooLong: 'The search term is too long (at most {{max}} characters).',
  searchQueryNul: 'The search term contains a NUL character.',
  searchUnknownLocale: 'Unknown locale "{{locale}}": use de or en.',
  searchUnknownType: 'Unknown type "{{type}}": use {{types}}.',
  searchBadLimit: '"limit" must be a whole number from 1 to {{max}}.',

  distributionReleaseGone: 'The press release no longer exists.',
  photoCreditOneAtATime: 'Credit and copyright holder can only be changed one photo at a time.',
  photoImportEventNotFound: 'Event "{{event}}" not found.',

  imageEmpty: 'The file is empty (0 bytes). Please select the image file again and re-upload it.',
  imageCorrupt:
    'The image file is corrupt or was not transferred completely. Please open it in an image editor, save it again and re-upload it.',
  imageTooManyBytes:
    'The file is too large ({{megabytes}} MB, the maximum is {{maxMegabytes}} MB). Please export the image smaller or with stronger compression.',
  imageTooManyPixels:
    'The image has too many pixels ({{width}} × {{height}} = {{megapixels}} megapixels, the maximum is {{maxMegapixels}}). Please scale it down, e.g. to at most 8000 pixels on the long side.',
  imageUnsupportedType:
    'The file is not a supported image (detected: {{detected}}). Please upload JPEG, PNG, WebP, AVIF or HEIC.',
  imageUnknownFormat: 'unknown format',
  imageHeicNotDecodable:
    'This server cannot read HEIC/HEIF images (e.g. from an iPhone). Please set "Settings › Camera › Formats › Most Compatible" on the iPhone or export the photo as JPEG and upload it again.',
  imageUnusableDimensions:
    'The image ({{width}} × {{height}} pixels) cannot be used as a photo: each side must be at least {{minEdge}} pixels and the aspect ratio at most {{maxAspect}}:1. Please upload a larger or less extremely cropped version.',

  rateLimitReads: 'Too many requests from this address. Please try again in {{seconds}} seconds.',
  rateLimitSearch: 'Too many searches from this address. Please try again in {{seconds}} seconds.',
  rateLimitSignups: 'Too many sign-ups from this address. Please try again in {{seconds}} seconds.',
  rateLimitLogins:
    'Too many login attempts for this account from this address. Please try again in {{seconds}} seconds.',
  rateLimitPasswordResets:
    'Too many password reset requests from this address. Please try again in {{seconds}} seconds.',

  pressListHeading: 'Press list',
  pressListSignupNotObject: 'Please send the sign-up as a JSON object.',
  pressListSignupEmail: 'Please give a valid e-mail address (field "email").',
  pressListSignupName: 'Please give your name (field "name", at most 200 characters).',
  pressListSignupOutlet: 'The outlet (field "outlet") must be text of at most 200 characters.',
  pressListSignupLanguage: 'The language (field "language") is "de" or "en".',
  pressListSignupTopics: 'Topics (field "topics") are a list of: {{allowed}}.',
  pressListSignupAccepted:
    'Thank you! Unless the address is already confirmed, a mail with a confirmation link is on its way.',
  pressListConfirmed:
    'Thank you, your sign-up is confirmed. From now on you will receive the press releases of Kreative Klasse e.V.; every mail contains a link to unsubscribe.',
  pressListConfirmUnknown:
    'This confirmation link is invalid or was replaced by a newer one. Please use the newest mail or sign up again.',
  pressListConfirmExpired:
    'This confirmation link has expired. Please sign up again; you will then receive a new link.',
  pressListUnsubscribeInvalid:
    'This unsubscribe link is invalid. Please use the complete link from one of our mails or write to presse@kreativeklasse.ruhr.',
  pressListUnsubscribeAsk: 'Do you want to leave the press list of Kreative Klasse e.V.?',
  pressListUnsubscribeButton: 'Unsubscribe',
  pressListUnsubscribed: 'You are unsubscribed and will receive no more press releases from us.',

  jsonLdNotFound: 'Not found: this document does not exist or is not public (yet).',
  jsonLdBadID: 'Not found: IDs are whole numbers, e.g. /api/press-releases/12/jsonld.',
  jsonLdBadSlug: 'Not found: a slug consists of lower-case letters, digits and hyphens.',
  jsonLdBadLocale: 'Unknown language in the parameter "locale": allowed are {{codes}}.',
  calendarUnknownLocale: 'Unknown language "{{locale}}" for locale: use one of {{locales}}.',
  calendarUnknownKind:
    'Unknown event kind for kind: {{kinds}}. Use {{known}}, several separated by commas.',
  calendarEmptyValue: '(empty)',
  calendarEventNotFound: 'This event does not exist.',
  feedParamsOnce: 'Please give "locale" and "tag" at most once, as text.',
  feedUnknownLocale: 'Unknown locale "{{locale}}": use one of {{locales}}.',
  feedTagTooLong: 'The tag is too long (at most {{max}} characters).',
  feedTagControl: 'The tag contains control characters.',
  livePreviewLogin: 'Please log in to the admin to see the preview.',
  livePreviewStaffOnly: 'The preview is for staff only.',
  livePreviewNotFound: 'Document not found.',

  requestTooLarge:
    'The request body is too large (at most {{limit}}). Please send large files as an upload.',
  requestMalformedJson: 'The request body is not valid JSON. Please check its syntax.',
  requestNulCharacter:
    'The request body contains a NUL character (\\u0000); such text cannot be stored.',
  requestEmptyBody: 'The request body is empty. Please send the data as a JSON object.',
  requestJsonNotObject:
    'The request body must be a JSON object ({ … }), not an array or a single value.',
  requestTooDeep: 'The JSON body is nested too deeply (at most {{depth}} levels).',
  requestUnsupportedType:
    'This content type is not accepted here. Please send it with Content-Type {{accepted}}.',
  requestOr: 'or',
  requestMalformedMultipart:
    'The form (multipart/form-data) is incomplete or its boundary does not match. Please send it again.',
  requestMalformedPayloadField: 'The form field "_payload" must contain a JSON object.',
  graphqlQueryMissing: 'The GraphQL request needs a "query" field holding the query as a string.',
  graphqlVariables: 'The GraphQL variables ("variables") must be a JSON object.',
  graphqlOperationName: 'The GraphQL operation name ("operationName") must be a string.',
  databaseTimeout: 'The database query took too long and was cancelled. Please try again shortly.',
  databaseUnavailable:
    'The database is not reachable right now. Please try again in a few seconds.',
  webhookURLInternal:
    '{{host}} points to an internal address ({{address}}); webhooks may only reach public addresses.',
  webhookURLInvalid: 'This is not a valid address (URL).',
  webhookURLScheme: 'Only https:// addresses are allowed.',
  webhookURLProductionHttps: 'In production only https:// addresses are allowed.',
  webhookURLCredentials: 'The address must not contain credentials (user:pass@).',
  webhookURLNoAddress: '{{host}} has no address.',

  linkUnsafe:
    'Only https://, http://, mailto:, tel: or site-relative (/…) links are allowed; site-relative links without backslashes, spaces or control characters.',
  recurrenceInvalid:
    'Not a valid recurrence rule (RFC 5545), e.g. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2.',
  recurrenceField: 'Recurrence › Rule (RRULE)',
  recurrenceTooLong: 'at most {{max}} characters.',
  recurrenceTooFrequent:
    'FREQ={{freq}} is not possible; events repeat at most daily (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY).',
  recurrenceOneValue:
    '{{part}} may have only one value (one time a day; make further times a separate event).',
  recurrenceByEaster: 'BYEASTER is not part of RFC 5545.',
  recurrenceCount: 'COUNT must be between 1 and {{max}}.',
  recurrenceInterval: 'INTERVAL must be between 1 and {{max}}.',
}
