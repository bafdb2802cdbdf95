package vn.thuocdo.survey.response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.shared.Rejected;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: every final response, from the page or a partner, is queued here and written by a few writer
 * threads ({@code writers}, 2 by default: each holds a pooled connection while it writes), each taking whatever has queued up (at most {@code maxBatch}) and
 * inserting it in one transaction with one JDBC batch. A caller waits for its own row's future, which completes
 * only after that transaction has committed. Each row is taken by exactly one writer. Several writers keep the
 * disk and the database busy while one of them waits for its commit's flush, and a database short of CPU gives
 * each connection its share.
 * <p>
 * Why acknowledged means durable: PostgreSQL's commit returns only once the commit record is flushed to the WAL
 * ({@code synchronous_commit = on}, the default, which production must keep), the future completes after the commit
 * returned, and the caller answers (the page's receipt, the API's CREATED) only after its future completed. A crash
 * at any point before the commit loses only rows nobody was told were kept; the sender still holds them and sends
 * again (a partner with the same id: found, not stored twice). Nothing is batched by waiting: the writer takes what
 * arrived while the previous commit was flushing, so one response alone is written at once, and under load a commit
 * carries many.
 * <p>
 * A row that would be a second response (its invitation already answered, or its id taken) is skipped by the insert
 * itself, so it fails nobody else in the batch. On PostgreSQL the batch is one multi-row {@code insert ... on
 * conflict do nothing returning id}: one statement for the whole batch, and the conflict waits for a concurrent
 * insert of the same key to commit or roll back before it decides, so a clash is a skipped row, never an error.
 * Elsewhere (H2, the embedded default) it is a JDBC batch of {@code insert ... select ... where not exists}, where
 * the unique keys remain the final word:
 * when two writers (or two replicas) insert the same invitation at the same moment, the second waits for the first
 * to commit and then breaks the key, and its batch is rolled back and its rows written one by one, each in its own
 * transaction, so only the clashing row is left out. Rows are inserted in invitation order, so two batches take
 * their keys in the same order and do not deadlock on them; should the database still abort a batch (a deadlock,
 * a serialization failure), it is written one by one the same way.
 * <p>
 * Back-pressure: the queue is bounded; when it is full a response is refused at once ({@code ingest.busy}, 503 with
 * Retry-After) rather than held in memory. On shutdown the queue stops taking rows and is drained before the
 * database goes away: whatever was queued is written and answered.
 */
