package org.corporateparenting.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.MDC;

/**
 * The council the current piece of work belongs to. Set from the URL for a request, from the event for a
 * listener, and carried onto other threads by {@link #wrap(Runnable)} (which the platform's task executors
 * apply to every task). Outside any council, work runs against the platform schema.
 * <p>
 * Domain code rarely needs this: its repositories are routed to the current council's schema already.
 */
public final class CouncilContext {

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	/** The key the council's slug has in the logging context (MDC). */
	public static final String LOG_KEY = "council";

	private CouncilContext() {
	}

	/** The slug of the council the current work belongs to, if any. */
	public static Optional<String> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The current council's slug; fails when the work belongs to no council. */
	public static String require() {
		return current().orElseThrow(() -> new IllegalStateException("No council context is set"));
	}

	/** Runs the work in the given council's context, restoring whatever context was there before. */
	public static <E extends Exception> void runIn(String council, Work<E> work) throws E {
		callIn(council, () -> {
			work.run();
			return null;
		});
	}

	/** Calls the task in the given council's context, restoring whatever context was there before. */
	public static <T, E extends Exception> T callIn(String council, Task<T, E> task) throws E {
		if (council == null || council.isBlank()) {
			throw new IllegalArgumentException("A council slug is required");
		}
		return switchTo(council, task);
	}

	/** Calls the task outside any council, against the platform schema. */
	public static <T, E extends Exception> T callOutsideAnyCouncil(Task<T, E> task) throws E {
		return switchTo(null, task);
	}

	/** Captures the current council so that the work runs in it on whichever thread picks it up. */
	public static Runnable wrap(Runnable work) {
		String captured = CURRENT.get();
		return () -> switchTo(captured, () -> {
			work.run();
			return null;
		});
	}

	/** Captures the current council so that the task runs in it on whichever thread picks it up. */
	public static <T> Callable<T> wrap(Callable<T> task) {
		String captured = CURRENT.get();
		return () -> switchTo(captured, task::call);
	}

	private static <T, E extends Exception> T switchTo(String council, Task<T, E> task) throws E {
		String previous = CURRENT.get();
		set(council);
		try {
			return task.call();
		}
		finally {
			set(previous);
		}
	}

	/** The council also goes into the logging context, so every log line of its work names it. */
	private static void set(String council) {
		if (council == null) {
			CURRENT.remove();
			MDC.remove(LOG_KEY);
		}
		else {
			CURRENT.set(council);
			MDC.put(LOG_KEY, council);
		}
	}

	@FunctionalInterface
	public interface Work<E extends Exception> {
		void run() throws E;
	}

	@FunctionalInterface
	public interface Task<T, E extends Exception> {
		T call() throws E;
	}
}
