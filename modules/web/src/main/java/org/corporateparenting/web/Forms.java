package org.corporateparenting.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Submitting a GOV.UK form page: do the change and go where it says, or show the page again with what was wrong
 * (bad input beside its fields, a clash, or a change someone else made first).
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * @param change makes the change and returns the view to go to (usually a redirect)
	 * @param again shows the form page again with the problems
	 * @param staleField the field a stale-version message is shown beside
	 */
	public static String submit(Supplier<String> change, Function<FormErrors, String> again, String staleField) {
		try {
			return change.get();
		}
		catch (InvalidInputException ex) {
			return again.apply(FormErrors.of(ex));
		}
		catch (ConflictException ex) {
			return again.apply(new FormErrors(List.of(new FieldProblem(ex.field().orElse(staleField), ex.getMessage()))));
		}
		catch (DataIntegrityViolationException ex) {
			var tooLong = TooLong.problem(ex);
			return again.apply(new FormErrors(List.of(tooLong.orElse(new FieldProblem(staleField,
					"Someone else changed this since you opened the page, so your change was not saved. Check it and"
							+ " try again.")))));
		}
		catch (OptimisticLockingFailureException ex) {
			return again.apply(new FormErrors(List.of(new FieldProblem(staleField,
					"Someone else changed this since you opened the page, so your change was not saved. Check it and"
							+ " try again."))));
		}
	}
}
