package org.corporateparenting.platform.probe;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilOnboarded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * Test only: an asynchronous module listener that notes which council context and which database schema it ran
 * in, and whether it could read the note written in the publishing transaction.
 */
@Component
public class ProbeListener {

	public static final BlockingQueue<Handled> HANDLED = new LinkedBlockingQueue<>();

	/** The council context each {@link CouncilOnboarded} was handled in, by council. */
	public static final Map<String, String> ONBOARDED_IN = new ConcurrentHashMap<>();

	private final EntityManager entityManager;

	private final ProbeNotes notes;

	ProbeListener(EntityManager entityManager, ProbeNotes notes) {
		this.entityManager = entityManager;
		this.notes = notes;
	}

	@ApplicationModuleListener
	void on(ProbeNoteWritten event) {
		String schema = (String) entityManager.createNativeQuery("select database()").getSingleResult();
		HANDLED.add(new Handled(event, CouncilContext.current().orElse(null), schema, Thread.currentThread().isVirtual(),
				notes.existsById(event.note())));
	}

	@ApplicationModuleListener
	void on(CouncilOnboarded event) {
		String schema = (String) entityManager.createNativeQuery("select database()").getSingleResult();
		ONBOARDED_IN.put(event.council(), CouncilContext.current().orElse("none") + "@" + schema);
	}

	public record Handled(ProbeNoteWritten event, String context, String schema, boolean virtualThread,
			boolean noteVisible) {
	}
}
