package dev.retort.maven;

import dev.retort.script.LocationScanner;
import dev.retort.script.RevisionIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the revision index of each {@code classpath:} location into the build's output directory
 * ({@code META-INF/retort/<location>.index}), so an application start reads one small file instead of parsing
 * and hashing every revision. Bound to {@code process-classes}, after the resources are copied; a start that
 * finds files the index does not describe reads the files instead.
 */
@Mojo(name = "index", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class IndexMojo extends AbstractRetortMojo {

    /** Where the resources were copied to: the class path root the index is written into. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    String outputDirectory;

    @Override
    void run(Engine engine) throws MojoExecutionException {
        for (String item : engine.config().get("locations").split(",")) {
            String location = item.strip();
            if (location.isEmpty()) {
                continue;
            }
            if (location.startsWith(LocationScanner.FILESYSTEM)) {
                getLog().info("Not indexing " + location + ": only classpath: locations are packaged with the build");
                continue;
            }
            try {
                Path index = RevisionIndex.write(Path.of(outputDirectory), location);
                if (index == null) {
                    getLog().info("Nothing to index for " + location + ": no such folder in " + outputDirectory);
                } else {
                    getLog().info("Indexed " + location + " into " + index);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot index " + location + ": " + e.getMessage(), e);
            }
        }
    }
}
