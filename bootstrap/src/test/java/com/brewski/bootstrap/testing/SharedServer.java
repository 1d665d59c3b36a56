package com.brewski.bootstrap.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Map;

/**
 * One server for the whole test run, shared by every test class that asks for it with
 * {@code @ExtendWith(SharedServer.class)} and takes a {@link TestServer} (or {@link Teams}) as a
 * parameter of a test, {@code @BeforeAll} or {@code @BeforeEach} method. It is started on first use
 * and closed when the run ends. Tests stay apart by working on fresh teams ({@link Teams}), never on
 * global counts; a test that needs its own settings (rate limits, storage) starts its own
 * {@link TestServer} instead.
 */
public final class SharedServer implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

    /** The shared server's settings: limits high enough that the whole run's registrations fit. */
    public static final Map<String, String> ENVIRONMENT = Map.of(
            "LOGIN_ATTEMPTS_PER_ADDRESS", "1000000",
            "LOGIN_ATTEMPTS_PER_EMAIL", "1000");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestServer.class || type == Teams.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestServer server = server(context);
        return parameter.getParameter().getType() == Teams.class ? new Teams(server) : server;
    }

    /** The run's server, started on first use and closed by JUnit when the run ends. */
    public static TestServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(TestServer.class, type -> TestServer.start(ENVIRONMENT), TestServer.class);
    }
}
