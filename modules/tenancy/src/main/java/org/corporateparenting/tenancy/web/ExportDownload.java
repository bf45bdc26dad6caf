package org.corporateparenting.tenancy.web;

import java.nio.file.Path;

import org.corporateparenting.tenancy.offboarding.CouncilOffboarding;
import org.corporateparenting.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An offboarded council's export as a download, streamed from the export folder (it can be large). */
final class ExportDownload {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private ExportDownload() {
	}

	static ResponseEntity<Resource> of(CouncilOffboarding offboarding, String slug) {
		Path export = offboarding.exportOf(slug)
			.orElseThrow(() -> new NotFoundException("No export of a council " + slug + " is kept"));
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.getFileName().toString()).build().toString())
			.body(new FileSystemResource(export));
	}
}
