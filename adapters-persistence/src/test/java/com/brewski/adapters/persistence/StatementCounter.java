package com.brewski.adapters.persistence;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wraps a DataSource so that every statement prepared or created on its connections is counted
 * (with its SQL, when it has one): to check that a repository method runs a fixed number of statements.
 */
final class StatementCounter {
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final List<String> statements = new ArrayList<>();

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection connection) return wrap(connection);
            return result;
        });
    }

    /** Forgets what was counted so far. */
    synchronized void reset() {
        statements.clear();
    }

    synchronized int count() {
        return statements.size();
    }

    synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** The statements {@code work} ran. */
    List<String> during(Runnable work) {
        reset();
        work.run();
        return statements();
    }

    private Connection wrap(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            if (STATEMENT_METHODS.contains(method.getName())) {
                synchronized (this) {
                    statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
                }
            }
            return result;
        });
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
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler));
    }
}
