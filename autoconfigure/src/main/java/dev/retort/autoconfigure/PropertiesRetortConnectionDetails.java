package dev.retort.autoconfigure;

/** {@link RetortConnectionDetails} from {@code retort.url}, {@code retort.user} and {@code retort.password}. */
final class PropertiesRetortConnectionDetails implements RetortConnectionDetails {

    private final RetortProperties properties;

    PropertiesRetortConnectionDetails(RetortProperties properties) {
        this.properties = properties;
    }

    @Override
    public String getUsername() {
        return properties.getUser();
    }

    @Override
    public String getPassword() {
        return properties.getPassword();
    }

    @Override
    public String getJdbcUrl() {
        return properties.getUrl();
    }
}
