package com.brewski.bootstrap.testing;

import com.brewski.bootstrap.testing.TestServer.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests sent at the same moment: each on its own thread, all released together by a barrier. */
public final class Race {
    private Race() {}

    /** Sends {@code n} requests ({@code request} gets the index) together and answers the responses in index order. */
    public static List<Response> of(int n, IntFunction<Response> request) {
        CyclicBarrier start = new CyclicBarrier(n);
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) responses.add(f.get());
            return responses;
        } catch (Exception e) {
            throw new AssertionError("a racing request failed", e);
        }
    }

    /** How many responses have {@code status}. */
    public static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.status() == status).count();
    }
}
