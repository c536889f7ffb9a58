package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The id mappings on disk: what one run writes the next replays, whole blocks only, in bounded segments. */
class IdJournalTest {

    private static final List<String> PLATFORMS = List.of("shop", "bank");

    @TempDir
    Path dir;

    /** What a replay found, as lines in the order it found them. */
    private static final class Found implements IdJournal.Replay {
        final List<String> lines = new ArrayList<>();

        @Override
        public void packed(long key, long ourId, String systemId) {
            lines.add(key + " " + ourId + " " + systemId);
        }

        @Override
        public void other(String key, String systemId, String ourId) {
            lines.add(key + " " + systemId + " " + ourId);
        }
    }

    private List<String> replayed(SmscIdForm form, int capacity) throws IOException {
        Found found = new Found();
        IdJournal.open(dir, form, capacity, 2, () -> PLATFORMS, found).close();
        return found.lines;
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".journal")).sorted().toList();
        }
    }

    @Test
    void whatOneRunWritesTheNextReplaysInOrder() throws IOException {
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found())) {
            journal.packed(0, 11, 0xa1, 0);
            journal.other(0, "6f1c-uuid", 1, "00000000000000b2");
            journal.flush();
            journal.packed(0, 12, 0xa3, 1);
            journal.packed(0, 13, 0xa4, 0);
        }
        assertThat(replayed(SmscIdForm.AS_GIVEN, 100)).containsExactly(
                "11 161 shop", "6f1c-uuid bank 00000000000000b2", "12 163 bank", "13 164 shop");
    }

    @Test
    void mappingsAppendedOnEveryLaneAreReplayed() throws IOException {
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found())) {
            for (int i = 1; i <= 40; i++) {
                journal.packed(i % 2, i, i, i % 3 == 0 ? 1 : 0);
                if (i % 15 == 0) {
                    journal.flush();
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            expected.add(i + " " + i + " " + (i % 3 == 0 ? "bank" : "shop"));
        }
        assertThat(replayed(SmscIdForm.AS_GIVEN, 100)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aBlockCutShortByACrashIsIgnoredAndTheNextRunGoesOn() throws IOException {
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found())) {
            journal.packed(0, 1, 1, 0);
            journal.flush();
            journal.packed(0, 2, 2, 0);
        }
        Path segment = segments().getLast();
        byte[] bytes = Files.readAllBytes(segment);
        Files.write(segment, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found())) {
            journal.packed(0, 3, 3, 0);
        }
        assertThat(replayed(SmscIdForm.AS_GIVEN, 100)).containsExactly("1 1 shop", "3 3 shop");
    }

    @Test
    void aBlockWhoseChecksumFailsEndsItsSegmentOnly() throws IOException {
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found())) {
            journal.packed(0, 1, 1, 0);
            journal.flush();
            journal.packed(0, 2, 2, 0);
        }
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found())) {
            journal.packed(0, 3, 3, 0);
        }
        Path first = segments().getFirst();
        byte[] bytes = Files.readAllBytes(first);
        bytes[bytes.length - 1] ^= 0x40; // in the second block's records
        Files.write(first, bytes);
        assertThat(replayed(SmscIdForm.AS_GIVEN, 100)).containsExactly("1 1 shop", "3 3 shop");
    }

    @Test
    void oldSegmentsGoOnceACapacityOfMappingsFollowedThem() throws IOException {
        int capacity = 10;
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, capacity, 2, () -> PLATFORMS, new Found())) {
            for (int i = 1; i <= 100; i++) {
                journal.packed(0, i, i, 0);
                if (i % 7 == 0) {
                    journal.flush();
                }
            }
        }
        List<String> lines = replayed(SmscIdForm.AS_GIVEN, capacity);
        // a segment closes at the write that brings it to capacity / 2 (here 7 mappings a write): the newest capacity
        // mappings are always kept, and at most capacity plus a segment
        assertThat(lines.size()).isBetween(capacity, capacity + 7);
        assertThat(lines.getLast()).isEqualTo("100 100 shop");
        assertThat(lines).contains("91 91 shop");
        assertThat(segments().size()).isLessThanOrEqualTo(4);
    }

    @Test
    void restartsThatWriteLittleDoNotPileUpSegments() throws IOException {
        for (int run = 0; run < 30; run++) {
            try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 10, 2, () -> PLATFORMS, new Found())) {
                journal.packed(0, run + 1, run, 0);
            }
        }
        assertThat(segments().size()).isLessThanOrEqualTo(12);
        assertThat(replayed(SmscIdForm.AS_GIVEN, 10)).hasSizeGreaterThanOrEqualTo(10).last().isEqualTo("30 29 shop");
    }

    @Test
    void aSegmentThatCannotBeStartedLosesNoMappingAndTheJournalGoesOn() throws IOException {
        // the next segment's name is taken (by a directory), so starting it fails once
        Files.createDirectory(dir.resolve(String.format("ids-%012d.journal", 2)));
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 10, 2, () -> PLATFORMS, new Found())) {
            for (int i = 1; i <= 5; i++) {
                journal.packed(i % 2, i, i, 0);
            }
            assertThatThrownBy(journal::flush).isInstanceOf(IOException.class);
            for (int i = 6; i <= 8; i++) {
                journal.packed(i % 2, i, i, 1);
            }
            journal.flush();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            expected.add(i + " " + i + " " + (i <= 5 ? "shop" : "bank"));
        }
        assertThat(replayed(SmscIdForm.AS_GIVEN, 10)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aBlockWrittenHalfwayWhenTheDiskFailedLosesNoMappingAndNothingFollowsIt() throws IOException {
        AtomicInteger tearIn = new AtomicInteger();
        List<String> expected = new ArrayList<>();
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 1_000, 2, () -> PLATFORMS, new Found(),
                path -> new TornWriteChannel(FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE), tearIn))) {
            journal.packed(0, 1, 1, 0);
            journal.flush(); // the platforms are declared: from here on every write is a lane's block
            expected.add("1 1 shop");
            // the first lane's block is written whole, the second's half (whichever flush writes them: the
            // journal's own writer may come first)
            tearIn.set(2);
            for (int i = 2; i <= 9; i++) {
                journal.packed(i % 2, i, i, i % 2);
                expected.add(i + " " + i + " " + PLATFORMS.get(i % 2));
            }
            try {
                journal.flush();
            } catch (IOException e) {
                // the torn write, when this flush was the one that met it
            }
            assertThat(tearIn.get()).as("a write was torn").isZero();
            for (int i = 10; i <= 12; i++) {
                journal.packed(i % 2, i, i, 0);
                expected.add(i + " " + i + " shop");
            }
            journal.flush();
        }
        assertThat(segments()).as("the torn segment was ended and a new one begun").hasSizeGreaterThan(1);
        assertThat(replayed(SmscIdForm.AS_GIVEN, 1_000)).containsAll(expected);
    }

    @Test
    void keysPackedUnderAnotherIdFormAreNotReplayed() throws IOException {
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found())) {
            journal.packed(0, 1, 1, 0);
        }
        assertThat(replayed(SmscIdForm.HEX_THEN_DECIMAL, 100)).isEmpty();
    }

    @Test
    void oneFirewallAtATimeKeepsItsIdsInADirectory() throws IOException {
        try (IdJournal journal = IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found())) {
            assertThatThrownBy(() -> IdJournal.open(dir, SmscIdForm.AS_GIVEN, 100, 2, () -> PLATFORMS, new Found()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(dir.toString());
        }
        replayed(SmscIdForm.AS_GIVEN, 100);
    }

    @Test
    void messageIdsRouteTheReceiptsOfAnEarlierRun() throws IOException {
        List<String> smscIds = List.of("12345", "a1b2c3", "A1B2C3", "6f1c1c3e-0d8b-4f0e-9d0a-3c2c8b1e7a55");
        List<MessageIds.Route> routes = new ArrayList<>();
        try (MessageIds ids = MessageIds.open(0x1234_0000_0000_0000L, SmscIdForm.AS_GIVEN, 100, Optional.of(dir))) {
            for (int i = 0; i < smscIds.size(); i++) {
                MessageIds.Route route = new MessageIds.Route(i % 2 == 0 ? "shop" : "bank", ids.next());
                ids.remember(smscIds.get(i), route);
                routes.add(route);
            }
        }
        try (MessageIds ids = MessageIds.open(0x5678_0000_0000_0000L, SmscIdForm.AS_GIVEN, 100, Optional.of(dir))) {
            for (int i = 0; i < smscIds.size(); i++) {
                assertThat(ids.routeOf(smscIds.get(i))).as(smscIds.get(i)).contains(routes.get(i));
            }
            assertThat(ids.routeOf("999")).isEmpty();
        }
    }
}
