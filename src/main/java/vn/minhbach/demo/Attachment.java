package vn.minhbach.demo;

/**
 * A file linked from a demo page.
 *
 * @param name   the link text
 * @param path   the root-relative path of the file
 * @param broken true when the server answers 404 for it (a broken attachment on purpose)
 */
record Attachment(String name, String path, boolean broken) {
}
