package org.corporateparenting.inspection.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.domain.EvidenceLink;
import org.jspecify.annotations.Nullable;

/**
 * What a set of links names, kind by kind, so that each kind's records are read in one query: an action by its
 * reference, an indicator by its code, a response and a section by their ids.
 */
public final class EvidenceReferences {

	private EvidenceReferences() {
	}

	/** The references the links of one kind give, as written. */
	public static Set<String> references(List<EvidenceLink> links, EvidenceKind kind) {
		return links.stream()
			.filter(link -> link.getKind() == kind)
			.map(EvidenceLink::getReference)
			.collect(Collectors.toSet());
	}

	/** The ids the links of one kind give; a reference that is not an id is left out. */
	public static Set<Long> ids(List<EvidenceLink> links, EvidenceKind kind) {
		return links.stream()
			.filter(link -> link.getKind() == kind)
			.map(link -> id(link.getReference()))
			.filter(id -> id != null)
			.collect(Collectors.toSet());
	}

	/** A reference read as an id, or null when it is not one. */
	public static @Nullable Long id(String reference) {
		try {
			return Long.valueOf(reference.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
