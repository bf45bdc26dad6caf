package org.corporateparenting.reporting.web;

import java.security.Principal;
import java.util.List;

import org.corporateparenting.reporting.application.BoardPackDrafts;
import org.corporateparenting.reporting.application.BoardPackGeneration;
import org.corporateparenting.reporting.application.BoardPackRequest;
import org.corporateparenting.reporting.domain.BoardPack;
import org.corporateparenting.reporting.domain.RenderProgress;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A council's board packs: drafts, their history, and the PDF generated in the background. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Reporting")
class BoardPacksApi {

	private final BoardPackDrafts packs;

	private final BoardPackGeneration generation;

	private final RecordHistory history;

	BoardPacksApi(BoardPackDrafts packs, BoardPackGeneration generation, RecordHistory history) {
		this.packs = packs;
		this.generation = generation;
		this.history = history;
	}

	@GetMapping("/board-packs")
	PageResponse<BoardPackDrafts.Summary> boardPacks(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return packs.list(page, size);
	}

	@PostMapping("/board-packs")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a board pack for a period and a board meeting, in the council report template")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<BoardPackDrafts.Summary> createBoardPack(@PathVariable String council,
			@RequestBody BoardPackRequest request, Principal author) {
		BoardPackDrafts.Summary created = packs.create(request, author.getName());
		return ResponseEntity.created(ApiAddresses.of(council, "/board-packs/" + created.id())).body(created);
	}

	@GetMapping("/board-packs/{id}")
	BoardPackDrafts.Summary boardPack(@PathVariable long id) {
		return packs.summary(id);
	}

	@PutMapping("/board-packs/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Save a board pack's draft; give the version you read")
	BoardPackDrafts.Summary saveBoardPack(@PathVariable long id, @RequestBody BoardPackRequest request) {
		return packs.save(id, request);
	}

	@GetMapping("/board-packs/{id}/history")
	List<RecordHistory.Change> boardPackHistory(@PathVariable long id) {
		packs.pack(id);
		return history.of(BoardPack.class, id);
	}

	@PostMapping("/board-packs/{id}/pdf")
	@PreAuthorize(Access.APPROVE)
	@Operation(summary = "Generate the board pack's PDF in the background; poll the progress address given")
	@ApiResponse(responseCode = "202", description = "The PDF is being made; poll its progress at the address given",
			headers = @Header(name = "Location", description = "The address of the PDF's progress, to poll",
					schema = @Schema(type = "string", format = "uri-reference",
							example = "/api/councils/walsall/board-packs/3/pdf/progress")))
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<RenderProgress> generate(@PathVariable String council, @PathVariable long id, Principal author) {
		RenderProgress progress = generation.start(id, author.getName());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(ApiAddresses.of(council, "/board-packs/" + id + "/pdf/progress"))
			.body(progress);
	}

	@GetMapping("/board-packs/{id}/pdf/progress")
	RenderProgress progress(@PathVariable long id) {
		packs.pack(id);
		return generation.progress(id);
	}

	@GetMapping("/board-packs/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		BoardPack pack = packs.pack(id);
		return Downloads.attachment(generation.pdf(id), MediaType.APPLICATION_PDF,
				council + "-" + Downloads.slug(pack.getTitle()) + ".pdf");
	}
}
