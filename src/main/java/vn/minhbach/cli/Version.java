package vn.minhbach.cli;

import picocli.CommandLine;

/** The version written in the jar's manifest, or the build's when run from classes. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "1.0.0" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"minhbach " + current()};
    }
}
