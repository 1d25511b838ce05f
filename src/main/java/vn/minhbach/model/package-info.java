/**
 * The records an audit produces and every stage reads: the audit run and its summaries, findings, verdicts,
 * evidence, rule references, site facts, certificate checks, crawl results, what was unreached, broken links,
 * a crawled page with what its scripts do and what a browser showed of it, and a stored audit's summary.
 *
 * <p>Values only, copied defensively and never mutated. This package imports nothing of the project
 * ({@code ArchitectureTest}): every other package may depend on it.
 */
package vn.minhbach.model;
