package org.corporateparenting.tenancy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A council's bundle from an upload: its files, or one zip of them. */
final class UploadedBundles {

	private UploadedBundles() {
	}

	/**
	 * @param files the council's files, or a single zip of them (by its name's {@code .zip})
	 * @param zip a zip sent on its own, as the API's {@code bundle} part
	 */
	static CouncilBundle of(@Nullable List<MultipartFile> files, @Nullable MultipartFile zip) {
		List<MultipartFile> given = files == null ? List.of()
				: files.stream().filter(file -> !file.isEmpty()).toList();
		boolean zipped = zip != null && !zip.isEmpty();
		if (given.isEmpty() == !zipped) {
			throw InvalidInputException.of("files", zipped ? "Give the council's files or one zip of them, not both"
					: "Choose the council's files (council.yaml and any module's file), or one zip of them");
		}
		try {
			if (zipped) {
				return CouncilBundle.fromZip(zip.getInputStream());
			}
			if (given.size() == 1 && name(given.getFirst()).toLowerCase().endsWith(".zip")) {
				return CouncilBundle.fromZip(given.getFirst().getInputStream());
			}
			Map<String, byte[]> named = new LinkedHashMap<>();
			for (MultipartFile file : given) {
				if (named.put(name(file), file.getBytes()) != null) {
					throw InvalidInputException.of("files", name(file) + " is given twice");
				}
			}
			return CouncilBundle.of(named);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String name(MultipartFile file) {
		return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? file.getName()
				: file.getOriginalFilename();
	}
}
