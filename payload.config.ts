import { postgresAdapter } from '@payloadcms/db-postgres'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { photoPublicFrom } from './collections/hooks/photoPublicFrom'
import { Members } from './collections/Members'
import { Photos } from './collections/Photos'
import { PressReleases } from './collections/PressReleases'
import { Projects } from './collections/Projects'
import { EVENT_LIST, PROJECT_LIST, RELEASE_LIST } from './collections/shapes'
import { Users } from './collections/Users'
import { Venues } from './collections/Venues'
import { Association } from './globals/Association'
import { migrations } from './migrations'
import { adminForms } from './plugins/admin-forms'
import { adminGuard } from './plugins/admin-guard'
import { calendar } from './plugins/calendar'
import { databaseOutage } from './plugins/database-outage'
import { feeds } from './plugins/feeds'
import { hiddenRelations } from './plugins/hidden-relations'
import { inputGuard } from './plugins/input-guard'
import { listShape } from './plugins/list-shape'
import { livePreview } from './plugins/live-preview'
import { pressDistribution } from './plugins/press-distribution'
import { pressKit, streamPressKit } from './plugins/press-kit'
import { pressList } from './plugins/press-list'
import { fileStorage, pressPhotos } from './plugins/press-photos'
import { createPreviewLink, pressPreview } from './plugins/press-preview'
import { publicListLimit } from './plugins/public-list-limit'
import { responseCache } from './plugins/response-cache'
import { richTextHTML } from './plugins/rich-text-html'
import { search } from './plugins/search'
import { searchSchema } from './plugins/search/schema'
import { structuredData } from './plugins/structured-data'
import { webhooks } from './plugins/webhooks'
import { healthEndpoint } from './src/endpoints/health'
import { DISCIPLINES } from './src/fields/options'
import { pressEditor } from './src/fields/richText'
import { translations } from './src/i18n'
import { jobsConfig } from './src/jobs'
import { ABANDONED_DRAFTS_TASK } from './src/jobs/abandonedDrafts'
import { BERLIN_TIMEZONE } from './src/lib/berlin'
import { readPathIndexes } from './src/lib/database/indexes'
import { guardPoolErrors, poolOptions, slowStatementOptions } from './src/lib/database/resilience'
import { pgWithSlowStatementGuard } from './src/lib/database/slowStatements'
import {
  allowedOrigins,
  databaseReadURIs,
  databaseURI,
  env,
  payloadSecret,
  serverURL,
} from './src/lib/env'
import { REQUEST_REJECTED } from './src/lib/http/reject'
import { exclusiveJobClaims } from './src/lib/jobs/exclusiveClaims'
import { payloadLogger } from './src/lib/logging'
import { emailAdapter } from './src/lib/mail/transport'
import { deliverToPressContact, pressListRecipients } from './src/lib/pressList/distribution'
import { openAPI } from './src/openapi'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's dev-time version check refuses any @payloadcms package off its own version, but the
// official email-nodemailer adapter is published only at 3.90.1; npm `overrides` map its `payload`
// to ours, so exactly one copy exists (tests/foundation/stack.test.ts checks that with `npm ls`).
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
const origins = allowedOrigins()

