package vn.minhbach.demo;

import java.util.List;

/**
 * A list section of the portal: its page, its heading, how it prints dates, and its posts, newest first.
 *
 * @param path      the list page's root-relative path (paginated with {@code ?page=N})
 * @param heading   the heading and breadcrumb label
 * @param listStyle the date style of the list rows
 * @param pageStyle the date style on a post's own page
 * @param posts     the posts, newest first
 */
record PostSection(String path, String heading, DemoDates listStyle, DemoDates pageStyle, List<Post> posts) {
    PostSection {
        posts = List.copyOf(posts);
    }
}
