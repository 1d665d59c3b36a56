package com.brewski.adapters.persistence;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A log of what the application sends to the database, taken at the JDBC boundary: every statement
 * prepared or created (its SQL, with {@code ?} for bind values), and {@code BEGIN}, {@code COMMIT},
 * {@code ROLLBACK} for the transactions (a connection leaving or rejoining auto-commit). Kept in memory
 * (for statement-count tests) and optionally appended to a file, one line each (for replaying the
 * statements a request sends, e.g. with pgbench). Turned on by wrapping the application's DataSource.
 */
public final class StatementLog implements AutoCloseable {
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final List<String> entries = new ArrayList<>();
    private final Writer file;

    private StatementLog(Writer file) {
        this.file = file;
    }

    /** A log kept in memory only. */
    public static StatementLog inMemory() {
        return new StatementLog(null);
    }

    /** A log kept in memory and appended to {@code path}, one line per entry (newlines in SQL become spaces). */
    public static StatementLog toFile(Path path) {
        try {
            return new StatementLog(Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code target}, with every connection it hands out logging into this log. */
    public DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection connection) return wrap(connection);
            return result;
        });
    }

    /** The number of entries so far: a mark to read what came after with {@link #since}. */
    public synchronized int mark() {
        return entries.size();
    }

    /** The entries logged after {@code mark}. */
    public synchronized List<String> since(int mark) {
        return List.copyOf(entries.subList(mark, entries.size()));
    }

    private synchronized void add(String entry) {
        entries.add(entry);
        if (file == null) return;
        try {
            file.write(entry.replace('\n', ' ').replace('\r', ' '));
            file.write('\n');
            file.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Connection wrap(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            String name = method.getName();
            if (STATEMENT_METHODS.contains(name)) {
                add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : name);
            } else if (name.equals("setAutoCommit") && args != null && Boolean.FALSE.equals(args[0])) {
                add("BEGIN");
            } else if (name.equals("commit")) {
                add("COMMIT");
            } else if (name.equals("rollback") && (args == null || args.length == 0)) {
                add("ROLLBACK");
            }
            return result;
        });
    }

    @Override
    public void close() {
        if (file == null) return;
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[]{type}, handler));
    }
}
