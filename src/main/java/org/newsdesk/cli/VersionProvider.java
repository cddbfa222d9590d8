package org.newsdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = NewsdeskCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Newsdesk " + (version == null ? "development build" : version)};
    }
}
