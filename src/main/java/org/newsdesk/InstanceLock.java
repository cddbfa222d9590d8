package org.newsdesk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The desktop app's claim on a database file: a lock file beside it ({@code NAME.db.lock}) held with
 * {@link FileChannel#tryLock()}, so a second desktop app on the same file can tell, and a loopback port written in
 * it, so the second app can ask the first to bring its window forward. The command line never takes this lock: it
 * works beside the app through SQLite's WAL and busy timeout.
 */
public final class InstanceLock implements AutoCloseable {
    private static final String BRING_FORWARD = "bring-forward";
    private static final int SIGNAL_TIMEOUT_MS = 2_000;

    /**
     * Lock files this process holds. Checked before opening the file again, because closing a second channel on
     * a locked file would release this process's lock on some systems.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket listener;
    private final String token;
    private volatile Runnable onBringForward = () -> { };

    private InstanceLock(Path file, FileChannel channel, FileLock lock, ServerSocket listener, String token) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.listener = listener;
        this.token = token;
    }

    /** The lock file of the database at {@code database}. */
    public static Path lockFile(Path database) {
        Path file = database.toAbsolutePath();
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /**
     * Takes the lock on {@code database} for this desktop app, or returns empty when another app holds it.
     * The caller keeps the lock until it closes, and sets {@link #onBringForward} to raise its window.
     */
    public static Optional<InstanceLock> acquire(Path database) {
        Path file = lockFile(database);
        if (!HELD.add(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        boolean taken = false;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return Optional.empty();
            }
            ServerSocket listener = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((listener.getLocalPort() + " " + token + " " + ProcessHandle.current().pid()
                    + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            InstanceLock held = new InstanceLock(file, channel, lock, listener, token);
            held.listen();
            taken = true;
            return Optional.of(held);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the lock file " + file + ".", e);
        } finally {
            if (!taken) {
                closeQuietly(channel);
                HELD.remove(file);
            }
        }
    }

    /** Whether a desktop app holds the lock on {@code database} right now (the command line asks before a restore). */
    public static boolean isHeld(Path database) {
        Path file = lockFile(database);
        if (HELD.contains(file)) {
            return true;
        }
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            try (FileLock probe = channel.tryLock()) {
                return probe == null;
            } catch (OverlappingFileLockException e) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Asks the app holding the lock on {@code database} to bring its window forward.
     *
     * @return whether that app answered
     */
    public static boolean askHolderToComeForward(Path database) {
        String[] fields;
        try {
            fields = Files.readString(lockFile(database), StandardCharsets.UTF_8).strip().split(" ");
        } catch (IOException e) {
            return false;
        }
        if (fields.length < 2) {
            return false;
        }
        int port;
        try {
            port = Integer.parseInt(fields[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), SIGNAL_TIMEOUT_MS);
            socket.setSoTimeout(SIGNAL_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write((fields[1] + " " + BRING_FORWARD + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return "ok".equals(answer);
        } catch (IOException e) {
            return false;
        }
    }

    /** What to run (on the listener's thread) when a second app asks this one to come forward. */
    public void onBringForward(Runnable action) {
        this.onBringForward = action == null ? () -> { } : action;
    }

    private void listen() {
        Thread thread = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket caller = listener.accept()) {
                    caller.setSoTimeout(SIGNAL_TIMEOUT_MS);
                    String line = new BufferedReader(new InputStreamReader(caller.getInputStream(),
                            StandardCharsets.UTF_8)).readLine();
                    boolean known = (token + " " + BRING_FORWARD).equals(line);
                    caller.getOutputStream().write((known ? "ok\n" : "no\n").getBytes(StandardCharsets.UTF_8));
                    if (known) {
                        onBringForward.run();
                    }
                } catch (IOException | RuntimeException e) {
                    if (listener.isClosed()) {
                        return;
                    }
                    // one bad caller must not stop the listener; the next one gets its own try
                }
            }
        }, "newsdesk-instance-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // the port is released when the process ends in any case
        }
        try {
            lock.release();
        } catch (IOException e) {
            // the lock is released when the channel closes below
        }
        closeQuietly(channel);
        HELD.remove(file);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
