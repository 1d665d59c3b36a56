package com.brewski.adapters.persistence;

import com.brewski.application.fulfillment.FulfilmentJobs;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The project's one job mechanism: db-scheduler tasks in the {@code scheduled_tasks} table of the same
 * PostgreSQL, polled by a scheduler in every server instance (rows picked with {@code FOR UPDATE SKIP
 * LOCKED}, so two instances never run one execution). A job survives a restart: an execution whose
 * instance stopped heartbeating is revived by another (or the restarted) instance. A job that fails
 * runs again with exponential backoff.
 *
 * <p>{@link #enqueue} writes the job's row in the caller's transaction, so a job is queued only if the
 * change that asked for it commits; queuing the same order twice is one job.
 */
public final class DbSchedulerJobs implements FulfilmentJobs, AutoCloseable {
    static final String FULFIL_ORDER = "voucher-fulfilment";
    private static final Logger log = LoggerFactory.getLogger(DbSchedulerJobs.class);

    private final JooqTransactions transactions;
    private final Scheduler scheduler;

    /** How the scheduler polls and detects dead executions (short in tests). */
    public record Settings(Duration pollingInterval, Duration heartbeatInterval, int missedHeartbeatsLimit,
                           Duration firstRetryDelay, int maxRetries, Duration shutdownMaxWait, int threads) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(1), Duration.ofSeconds(10), 6, Duration.ofSeconds(10), 20,
                    Duration.ofSeconds(5), 2);
        }
    }

    /**
     * @param fulfil what a fulfilment job does with its order (the application's {@code FulfilOrder});
     *               an exception fails the execution, which runs again later
     */
    public DbSchedulerJobs(JooqPersistence persistence, DataSource dataSource, Consumer<VoucherOrderId> fulfil, Settings settings) {
        this.transactions = persistence.jooqTransactions();
        OneTimeTask<Void> task = Tasks.oneTime(FULFIL_ORDER)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(settings.maxRetries(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(settings.firstRetryDelay(), 2.0)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    VoucherOrderId orderId = new VoucherOrderId(Long.parseLong(instance.getId()));
                    log.info("fulfilment job of voucher order {} started", orderId);
                    fulfil.accept(orderId);
                    log.info("fulfilment job of voucher order {} done", orderId);
                });
        this.scheduler = Scheduler.create(dataSource, task)
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeatsLimit())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .threads(settings.threads())
                .alwaysPersistTimestampInUTC()
                .build();
    }

    public void start() {
        scheduler.start();
    }

    @Override
    public void enqueue(VoucherOrderId orderId) {
        Instant now = Instant.now();
        transactions.dsl().insertInto(DSL.table(DSL.name("scheduled_tasks")))
                .set(DSL.field(DSL.name("task_name"), String.class), FULFIL_ORDER)
                .set(DSL.field(DSL.name("task_instance"), String.class), Long.toString(orderId.value()))
                .set(DSL.field(DSL.name("execution_time"), Instant.class), now)
                .set(DSL.field(DSL.name("picked"), Boolean.class), false)
                .set(DSL.field(DSL.name("version"), Long.class), 1L)
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
