package org.quietline.server.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quietline.classify.training.Corpus;
import org.quietline.classify.training.Example;
import org.quietline.classify.training.Split;

/**
 * The lines of one message file ({@code label<TAB>text} or bare text) that fall in the chosen part of the
 * split. The part of a line is decided by its text alone ({@link Split#of}). Malformed UTF-8 is read as
 * replacement characters rather than refused: a corpus line is data, never a reason to stop.
 */
final class CorpusFile {

    /** One line: where it is, its text, and its example if it carries a known label. */
    record Line(Path file, int number, String text, Optional<Example> example) {
    }

    private CorpusFile() {
    }

    /** The lines of {@code file} in {@code choice} under {@code seed}. */
    static List<Line> read(Path file, SplitChoice choice, long seed) throws IOException {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String line : decode(file)) {
            number++;
            Optional<Example> example = Corpus.parse(line);
            String text = example.isPresent() ? line.substring(line.indexOf('\t') + 1) : line;
            if (choice.includes(Split.of(text, seed))) {
                lines.add(new Line(file, number, example.map(Example::text).orElse(text), example));
            }
        }
        return lines;
    }

    private static List<String> decode(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        }
        String all = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes)).toString();
        List<String> lines = new ArrayList<>(List.of(all.split("\r?\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }
}
