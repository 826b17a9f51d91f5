import type { Config, Endpoint, PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { withCustomList } from '../../src/lib/config/customLists'
import { isRefusal, parseFeedQuery, refusalResponse } from './query'
import { loadFeedSource } from './releases'
import { CONTENT_TYPES, renderFeed } from './render'
import type { FeedFormat, FeedsOptions } from './types'

export type { FeedFormat, FeedsOptions } from './types'

const FORMATS: FeedFormat[] = ['rss', 'atom', 'json']

/**
 * Press-release feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) at `/api/feeds/press-releases.<format>`:
 * the newest public releases as the anonymous reader sees them, per locale and tag. The paths are
 * appended to `custom.publicReadEndpoints`, so the request guard caches them and answers
 * ETag/If-None-Match and Last-Modified/If-Modified-Since with 304. See README.md.
 */
export const feeds =
  (options: FeedsOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const basePath = (options.basePath ?? '/feeds').replace(/\/$/, '')
    const limit = options.limit ?? 50
    const maxTagLength = options.maxTagLength ?? 100
    const pathOf = (format: FeedFormat) => `${basePath}/press-releases.${format}`

    const endpoint = (format: FeedFormat): Endpoint => ({
      path: pathOf(format),
      method: 'get',
      handler: async (req: PayloadRequest) => {
        const query = parseFeedQuery(req, maxTagLength)
        if (isRefusal(query)) return refusalResponse(req, query)
        const source = await loadFeedSource(req.payload, {
          locale: query.locale,
          tag: query.tag,
          limit,
        })
        const apiURL = `${req.payload.config.serverURL}${req.payload.config.routes.api}`
        // Built from the configured address, never from the request's Host: the answer is shared.
        const search = new URLSearchParams()
        if (query.locale !== 'de') search.set('locale', query.locale)
        if (query.tag) search.set('tag', query.tag)
        const suffix = search.size ? `?${search.toString()}` : ''
        const selfURLs = Object.fromEntries(
          FORMATS.map((each) => [each, `${apiURL}${pathOf(each)}${suffix}`]),
        ) as Record<FeedFormat, string>
        const body = renderFeed(format, source, { locale: query.locale, tag: query.tag, selfURLs })
        const headers = headersWithCors({
          headers: new Headers({
            'Content-Type': CONTENT_TYPES[format],
            'Last-Modified': source.lastModified.toUTCString(),
          }),
          req,
        })
        return new Response(body, { status: 200, headers })
      },
    })

    return {
      ...config,
      endpoints: [...(config.endpoints ?? []), ...FORMATS.map(endpoint)],
      custom: withCustomList(config.custom, 'publicReadEndpoints', FORMATS.map(pathOf)),
    }
  }
