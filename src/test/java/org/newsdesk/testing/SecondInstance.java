package org.newsdesk.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.newsdesk.App;
import org.newsdesk.InstanceLock;
import org.newsdesk.model.Outlet;

/** A second copy of the app, as its own process: what it learns about a database another copy holds. */
public final class SecondInstance {
    private SecondInstance() {
    }

    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        Optional<InstanceLock> lock = InstanceLock.acquire(database);
        if (lock.isPresent()) {
            System.out.println("acquired");
            lock.get().close();
            return;
        }
        System.out.println("held " + InstanceLock.isHeld(database));
        System.out.println("forward " + InstanceLock.askHolderToComeForward(database));
        try (App readOnly = App.openReadOnly(database)) {
            System.out.println("stories " + readOnly.stores().stories().count());
            try {
                readOnly.stores().outlets().save(new Outlet("Reuters", "Reuters", java.util.List.of()));
                System.out.println("wrote");
            } catch (RuntimeException e) {
                System.out.println("refused " + e.getMessage());
            }
        }
    }
}
