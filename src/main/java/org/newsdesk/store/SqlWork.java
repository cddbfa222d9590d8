package org.newsdesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work done on the open connection, inside the database lock. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
