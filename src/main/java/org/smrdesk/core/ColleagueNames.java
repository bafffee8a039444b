package org.smrdesk.core;

/**
 * Who a colleague field of a form names ({@code fragments/lookup :: colleague}): a
 * type-ahead instead of a drop-down of every user, which at 2,000 users made a form a
 * 100–200 KB page and the slowest pages of the application. The form posts the chosen
 * colleague's id (kept by {@code static/js/lookup.js}) and the text in the field
 * ({@link InputBinding} binds the two); implemented by the user feature.
 */
public interface ColleagueNames {

	/**
	 * The active colleague a typed text names: their e-mail address, their name (any
	 * case), or the start of the name of only one of them.
	 * @param typed the text, not blank
	 * @return the colleague's id
	 * @throws NotOne when nobody or several colleagues answer to the text
	 */
	Long idOf(String typed);

	/**
	 * Who a submitted type-ahead field names: the chosen id while the text still shows
	 * that colleague's name, otherwise {@link #idOf} the text (typed without JavaScript,
	 * or changed without choosing); nobody when the text is empty.
	 * @param chosen the id the field kept, or null
	 * @param typed the text in the field, or null
	 * @return the colleague's id, or null for nobody
	 * @throws NotOne when the text, not a chosen colleague's name, names nobody or
	 * several
	 */
	default Long resolve(Long chosen, String typed) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty()) {
			return null;
		}
		String name = (chosen != null) ? nameOf(chosen) : null;
		return (name != null && text.equalsIgnoreCase(name.strip())) ? chosen : idOf(text);
	}

	/**
	 * The name to show for a colleague (active or not).
	 * @param id the user, or null
	 * @return the name, or null when {@code id} is null or nobody's
	 */
	String nameOf(Long id);

	/**
	 * A typed text that does not name exactly one active colleague.
	 */
	final class NotOne extends IllegalArgumentException {

		private final String typed;

		private final int found;

		public NotOne(String typed, int found) {
			super("\"" + typed + "\" names " + found + " active colleagues");
			this.typed = typed;
			this.found = found;
		}

		/**
		 * The text as typed.
		 * @return the text
		 */
		public String typed() {
			return this.typed;
		}

		/**
		 * How many answer to the text (2 stands for several).
		 * @return 0, or more than 1
		 */
		public int found() {
			return this.found;
		}

	}

}
