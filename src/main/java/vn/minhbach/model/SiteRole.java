package vn.minhbach.model;

import java.util.Locale;

/** The two kinds of site an audit visits: the government portal and its one-stop-shop site. */
public enum SiteRole {
    PORTAL, ONESTOP;

    /** The lower-case name used in config keys and report.json ({@code portal}, {@code onestop}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SiteRole fromKey(String key) {
        for (SiteRole role : values()) {
            if (role.key().equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown site role: " + key);
    }
}