@Component
public class ResponseWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ResponseWriter.class);

    /** Skips a row whose id or invitation is already there: a duplicate is an outcome, not a failed batch. */
    static final String INSERT = "insert into survey_response (id, round_id, invitation_id, questionnaire, channel,"
            + " unit_id, commune_code, position_group, client_id, answers, started_at, received_at)"
            + " select ?, ?, cast(? as bigint), ?, ?, ?, ?, ?, ?, ?, cast(? as timestamp with time zone),"
            + " cast(? as timestamp with time zone) where not exists (select 1 from survey_response where id = ?)"
            + " and not exists (select 1 from survey_response where invitation_id = cast(? as bigint))";

    private static final String COLUMNS = "id, round_id, invitation_id, questionnaire, channel, unit_id, commune_code,"
            + " position_group, client_id, answers, started_at, received_at";
    /** At most this many rows per PostgreSQL statement: 12 parameters each, under the protocol's 32,767. */
    private static final int ROWS_PER_STATEMENT = 1000;

    /** What became of a queued row: written, or left out because the id or the invitation already had one. */
    public enum Written { STORED, DUPLICATE }

    private record Pending(ResponseStore.NewResponse row, CompletableFuture<Written> written) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int maxBatch;
    private final int writers;
    private final BlockingQueue<Pending> queue;
    private volatile boolean accepting;
    private volatile List<Thread> threads = List.of();
    /** Whether the database is PostgreSQL (the multi-row path), found on the first write. */
    private volatile Boolean postgres;

    ResponseWriter(JdbcTemplate jdbc, TransactionTemplate transaction,
                   @Value("${thuocdo.survey.ingest.queue-capacity:20000}") int capacity,
                   @Value("${thuocdo.survey.ingest.max-batch:500}") int maxBatch,
                   @Value("${thuocdo.survey.ingest.writers:2}") int writers) {
        if (capacity < 1 || maxBatch < 1 || writers < 1) {
            throw new IllegalStateException("thuocdo.survey.ingest.queue-capacity, max-batch and writers must be positive");
        }
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.maxBatch = maxBatch;
        this.writers = writers;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues a row; refused at once with {@code ingest.busy} when the queue is full or the application stops. */
    public CompletableFuture<Written> write(ResponseStore.NewResponse row) {
        Pending pending = new Pending(row, new CompletableFuture<>());
        if (!accepting || !queue.offer(pending)) {
            throw new Rejected("ingest.busy");
        }
        return pending.written();
    }

    /** Room left in the queue: a batch that cannot fit is refused whole before any of it is queued. */
    public int room() {
        return accepting ? queue.remainingCapacity() : 0;
    }

    /** Waits for a queued row: the caller answers only once this returned (after the commit). */
    public static Written await(CompletableFuture<Written> written) {
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the response was being written", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The response could not be written", e.getCause());
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (true) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (!accepting && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                // Nothing of ours interrupts the writer; should something, it stops taking rows and drains the queue.
                accepting = false;
            } catch (RuntimeException | Error e) {
                log.error("The response writer failed on a batch of {}", batch.size(), e);
                batch.forEach(p -> p.written().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** One transaction for the batch; on a broken unique key or an aborted transaction, one per row. */
    private void write(List<Pending> batch) {
        // Stable: two rows of one invitation keep their order, and the first is the one stored.
        batch.sort(java.util.Comparator.comparing(p -> p.row().invitationId(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        boolean[] stored;
        try {
            stored = transaction.execute(status -> postgres() ? insertSkipping(batch) : insert(batch));
        } catch (DuplicateKeyException | org.springframework.dao.TransientDataAccessException another) {
            // A deadlock or a serialization failure is a TransientDataAccessException: written one by one too.
            oneByOne(batch);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).written().complete(stored[i] ? Written.STORED : Written.DUPLICATE);
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
            postgres = known;
        }
        return known;
    }

    /**
     * PostgreSQL: the rows in one statement per thousand, each skipped when its id or invitation already has a
     * response; the ids (with their invitations) returned are the rows stored.
     */
    private boolean[] insertSkipping(List<Pending> batch) {
        java.util.Set<String> inserted = new java.util.HashSet<>();
        for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
            List<Pending> some = batch.subList(from, Math.min(batch.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("insert into survey_response (").append(COLUMNS).append(") values ");
            for (int i = 0; i < some.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?)");
            }
            sql.append(" on conflict do nothing returning id, invitation_id");
            jdbc.query(connection -> {
                PreparedStatement ps = connection.prepareStatement(sql.toString());
                for (int i = 0; i < some.size(); i++) {
                    bind(ps, i * 12, some.get(i).row());
                }
                return ps;
            }, rs -> {
                inserted.add(rs.getString(1) + "/" + rs.getString(2));
            });
        }
        boolean[] stored = new boolean[batch.size()];
        List<Object> drafts = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ResponseStore.NewResponse row = batch.get(i).row();
            stored[i] = inserted.remove(row.id() + "/" + row.invitationId());
            if (stored[i] && row.invitationId() != null) {
                drafts.add(row.invitationId());
            }
        }
        dropDrafts(drafts);
        return stored;
    }

    /** The drafts of invitations just answered, in statements of at most a thousand. */
    private void dropDrafts(List<Object> invitations) {
        for (int from = 0; from < invitations.size(); from += ROWS_PER_STATEMENT) {
            List<Object> some = invitations.subList(from, Math.min(invitations.size(), from + ROWS_PER_STATEMENT));
            jdbc.update("delete from survey_draft where invitation_id in ("
                    + String.join(",", java.util.Collections.nCopies(some.size(), "?")) + ")", some.toArray());
        }
    }

    private static void bind(PreparedStatement ps, int offset, ResponseStore.NewResponse r) throws SQLException {
        ps.setString(offset + 1, r.id());
        ps.setString(offset + 2, r.roundId());
        setLong(ps, offset + 3, r.invitationId());
        ps.setString(offset + 4, r.questionnaire());
        ps.setString(offset + 5, r.channel().name());
        ps.setString(offset + 6, r.unitId());
        ps.setString(offset + 7, r.communeCode());
        ps.setString(offset + 8, r.positionGroup());
        ps.setString(offset + 9, r.clientId());
        ps.setString(offset + 10, r.answers());
        ps.setTimestamp(offset + 11, r.startedAt() == null ? null : Timestamp.from(r.startedAt()));
        ps.setTimestamp(offset + 12, Timestamp.from(r.receivedAt()));
    }

    private void oneByOne(List<Pending> batch) {
        for (Pending pending : batch) {
            for (int attempt = 1; ; attempt++) {
                try {
                    boolean[] stored = transaction.execute(status -> postgres() ? insertSkipping(List.of(pending))
                            : insert(List.of(pending)));
                    pending.written().complete(stored[0] ? Written.STORED : Written.DUPLICATE);
                } catch (DuplicateKeyException clash) {
                    pending.written().complete(Written.DUPLICATE);
                } catch (org.springframework.dao.TransientDataAccessException aborted) {
                    if (attempt < 3) {
                        continue;
                    }
                    pending.written().completeExceptionally(aborted);
                } catch (RuntimeException e) {
                    pending.written().completeExceptionally(e);
                }
                break;
            }
        }
    }

    /** Elsewhere: a JDBC batch of inserts that skip a row whose id or invitation already has a response. */
    private boolean[] insert(List<Pending> batch) {
        int[] counts = jdbc.batchUpdate(INSERT, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ResponseStore.NewResponse r = batch.get(i).row();
                bind(ps, 0, r);
                ps.setString(13, r.id());
                setLong(ps, 14, r.invitationId());
            }

            @Override
            public int getBatchSize() {
                return batch.size();
            }
        });
        boolean[] stored = new boolean[batch.size()];
        List<Object> drafts = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            // SUCCESS_NO_INFO (-2) is never returned for an insert ... select by the PostgreSQL or H2 drivers.
            stored[i] = counts[i] != 0;
            Long invitation = batch.get(i).row().invitationId();
            if (stored[i] && invitation != null) {
                drafts.add(invitation);
            }
        }
        dropDrafts(drafts);
        return stored;
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    @Override
    public void start() {
        accepting = true;
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Thread thread = new Thread(this::run, "response-writer-" + (i + 1));
            thread.setDaemon(false);
            started.add(thread);
            thread.start();
        }
        threads = List.copyOf(started);
    }

    /** Closes the queue and waits for the writers to write what was queued. */
    @Override
    public void stop() {
        accepting = false;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads = List.of();
        // Anything left (the writers gave up): its callers are told, not left waiting.
        Pending left;
        while ((left = queue.poll()) != null) {
            left.written().completeExceptionally(new Rejected("ingest.busy"));
        }
    }

    @Override
    public boolean isRunning() {
        return !threads.isEmpty();
    }

    /**
     * Stops after the web server (whose graceful shutdown lets requests in flight finish, and they wait on this
     * queue) and before the connection pool closes.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }
}
