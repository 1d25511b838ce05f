/**
 * The checklist: its items ({@link vn.minhbach.check.Catalogue}, {@link vn.minhbach.check.Item}), the rule of
 * each kind (publications, legal documents, procedures, Q&amp;A, hotline, response time...) and their
 * evaluation against the sites of an audit ({@link vn.minhbach.check.Checklist}, {@link vn.minhbach.check.SiteView})
 * into {@link vn.minhbach.model.Finding}s with their evidence and trace.
 *
 * <p>The rules read the facts of pages as {@code extract} found them, never a page's HTML, the network or a
 * clock of their own: the audit date is passed in. This package may import {@code extract}, {@code document}
 * (the facts of a read document), {@code model}, {@code text}, {@code config} and {@code html}; never
 * {@code crawl}, {@code render}, {@code store}, {@code evidence}, {@code report}, {@code mail} or {@code audit}
 * ({@code ArchitectureTest}).
 */
package vn.minhbach.check;
