package org.quietline.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.quietline.classify.LinearClassifier;

/** The classifier a command uses: the model file given with {@code --model}, else the shipped one. */
final class ModelChoice {

    private ModelChoice() {
    }

    static LinearClassifier load(Optional<String> model) throws IOException {
        if (model.isEmpty()) {
            return LinearClassifier.shipped();
        }
        try (InputStream in = Files.newInputStream(Path.of(model.get()))) {
            return LinearClassifier.read(in);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such model file: " + model.get());
        } catch (IOException e) {
            throw new IOException(model.get() + ": " + e.getMessage(), e);
        }
    }
}
