package org.newsdesk.feed;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most one request at a time reach each host, so following many feeds of one site never hammers it.
 * The benchmark, whose feeds all come from one local server, lifts the limit for loopback addresses only.
 */
public final class HostGate {
    private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final boolean loopbackUnlimited;

    /** One request at a time per host, loopback included. */
    public HostGate() {
        this(false);
    }

    public HostGate(boolean loopbackUnlimited) {
        this.loopbackUnlimited = loopbackUnlimited;
    }

    /** Runs {@code request} once no other request to {@code uri}'s host is running. */
    public <T> T through(URI uri, Supplier<T> request) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (loopbackUnlimited && isLoopback(host)) {
            return request.get();
        }
        Semaphore gate = hosts.computeIfAbsent(host, name -> new Semaphore(1, true));
        try {
            gate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("Fetching " + host + " was interrupted.", e);
        }
        try {
            return request.get();
        } finally {
            gate.release();
        }
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
