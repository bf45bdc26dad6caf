package org.corporateparenting.reporting.application;

import java.time.Clock;
import java.util.Map;

import org.corporateparenting.reporting.domain.BoardPackRender;
import org.corporateparenting.reporting.domain.BoardPackRenders;
import org.corporateparenting.reporting.domain.RenderProgress;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PdfDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a board pack's PDF in the background: the request only queues it and returns, the work runs on the
 * application's task executor (in the same council), and each step is committed as it is reached, so the
 * progress page shows how far it has got. Asking again while one is under way does not start a second.
 */
@Service
public class BoardPackGeneration {

	public static final String TEMPLATE = "reporting/board-pack-document";

	private static final Logger log = LoggerFactory.getLogger(BoardPackGeneration.class);

	private static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(10);

	private final BoardPackDrafts drafts;

	private final BoardPackDocument document;

	private final BoardPackRenders renders;

	private final PdfDocuments pdfs;

	private final TaskExecutor executor;

	private final TransactionTemplate step;

	private final Clock clock;

	BoardPackGeneration(BoardPackDrafts drafts, BoardPackDocument document, BoardPackRenders renders,
			PdfDocuments pdfs, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			PlatformTransactionManager transactions, Clock clock) {
		this.drafts = drafts;
		this.document = document;
		this.renders = renders;
		this.pdfs = pdfs;
		this.executor = executor;
		this.step = new TransactionTemplate(transactions);
		this.step.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Queues a generation and returns at once with its progress. */
	public RenderProgress start(long id, String by) {
		boolean queued = Boolean.TRUE.equals(step.execute(status -> {
			drafts.pack(id);
			BoardPackRender render = renders.findById(id).orElseGet(() -> new BoardPackRender(id));
			// One under way for longer than a generation ever takes was lost (a restart): it is started again.
			if (render.getStatus() != null && render.isUnderWay()
					&& render.getRequestedAt().isAfter(clock.instant().minus(ABANDONED_AFTER))) {
				return false;
			}
			render.queue(by, clock.instant());
			renders.save(render);
			return true;
		}));
		if (queued) {
			try {
				executor.execute(() -> generate(id));
			}
			catch (TaskRejectedException ex) {
				step.executeWithoutResult(status -> renders.findById(id)
					.ifPresent(render -> render.fail("The platform is too busy to start it: try again", clock.instant())));
			}
		}
		return progress(id);
	}

	public RenderProgress progress(long id) {
		return step.execute(status -> renders.progress(id)
			.orElseThrow(() -> new NotFoundException("No PDF has been asked for board pack " + id)));
	}

	/** The PDF, once generated. */
	public byte[] pdf(long id) {
		return step.execute(status -> renders.findById(id)
			.filter(render -> render.getStatus() == BoardPackRender.Status.READY)
			.map(BoardPackRender::getPdf)
			.orElseThrow(() -> new NotFoundException("Board pack " + id + " has no PDF ready")));
	}

	void generate(long id) {
		try {
			BoardPackDocument.Content content = document.assemble(id, (percent, what) -> reached(id, percent, what));
			reached(id, 85, "Writing the PDF");
			byte[] pdf = pdfs.pdf(TEMPLATE, Map.of("pack", content, "print", true));
			step.executeWithoutResult(status -> renders.findById(id).orElseThrow().finish(pdf, clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("Board pack {} could not be generated", id, ex);
			step.executeWithoutResult(status -> renders.findById(id)
				.ifPresent(render -> render.fail(ex.getClass().getSimpleName() + ": " + ex.getMessage(), clock.instant())));
		}
	}

	private void reached(long id, int percent, String what) {
		step.executeWithoutResult(status -> renders.reached(id, percent, what));
	}
}