export default buildConfig({
  serverURL: serverURL(),
  secret: payloadSecret(),
  cors: origins,
  csrf: origins,
  telemetry: false,
  // Wrong passwords and locked accounts are worth watching, but they are not server errors; a
  // client's mistake (a refused request, a missing login, a bad query) is logged as info. Payload
  // types the keys as its own error names, but looks up any `error.name`.
  loggingLevels: {
    AuthenticationError: 'warn',
    LockedAuth: 'warn',
    UnauthorizedError: 'info',
    UnverifiedEmail: 'info',
    QueryError: 'info',
    [REQUEST_REJECTED]: 'info',
  } as Config['loggingLevels'],
  // GraphQL errors all carry one name; the logger tells a client's 4xx from a 5xx (src/lib/logging.ts).
  logger: payloadLogger(),
  defaultDepth: 1,
  maxDepth: 3,

  admin: {
    user: Users.slug,
    // Gravatar would send a hash of every editor's e-mail address to a third party.
    avatar: 'default',
    dateFormat: 'dd.MM.yyyy HH:mm',
    // The scheduling drawer ("Veröffentlichung planen") offered no zone and stored none: a time
    // picked there now means Essen's time wherever the editor's browser is.
    timezones: BERLIN_TIMEZONE,
    importMap: { baseDir: path.resolve(dirname) },
    // What each role has to do next, above the collection cards (src/components/dashboard).
    components: {
      beforeDashboard: ['/src/components/dashboard/RoleDashboard#RoleDashboard'],
      // The few texts Payload writes in English only, in the admin language (see the file).
      providers: ['/src/components/UntranslatedPayloadTexts#UntranslatedPayloadTexts'],
    },
    meta: {
      titleSuffix: ' – Kreative Klasse e.V.',
      description:
        'Redaktionssystem des Kreative Klasse e.V., Berufsverband der Kreativschaffenden im Ruhrgebiet',
    },
  },

  i18n: {
    fallbackLanguage: 'de',
    supportedLanguages: { de, en },
    // Our own words (src/i18n), namespace `kk`: `req.t('kk:…')` and `useTranslation().t('kk:…')`.
    translations,
  },

  graphQL: {
    maxComplexity: 500,
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
  },

  db: postgresAdapter({
    pool: poolOptions(databaseURI()),
    pg: pgWithSlowStatementGuard(slowStatementOptions()),
    // Reads may go to replicas (README "Betrieb auf mehreren Servern"); the same pool limits apply.
    readReplicas: databaseReadURIs(),
    // Only dev and tests push; every migrated database is changed by migrations alone.
    push: !env.isProduction() && process.env.PAYLOAD_DB_PUSH === 'true',
    migrationDir: path.resolve(dirname, 'migrations'),
    afterSchemaInit: [readPathIndexes, searchSchema],
    // The search's trigram indexes need pg_trgm; created (if missing) before push or migrations.
    extensions: ['pg_trgm'],
    prodMigrations: migrations,
  }),
  editor: pressEditor,
  sharp,
  // SMTP from the environment; production refuses to start without it (src/lib/env.ts).
  email: emailAdapter(),

  localization: {
    locales: [
      { code: 'de', label: 'Deutsch' },
      { code: 'en', label: 'English', fallbackLocale: 'de' },
    ],
    defaultLocale: 'de',
    fallback: true,
  },

  collections: [PressReleases, Members, Photos, Documents, Projects, Events, Venues, Users],
  globals: [Association],
  jobs: jobsConfig,
  // Removing never-published drafts changes no public answer (plugins/response-cache).
  custom: { tasksWithoutPublicEffect: [ABANDONED_DRAFTS_TASK] },
  endpoints: [healthEndpoint],
  plugins: [
    // First: the plugins after it extend every collection, the press list's included.
    pressList(),
    webhooks(),
    databaseOutage(),
    calendar(),
    publicListLimit(),
    richTextHTML(),
    hiddenRelations(),
    pressPhotos({ collection: 'photos', publicFrom: photoPublicFrom }),
    // Documents (PDFs) on the photos' bucket when S3_BUCKET is set; before inputGuard, which reads disableLocalStorage.
    fileStorage({ collections: ['documents'] }),
    pressPreview({ pressKit: streamPressKit }),
    pressDistribution({
      topics: DISCIPLINES,
      recipients: pressListRecipients,
      deliver: deliverToPressContact,
      createLink: createPreviewLink,
    }),
    pressKit(),
    listShape({
      collections: { 'press-releases': RELEASE_LIST, events: EVENT_LIST, projects: PROJECT_LIST },
    }),
    adminGuard(),
    inputGuard(),
    structuredData(),
    // Only the translations and endpoints of the official SEO plugin: its fields sit in our own `seo`
    // group (src/fields/seo.ts), so no collection is listed and it adds no `meta` group.
    seoPlugin({}),
    livePreview(),
    feeds(),
    search(),
    openAPI(),
    responseCache(),
    // Last: it dresses every field, those the plugins above added included.
    adminForms(),
  ],

  onInit: async (payload) => {
    guardPoolErrors(payload)
    exclusiveJobClaims(payload)
  },

  typescript: {
    // Types change only through `npm run generate`, never as a side effect of booting dev or tests.
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
