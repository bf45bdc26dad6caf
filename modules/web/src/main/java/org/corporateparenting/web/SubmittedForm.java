package org.corporateparenting.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's form as posted, bound to a record of its fields exactly as typed (strings, so a value that does not
 * parse is shown again beside its problem, not lost). A page shown again with the problems gets {@link #fields()} as
 * its {@code form}: templates read a field as {@code form['name']} and ask {@code form.containsKey('name')} which
 * of the page's forms was sent, as they do of the empty form ({@code Map.of()}) a page starts with.
 */
public interface SubmittedForm {

	/** The form's fields by name, each as typed (null when it was not sent). */
	default Map<String, Object> fields() {
		RecordComponent[] components = getClass().getRecordComponents();
		if (components == null) {
			throw new IllegalStateException(getClass().getName() + " is not a record of a form's fields");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (RecordComponent component : components) {
			Method accessor = component.getAccessor();
			try {
				accessor.setAccessible(true); // forms are package-private records beside their pages
				fields.put(component.getName(), accessor.invoke(this));
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read the form field " + component.getName(), ex);
			}
		}
		return Collections.unmodifiableMap(fields);
	}
}
