package org.corporateparenting.platform.probe;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Test only: writes a note in the current council and announces it. */
@Service
public class ProbeWriter {

	private final ProbeNotes notes;

	private final ApplicationEventPublisher events;

	ProbeWriter(ProbeNotes notes, ApplicationEventPublisher events) {
		this.notes = notes;
		this.events = events;
	}

	@Transactional
	public ProbeNote write(String council, String text) {
		ProbeNote note = notes.save(new ProbeNote(text));
		events.publishEvent(new ProbeNoteWritten(council, note.getId()));
		return note;
	}

	@Transactional
	public void announce(Object event) {
		events.publishEvent(event);
	}
}
