package org.newsdesk.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Mounts the small file systems the disk-trouble tests need (a tiny tmpfs, a read-only view); Linux, as root. */
final class Mounts implements AutoCloseable {
    private final List<Path> mounted = new ArrayList<>();

    /** A tmpfs of {@code kilobytes} at {@code folder}, or false when this machine does not let us mount. */
    boolean tmpfs(Path folder, int kilobytes) {
        return run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0755", "tmpfs", folder.toString())
                && mounted.add(folder);
    }

    /** {@code view} shows {@code folder} read-only, or false when this machine does not let us mount. */
    boolean readOnlyView(Path folder, Path view) {
        if (!run("mount", "--bind", folder.toString(), view.toString())) {
            return false;
        }
        mounted.add(view);
        return run("mount", "-o", "remount,bind,ro", view.toString());
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0 && output.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        for (int i = mounted.size() - 1; i >= 0; i--) {
            if (!run("umount", mounted.get(i).toString())) {
                run("umount", "-l", mounted.get(i).toString());
            }
        }
    }
}
