package org.quietline.smpp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The id mappings on disk, so that the receipts of messages forwarded before a restart of the firewall still
 * find their ESME (ADR 0105). {@link MessageIds} appends every mapping it remembers; {@link #open} replays what
 * earlier runs wrote, oldest first, before the firewall takes traffic.
 *
 * <p><b>Format.</b> A directory of segments {@code ids-<n>.journal}, each a header (magic and the
 * {@link SmscIdForm} its keys were packed under) and blocks {@code [length][CRC32C][records]}. Records: a
 * platform's name with the index later records use in this segment (the writer declares platforms before the
 * records that name them); a packed mapping (the SMSC's id packed as {@link MessageIds#packed}, our id, the
 * platform's index: 19 bytes); any other mapping as strings. A block is
 * whole or ignored on replay: a block cut short by a crash, or one whose checksum fails, ends its segment
 * there (and the next segment is still read).
 *
 * <p><b>Durability.</b> Appending copies the record into memory and returns; a writer thread hands what came
 * to the operating system every {@value #FLUSH_MILLIS} ms and forces it to the disk every second, and
 * {@link #close} writes and forces the rest. So a stop loses nothing, a crash of the process at most the last
 * {@value #FLUSH_MILLIS} ms of mappings, a crash of the machine at most the last second. If the disk falls
 * {@value #MOST_PENDING} bytes behind, appending waits for it rather than dropping mappings. Appenders append on
 * lanes of their own (a buffer and a lock each), so that they do not wait for each other.
 *
 * <p><b>Size.</b> A new segment starts once one holds {@code capacity / 2} mappings, and a segment is deleted once
 * {@code capacity} mappings were written after it: by then the table has forgotten all of its mappings. So the
 * directory holds at most about 1.5 × capacity mappings (and what one write adds), some 30 MB per million.
 *
 * <p>One firewall per directory: {@link #open} locks it. Thread-safe.
 */
final class IdJournal implements AutoCloseable {

    /** What replaying a journal finds, oldest first. */
    interface Replay {

        /** A mapping whose SMSC id was packed to {@code key}. */
        void packed(long key, long ourId, String systemId);

        /** A mapping whose SMSC id is kept as the string {@code key}. */
        void other(String key, String systemId, String ourId);
    }

    static final int FLUSH_MILLIS = 20;
    static final int MOST_PENDING = 16 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(IdJournal.class);
    private static final byte[] MAGIC = "QLIDJ1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 1;
    private static final byte PLATFORM = 'P';
    private static final byte PACKED = 'M';
    private static final byte OTHER = 'O';
    private static final long FORCE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A segment on disk and the mappings it holds. */
    private record Segment(long number, Path path, long mappings) {
    }

    private final Path dir;
    private final SmscIdForm form;
    private final long capacity;
    private final long rollAfter;
    private final SegmentFiles files;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final Thread writer;

    /**
     * One share of the appenders, with its own buffer and lock: {@link MessageIds} appends on the lane of the
     * stripe the mapping went to, so that appenders on different stripes never wait for each other here either
     * (ADR 0096).
     */
    private static final class Lane {
        ByteBuffer pending = ByteBuffer.allocate(1 << 12);
        ByteBuffer spare = ByteBuffer.allocate(1 << 12);
        long mappings;
    }

    private final Lane[] lanes;
    private final Supplier<List<String>> platforms;
    private volatile boolean closed;

    // the writer's side, under writing
    private final Object writing = new Object();
    private final List<Segment> segments = new ArrayList<>();
    private FileChannel current;
    private long currentNumber;
    private long currentMappings;
    /** Whether a write failed since the current segment began, so that it may end in a torn block. */
    private boolean broken;
    /** How many platforms the current segment has declared (indices below it). */
    private int declaredPlatforms;
    private long lastForce = System.nanoTime();
    private IOException failure;

    private IdJournal(Path dir, SmscIdForm form, int capacity, int lanes, Supplier<List<String>> platforms,
                      SegmentFiles files, FileChannel lockFile, FileLock lock) {
        this.dir = dir;
        this.files = files;
        this.form = form;
        this.capacity = capacity;
        this.rollAfter = Math.max(1, capacity / 2);
        this.lanes = new Lane[lanes];
        for (int i = 0; i < lanes; i++) {
            this.lanes[i] = new Lane();
        }
        this.platforms = platforms;
        this.lockFile = lockFile;
        this.lock = lock;
        this.writer = Thread.ofPlatform().name("smpp-id-journal").daemon().unstarted(this::writeUntilClosed);
    }

    /**
     * Locks {@code dir} (creating it), replays its segments into {@code replay}, oldest first, and starts a new
     * segment for this run. Appenders use lanes {@code 0..lanes-1}; a record's platform is an index into
     * {@code platforms}, which lists every platform an appended record names (it only grows).
     *
     * @throws IOException           when the directory cannot be read or written
     * @throws IllegalStateException when another firewall holds the directory
     */
    static IdJournal open(Path dir, SmscIdForm form, int capacity, int lanes, Supplier<List<String>> platforms,
                          Replay replay) throws IOException {
        return open(dir, form, capacity, lanes, platforms, replay,
                path -> FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** How a new segment's file is created (a test makes one whose writes fail). */
    interface SegmentFiles {

        /** Creates {@code path}, which must not exist, for writing. */
        FileChannel create(Path path) throws IOException;
    }

    /** As {@link #open(Path, SmscIdForm, int, int, Supplier, Replay)}, creating segments with {@code files}. */
    static IdJournal open(Path dir, SmscIdForm form, int capacity, int lanes, Supplier<List<String>> platforms,
                          Replay replay, SegmentFiles files) throws IOException {
        Files.createDirectories(dir);
        FileChannel lockFile = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            lockFile.close();
            throw new IllegalStateException("another firewall keeps its message ids in " + dir);
        }
        IdJournal journal = new IdJournal(dir, form, capacity, lanes, platforms, files, lockFile, lock);
        try {
            synchronized (journal.writing) {
                for (Path path : segmentPaths(dir)) {
                    journal.segments.add(new Segment(numberOf(path), path, journal.replay(path, replay)));
                }
                long last = journal.segments.isEmpty() ? 0 : journal.segments.getLast().number();
                journal.startSegment(last + 1);
            }
        } catch (IOException | RuntimeException e) {
            journal.release();
            throw e;
        }
        journal.writer.start();
        return journal;
    }

    /** Appends, on {@code lane}, a mapping whose SMSC id packed to {@code key}, for platform {@code platform}. */
    void packed(int lane, long key, long ourId, int platform) {
        Lane l = lanes[lane];
        synchronized (l) {
            room(l, 1 + Short.BYTES + 2 * Long.BYTES);
            l.pending.put(PACKED).putShort((short) platform).putLong(key).putLong(ourId);
            l.mappings++;
        }
    }

    /** Appends, on {@code lane}, a mapping whose SMSC id is kept as the string {@code key}. */
    void other(int lane, String key, int platform, String ourId) {
        byte[] k = utf8(key);
        byte[] id = utf8(ourId);
        Lane l = lanes[lane];
        synchronized (l) {
            room(l, 1 + 3 * Short.BYTES + k.length + id.length);
            l.pending.put(OTHER).putShort((short) platform).putShort((short) k.length).put(k).putShort((short) id.length).put(id);
            l.mappings++;
        }
    }

    /**
     * Writes what was appended so far to the operating system (the writer thread does this every few ms): the
     * platforms not yet declared in the segment, then each lane's records as a block; a new segment starts once
     * the current one holds {@code capacity / 2} mappings.
     */
    void flush() throws IOException {
        synchronized (writing) {
            if (broken) {
                // a write failed in the current segment and may have left a torn block: nothing goes after it
                startSegment(currentNumber + 1);
                broken = false;
            }
            ByteBuffer[] taken = new ByteBuffer[lanes.length];
            long[] counts = new long[lanes.length];
            for (int i = 0; i < lanes.length; i++) {
                Lane l = lanes[i];
                synchronized (l) {
                    taken[i] = l.pending.flip();
                    l.pending = l.spare.clear();
                    l.spare = null;
                    counts[i] = l.mappings;
                    l.mappings = 0;
                    l.notifyAll();
                }
            }
            int written = 0;
            try {
                // read after the swap: every platform the taken records name is listed by now
                declare(platforms.get());
                for (; written < lanes.length; written++) {
                    writeBlock(taken[written]);
                    currentMappings += counts[written];
                    synchronized (lanes[written]) {
                        lanes[written].spare = taken[written];
                    }
                }
            } catch (IOException | RuntimeException e) {
                broken = true;
                giveBack(taken, counts, written);
                throw e;
            }
            if (currentMappings >= rollAfter) {
                broken = true; // until the next segment has begun
                startSegment(currentNumber + 1);
                broken = false;
            }
            if (System.nanoTime() - lastForce >= FORCE_NANOS) {
                current.force(false);
                lastForce = System.nanoTime();
            }
        }
    }

    /** Puts the records of lanes {@code from} on, which were not written, back before what came since. */
    private void giveBack(ByteBuffer[] taken, long[] counts, int from) {
        for (int i = from; i < lanes.length; i++) {
            Lane l = lanes[i];
            synchronized (l) {
                ByteBuffer since = l.pending.flip();
                l.pending = ByteBuffer.allocate(Math.max(1 << 12, taken[i].limit() + since.remaining() + (1 << 12)))
                        .put(taken[i].rewind()).put(since);
                l.spare = ByteBuffer.allocate(1 << 12);
                l.mappings += counts[i];
            }
        }
    }

    /** Writes and forces the rest, stops the writer and unlocks the directory. */
    @Override
    public void close() {
        closed = true;
        for (Lane l : lanes) {
            synchronized (l) {
                l.notifyAll();
            }
        }
        LockSupport.unpark(writer);
        try {
            writer.join();
            flush();
            synchronized (writing) {
                if (current != null) {
                    current.force(false);
                }
            }
        } catch (IOException e) {
            LOG.error("the last message ids could not be written to {}: receipts for them will be dropped after a restart", dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release();
        }
    }

    private void writeUntilClosed() {
        while (!closed) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS));
            try {
                flush();
                failure = null;
            } catch (IOException e) {
                if (failure == null) {
                    LOG.error("message ids cannot be written to {}; retrying (appending waits when {} bytes are pending)", dir, MOST_PENDING, e);
                }
                failure = e;
            }
        }
    }

    /** Makes room in {@code l} for {@code bytes} more, waiting while the disk is too far behind. */
    private void room(Lane l, int bytes) {
        while (l.pending.position() >= MOST_PENDING / lanes.length && !closed) {
            try {
                l.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (l.pending.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(l.pending.capacity() * 2, l.pending.position() + bytes));
            l.pending = larger.put(l.pending.flip());
        }
    }

    /** Declares, in a block of their own, the platforms of {@code names} the current segment has not declared. */
    private void declare(List<String> names) throws IOException {
        if (declaredPlatforms == names.size()) {
            return;
        }
        List<byte[]> undeclared = new ArrayList<>();
        int bytes = 0;
        for (int i = declaredPlatforms; i < names.size(); i++) {
            undeclared.add(utf8(names.get(i)));
            bytes += 1 + 2 * Short.BYTES + undeclared.getLast().length;
        }
        ByteBuffer records = ByteBuffer.allocate(bytes);
        for (int i = 0; i < undeclared.size(); i++) {
            byte[] name = undeclared.get(i);
            records.put(PLATFORM).putShort((short) (declaredPlatforms + i)).putShort((short) name.length).put(name);
        }
        writeBlock(records.flip());
        declaredPlatforms = names.size();
    }

    /** Writes the records of {@code records} (from 0 to its limit) as one block, unless there are none. */
    private void writeBlock(ByteBuffer records) throws IOException {
        int length = records.limit();
        if (length == 0) {
            return;
        }
        CRC32C crc = new CRC32C();
        crc.update(records.array(), 0, length);
        ByteBuffer head = ByteBuffer.allocate(2 * Integer.BYTES).putInt(length).putInt((int) crc.getValue()).flip();
        ByteBuffer body = ByteBuffer.wrap(records.array(), 0, length);
        while (head.hasRemaining() || body.hasRemaining()) {
            current.write(new ByteBuffer[] {head, body});
        }
    }

    private void startSegment(long number) throws IOException {
        if (current != null) {
            FileChannel closing = current;
            current = null;
            segments.add(new Segment(currentNumber, pathOf(currentNumber), currentMappings));
            try {
                closing.force(false);
            } finally {
                closing.close();
            }
        }
        currentNumber = number;
        currentMappings = 0;
        declaredPlatforms = 0;
        current = files.create(pathOf(number));
        current.write(ByteBuffer.allocate(HEADER).put(MAGIC).put((byte) form.ordinal()).flip());
        deleteForgotten();
    }

    /** Deletes the segments after which at least {@code capacity} mappings were written. */
    private void deleteForgotten() throws IOException {
        long after = 0;
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment s = segments.get(i);
            if (after >= capacity) {
                Files.deleteIfExists(s.path());
                segments.remove(i);
            } else {
                after += s.mappings();
            }
        }
    }

    /** Replays one segment; returns how many mappings it held. */
    private long replay(Path path, Replay replay) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(path));
        if (file.remaining() < HEADER || !Arrays.equals(Arrays.copyOf(file.array(), MAGIC.length), MAGIC)) {
            LOG.warn("{} is not a journal of message ids; skipped", path);
            return 0;
        }
        int formOrdinal = file.get(MAGIC.length);
        if (formOrdinal != form.ordinal()) {
            LOG.warn("{} was written for SMSC ids {}, not {}; skipped (receipts for its messages will be dropped)",
                    path, formOrdinal < SmscIdForm.values().length ? SmscIdForm.values()[formOrdinal] : formOrdinal, form);
            return 0;
        }
        file.position(HEADER);
        String[] platforms = new String[16];
        long mappings = 0;
        while (file.remaining() > 0) {
            ByteBuffer block = block(file);
            if (block == null) {
                LOG.warn("{}: {} bytes at the end do not form a whole block (a crash while writing?); ignored", path, file.remaining());
                break;
            }
            try {
                while (block.hasRemaining()) {
                    byte kind = block.get();
                    int platform = block.getShort() & 0xFFFF;
                    switch (kind) {
                        case PLATFORM -> {
                            if (platform >= platforms.length) {
                                platforms = Arrays.copyOf(platforms, platform + 1);
                            }
                            platforms[platform] = string(block);
                            continue;
                        }
                        case PACKED -> {
                            long key = block.getLong();
                            replay.packed(key, block.getLong(), declared(platforms, platform));
                            mappings++;
                        }
                        case OTHER -> {
                            String key = string(block);
                            replay.other(key, declared(platforms, platform), string(block));
                            mappings++;
                        }
                        default -> throw new IllegalStateException("unknown record " + kind);
                    }
                }
            } catch (BufferUnderflowException | IllegalStateException | ArrayIndexOutOfBoundsException e) {
                LOG.warn("{}: a block whose checksum holds does not read ({}); the rest of the segment is ignored", path, e.getMessage());
                break;
            }
        }
        return mappings;
    }

    /** The next block's records, or null when the file ends inside it or its checksum fails. */
    private static ByteBuffer block(ByteBuffer file) {
        if (file.remaining() < 2 * Integer.BYTES) {
            return null;
        }
        int length = file.getInt(file.position());
        int crc = file.getInt(file.position() + Integer.BYTES);
        if (length < 0 || length > file.remaining() - 2 * Integer.BYTES) {
            return null;
        }
        CRC32C check = new CRC32C();
        check.update(file.array(), file.position() + 2 * Integer.BYTES, length);
        if ((int) check.getValue() != crc) {
            return null;
        }
        ByteBuffer block = file.slice(file.position() + 2 * Integer.BYTES, length);
        file.position(file.position() + 2 * Integer.BYTES + length);
        return block;
    }

    private static String declared(String[] platforms, int index) {
        if (index >= platforms.length || platforms[index] == null) {
            throw new IllegalStateException("platform " + index + " is used before it is declared");
        }
        return platforms[index];
    }

    private static String string(ByteBuffer b) {
        byte[] bytes = new byte[b.getShort() & 0xFFFF];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("an id of " + bytes.length + " bytes");
        }
        return bytes;
    }

    private Path pathOf(long number) {
        return dir.resolve(String.format("ids-%012d.journal", number));
    }

    private static long numberOf(Path path) {
        String name = path.getFileName().toString();
        return Long.parseLong(name.substring("ids-".length(), name.length() - ".journal".length()));
    }

    private static List<Path> segmentPaths(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("ids-\\d{12}\\.journal") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    private void release() {
        try {
            synchronized (writing) {
                if (current != null) {
                    current.close();
                }
            }
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
