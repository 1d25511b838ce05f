package vn.minhbach.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * The one way pages are rendered: Pebble templates {@code <folder>/<name>.peb} from the classpath, UTF-8,
 * with HTML autoescaping of every value and strict variables, so a misspelt name fails the render instead of
 * printing nothing.
 */
public final class Templates {

    private Templates() {
    }

    /** An engine reading templates under {@code folder} (a classpath folder such as {@code vn/minhbach/web}). */
    public static PebbleEngine engine(String folder) {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(folder);
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(Labels.VIETNAMESE)
                .build();
    }
}
