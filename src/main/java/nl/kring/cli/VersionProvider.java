package nl.kring.cli;

import picocli.CommandLine.IVersionProvider;

public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = KringCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Kring " + (v == null ? "(ontwikkelversie)" : v)};
    }
}
