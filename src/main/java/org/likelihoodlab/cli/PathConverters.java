package org.likelihoodlab.cli;

import java.nio.file.Path;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.FileNames;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line file names: any name the file system accepts, whatever the locale; an output's trailing slash. */
final class PathConverters {

    private PathConverters() {
    }

    /** A conversion problem in our own words: the handler prints it as {@code option --x: message}. */
    static final class Problem extends TypeConversionException {
        Problem(String message) {
            super(message);
        }
    }

    /** Any file argument: {@link FileNames#of}, so {@code café.csv} works under {@code LANG=C} when it exists. */
    static final class AnyPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                return FileNames.of(value);
            } catch (BadInputException e) {
                throw new Problem(e.getMessage());
            }
        }
    }

    /** An output file: a name ending in '/' is a folder, so it must be an existing one (which is then refused). */
    static final class OutPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = new AnyPath().convert(value);
            if ((value.endsWith("/") || value.endsWith(java.io.File.separator)) && !java.nio.file.Files.isDirectory(p)) {
                throw new Problem("folder " + org.likelihoodlab.io.Messages.quote(value) + " does not exist (a name "
                        + "ending in / names a folder; give a file name)");
            }
            return p;
        }
    }
}
