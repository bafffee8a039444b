package org.smrdesk.policy;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The line differences between two policy versions (java-diff-utils), as rows a template
 * shows: unchanged, removed, added.
 *
 * @param from the older version
 * @param to the newer version
 * @param lines the lines of both, in order
 * @param added how many lines were added
 * @param removed how many lines were removed
 */
public record VersionDiff(PolicyVersion from, PolicyVersion to, List<Line> lines, int added, int removed) {

	static VersionDiff between(PolicyVersion from, PolicyVersion to) {
		List<String> original = from.getBody().lines().toList();
		List<String> revised = to.getBody().lines().toList();
		Patch<String> patch = DiffUtils.diff(original, revised);
		List<Line> lines = new ArrayList<>();
		int position = 0;
		int added = 0;
		int removed = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			while (position < start) {
				lines.add(new Line(Change.SAME, original.get(position++)));
			}
			for (String line : delta.getSource().getLines()) {
				lines.add(new Line(Change.REMOVED, line));
				removed++;
			}
			for (String line : delta.getTarget().getLines()) {
				lines.add(new Line(Change.ADDED, line));
				added++;
			}
			position = start + delta.getSource().size();
		}
		while (position < original.size()) {
			lines.add(new Line(Change.SAME, original.get(position++)));
		}
		return new VersionDiff(from, to, lines, added, removed);
	}

	/**
	 * One line of the diff.
	 *
	 * @param change what happened to it
	 * @param text the line
	 */
	public record Line(Change change, String text) {
	}

	/**
	 * What happened to a line.
	 */
	public enum Change {

		SAME, REMOVED, ADDED

	}

}
