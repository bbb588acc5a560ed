"""The page cache: every anonymous page served from one store shared by all workers.

    keys.py          which requests are cacheable and the key of each (host, path, known query
                     parameters, language, consent variant, content version)
    entry.py         a stored response: body (plain, gzip, Brotli), headers, ETag; 304s
    store.py         the shared store (CACHES["pages"]) and the content version
    invalidation.py  purge_all(reason): a new content version and a BAN to each edge cache
    receivers.py     the signals that purge (publishing, snippets, settings, documents, ...)
    middleware.py    PageCacheMiddleware: ties it together and sets the HTTP cache headers

README "Caching" is the contract with the edge (deploy/varnish).
"""
