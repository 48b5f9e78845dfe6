package dev.retort.maven;

import dev.retort.jpa.JpaTargetSchemaSource;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * The project's runtime class path (its classes, its JDBC driver, its Hibernate), isolated from Maven's and the
 * plugin's own libraries. Retort's API ({@code dev.retort.*}) is shared with the plugin, so the project's Java
 * revisions implement the same {@code JavaRevision} the engine loads; retort-jpa's Hibernate-facing classes come
 * first, from the plugin's copy, and are defined here, next to the project's Hibernate.
 */
final class ProjectClassLoader extends URLClassLoader {

    private static final String SHARED = "dev.retort.";
    private static final String OWN = "dev.retort.jpa.";

    private final ClassLoader plugin;

    private ProjectClassLoader(URL[] urls, ClassLoader plugin) {
        super("retort-project", urls, ClassLoader.getPlatformClassLoader());
        this.plugin = plugin;
    }

    static ProjectClassLoader of(MavenProject project, ClassLoader plugin) throws DependencyResolutionRequiredException {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(JpaTargetSchemaSource.generatorLocation().toUri().toURL());
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return new ProjectClassLoader(urls.toArray(URL[]::new), plugin);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SHARED) && !name.startsWith(OWN)) {
            return plugin.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
