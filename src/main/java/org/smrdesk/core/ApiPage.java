package org.smrdesk.core;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;

/**
 * A list of the API that pages either way: by page number ({@code page}, with the
 * {@code page} metadata, as {@link PagedModel} answers) or, for the large lists, by
 * cursor ({@link ApiCursor}, with the {@code next} cursor, absent after the last).
 * {@link ApiPageLinks} writes the {@code Link} headers of both.
 *
 * @param <T> the record type
 * @param content the records
 * @param page the page's place and the total (page numbers only)
 * @param next the cursor that continues a walk (cursors only; absent at the end)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiPage<T>(List<T> content, PagedModel.PageMetadata page, String next) {

	/**
	 * A page by number.
	 * @param <T> the record type
	 * @param page the page
	 * @return the list
	 */
	public static <T> ApiPage<T> of(Page<T> page) {
		return new ApiPage<>(page.getContent(), new PagedModel<>(page).getMetadata(), null);
	}

	/**
	 * A page by number of a short list read whole (a few dozen rows at most, such as the
	 * lead's webhooks).
	 * @param <T> the record type
	 * @param all the whole list, in its order
	 * @param pageable the page asked for
	 * @return the list
	 */
	public static <T> ApiPage<T> of(List<T> all, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return of(new PageImpl<>(all.subList(from, to), pageable, all.size()));
	}

	/**
	 * A step of a cursor walk: the rows after the cursor's position, and the cursor of
	 * the next step when there are more.
	 * @param <T> the record type
	 * @param list the list's name (in the cursor)
	 * @param cursor the request's cursor (empty to start)
	 * @param pageable the request's page, for its size
	 * @param rows reads up to {@code limit} rows with an id above {@code afterId}, in id
	 * order
	 * @param id a row's id
	 * @return the list
	 * @throws ApiCursor.InvalidCursorException when the cursor is not this list's
	 */
	public static <T> ApiPage<T> walk(String list, String cursor, Pageable pageable, Rows<T> rows,
			ToLongFunction<T> id) {
		int size = pageable.getPageSize();
		List<T> read = rows.after(ApiCursor.position(list, cursor), size + 1);
		if (read.size() <= size) {
			return new ApiPage<>(read, null, null);
		}
		List<T> step = List.copyOf(read.subList(0, size));
		return new ApiPage<>(step, null, ApiCursor.after(list, id.applyAsLong(step.get(size - 1))));
	}

	/**
	 * The same list with its records converted.
	 * @param <R> the new type
	 * @param converter the conversion
	 * @return the list
	 */
	public <R> ApiPage<R> map(Function<? super T, ? extends R> converter) {
		return new ApiPage<>(this.content.stream().<R>map(converter).toList(), this.page, this.next);
	}

	/**
	 * Reads the rows of a walk's step.
	 *
	 * @param <T> the row type
	 */
	@FunctionalInterface
	public interface Rows<T> {

		/**
		 * The rows after a position.
		 * @param afterId the last id answered, 0 at the start
		 * @param limit how many at most
		 * @return the rows in id order
		 */
		List<T> after(long afterId, int limit);

	}

}
