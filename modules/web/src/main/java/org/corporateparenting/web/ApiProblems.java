package org.corporateparenting.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

/**
 * Turns what goes wrong in any module's API into RFC 9457 problems: 400 with every field error listed, 404,
 * 409 for duplicates and stale versions, and 412 for a stale If-Match.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

	static final URI INVALID_INPUT = URI.create("urn:cpp:problem:invalid-input");

	private final UnreadableValues unreadable;

	private final RequestParameters parameters;

	ApiProblems(UnreadableValues unreadable, RequestParameters parameters) {
		this.unreadable = unreadable;
		this.parameters = parameters;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflict");
		return problem;
	}

	/** A stale version: 409, or 412 when the request made the version a precondition with If-Match. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleVersion(OptimisticLockingFailureException ex, HttpServletRequest request) {
		if (IfMatch.present(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
					"The record is no longer at the version in If-Match: someone changed it since you read it. "
							+ "Read it again (its ETag) and make your change again.");
			problem.setTitle("Precondition failed");
			return problem;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this record since you read it. Reload it and make your change again.");
		problem.setTitle("Stale version");
		return problem;
	}

	/**
	 * Two requests racing for the same unique value (a key, a number): the later one is told, not failed. A value
	 * too long for its column is the caller's to shorten (400).
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail clash(DataIntegrityViolationException ex) {
		var tooLong = TooLong.problem(ex);
		if (tooLong.isPresent()) {
			return invalid(List.of(tooLong.get()));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This clashes with a change saved at the same moment. Reload and try again.");
		problem.setTitle("Conflict");
		return problem;
	}

	/** A database server could not be reached: try again shortly (the filter answers the same outside controllers). */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
		problem.setType(URI.create("urn:cpp:problem:database-unavailable"));
		problem.setTitle("Service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()))
			.body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> every = ex.getMostSpecificCause() instanceof JacksonException ? unreadable.readAgain()
				: List.of();
		if (!every.isEmpty()) {
			return ResponseEntity.badRequest().body(invalid(every));
		}
		FieldProblem problem = ex.getMostSpecificCause() instanceof JacksonException jackson
				&& !jackson.getPath().isEmpty()
						? new FieldProblem(path(jackson), "has a value of the wrong type or format")
						: new FieldProblem("body", "is not valid JSON");
		return ResponseEntity.badRequest().body(invalid(List.of(problem)));
	}

	/**
	 * A query or path parameter that is not of its type (a page that is not a number, an unknown status): it and every
	 * other request parameter that is wrong, at once.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
		Class<?> type = ex.getRequiredType() != null ? ex.getRequiredType() : Object.class;
		String sent = ex.getValue() instanceof String[] values ? String.join(",", values) : String.valueOf(ex.getValue());
		return ResponseEntity.badRequest()
			.body(invalid(withEveryParameter(new FieldProblem(field, RequestParameters.message(sent, type)), request)));
	}

	/** A required query parameter left out: it and every other request parameter that is wrong, at once. */
	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalid(withEveryParameter(new FieldProblem(ex.getParameterName(), "is required"), request)));
	}

	/** A file part left out of an upload. */
	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new FieldProblem(ex.getRequestPartName(), "Choose a file to upload"))));
	}

	/** The problem found first, and each other request parameter of the same handler that is wrong. */
	private List<FieldProblem> withEveryParameter(FieldProblem first, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>(List.of(first));
		if (request instanceof ServletWebRequest servlet && servlet.getRequest()
			.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
			parameters.problems(handler, servlet.getRequest())
				.stream()
				.filter(problem -> !problem.field().equals(first.field()))
				.forEach(problems::add);
		}
		return problems;
	}

	/** The path of the value that could not be read, as sent: {@code priorities[2].theme}. */
	static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	static ProblemDetail invalid(List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				problems.size() == 1 ? "1 field is not valid" : problems.size() + " fields are not valid");
		problem.setType(INVALID_INPUT);
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
		return problem;
	}
}
