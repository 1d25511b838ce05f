/**
 * Reading pages and links the same way for the crawl and for the extractors: URL normalisation and keys,
 * the name a link is known by, file links, whether a page is an application shell or builds its lists by
 * script, and a small per-thread memo of recent results.
 *
 * <p>Pure functions on URIs, strings and jsoup documents: no I/O. This package may import {@code model} only.
 */
package vn.minhbach.html;
