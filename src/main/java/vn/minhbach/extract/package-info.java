/**
 * The facts of one page: {@link vn.minhbach.extract.PageFactsExtractor} reads a parsed page once into
 * {@link vn.minhbach.extract.PageFacts} (its names, dated entries, links, legal-document rows, procedures,
 * Q&amp;A pairs, contacts, footer), with the extractor of each layout and the vocabulary they look for
 * ({@link vn.minhbach.extract.Vocabulary}, {@link vn.minhbach.extract.Topic}, {@link vn.minhbach.extract.Synonyms}).
 *
 * <p>It works on a jsoup document and the strings of the config: it can be tested on HTML strings alone. It
 * knows no checklist item and no verdict. This package may import {@code model}, {@code text}, {@code config}
 * and {@code html}; never {@code check}, {@code crawl}, {@code store}, {@code report} or {@code audit}
 * ({@code ArchitectureTest}).
 */
package vn.minhbach.extract;
