package org.smrdesk.core;

import java.beans.PropertyDescriptor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a web form is submitted. {@link #submit} shows the form again when binding
 * or validation found errors, runs the action otherwise, and turns what the services
 * refuse into messages on the form: a {@link FieldException} beside its field, a
 * {@link RuleException} above the form, a concurrent edit
 * ({@link ConcurrentEditException} or JPA's optimistic lock at commit) as the
 * {@code conflict} message. The form is shown with what the user typed, so nothing is
 * lost. An edit form passes what is stored now as well
 * ({@link #submit(BindingResult, Model, Supplier, Supplier, Supplier)}): after a conflict
 * the form shows the freshly stored values ({@code stored} in the model) beside what the
 * user typed. {@link #done} ends a successful submission with a flash message and a
 * redirect.
 *
 * <pre class="code">
 * return Forms.submit(result, () -&gt; form(model), () -&gt; {
 *     this.vendors.update(id, form);
 *     return Forms.done(redirect, "vendor.updated", "/vendors/" + id);
 * });
 * </pre>
 */
public final class Forms {

	/** The model attribute of the stored record after a conflict. */
	public static final String STORED = "stored";

	private static final String CONFLICT = "conflict";

	private static final String VERSION = "version";

	private Forms() {
	}

	/**
	 * Runs a form submission.
	 * @param result the form's binding result
	 * @param form shows the form again (adds what its drop-downs need, returns the view)
	 * @param action the service call on valid input; returns the view or redirect
	 * @return the view to render
	 */
	public static String submit(BindingResult result, Supplier<String> form, Supplier<String> action) {
		if (result.hasErrors()) {
			return form.get();
		}
		try {
			return action.get();
		}
		catch (FieldException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
		}
		catch (RuleException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject(CONFLICT);
		}
		return form.get();
	}

	/**
	 * Runs the submission of an edit form. As
	 * {@link #submit(BindingResult, Supplier, Supplier)}, and after a conflict (someone
	 * saved the record meanwhile) the model's {@code stored} holds the record as it is
	 * stored now, read afresh: the form fragments show each stored value beside the field
	 * where it differs from what was typed.
	 * @param result the form's binding result
	 * @param model the model
	 * @param stored reads the record afresh, as a form of the same type
	 * @param form shows the form again (adds what its drop-downs need, returns the view)
	 * @param action the service call on valid input; returns the view or redirect
	 * @return the view to render
	 */
	public static String submit(BindingResult result, Model model, Supplier<?> stored, Supplier<String> form,
			Supplier<String> action) {
		return submit(result, () -> {
			if (isConflict(result)) {
				Object now = stored.get();
				model.addAttribute(STORED, values(now));
				takeVersion(result.getTarget(), now);
			}
			return form.get();
		}, action);
	}

	/**
	 * The stored form's values by property name: the field fragments show one only where
	 * the form on the page has that field (a page may hold other forms).
	 */
	private static Map<String, Object> values(Object stored) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(stored);
		Map<String, Object> values = new HashMap<>();
		for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
			if (property.getReadMethod() != null && !"class".equals(property.getName())) {
				values.put(property.getName(), bean.getPropertyValue(property.getName()));
			}
		}
		return values;
	}

	/**
	 * After a conflict the form takes the stored version, so that saving it again (the
	 * user has now seen what is stored) does not conflict once more.
	 */
	private static void takeVersion(Object form, Object stored) {
		BeanWrapper from = PropertyAccessorFactory.forBeanPropertyAccess(stored);
		BeanWrapper to = PropertyAccessorFactory.forBeanPropertyAccess(form);
		if (from.isReadableProperty(VERSION) && to.isWritableProperty(VERSION)) {
			to.setPropertyValue(VERSION, from.getPropertyValue(VERSION));
		}
	}

	/**
	 * Whether the submission failed because someone else saved the record meanwhile.
	 * @param result the form's binding result
	 * @return true after a conflict
	 */
	public static boolean isConflict(BindingResult result) {
		return result.getGlobalErrors().stream().anyMatch((error) -> CONFLICT.equals(error.getCode()));
	}

	/**
	 * Ends a successful submission.
	 * @param redirect the redirect attributes
	 * @param message the message key of the flash message
	 * @param path where to go (an application path)
	 * @return the redirect view name
	 */
	public static String done(RedirectAttributes redirect, String message, String path) {
		redirect.addFlashAttribute("message", message);
		return "redirect:" + path;
	}

	/**
	 * Runs a one-click action (a button, no form to show again): a flash message when it
	 * succeeds, the refused rule's or field's message (or the conflict message when
	 * someone changed the record meanwhile) as a flash error when it does not, and back
	 * to the page either way.
	 * @param redirect the redirect attributes
	 * @param message the message key shown on success
	 * @param path where to go (an application path)
	 * @param action the service call
	 * @return the redirect view name
	 */
	public static String act(RedirectAttributes redirect, String message, String path, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (FieldException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "conflict.action");
		}
		return "redirect:" + path;
	}

}
