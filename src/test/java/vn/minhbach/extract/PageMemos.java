package vn.minhbach.extract;

import org.jsoup.nodes.Document;

/** The shared part of the extractors' work on one page, for measuring it apart (vn.minhbach.check.StageCosts). */
public final class PageMemos {

    private PageMemos() {
    }

    /** Folds the page's text and finds the labels it holds, as the first extractor to need them does. */
    public static int fold(Document doc) {
        return PageMemo.of(doc.body()).labels().ids().cardinality();
    }
}
