package org.smrdesk.policy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smrdesk.core.RuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules a policy version and a policy keep by themselves, without a database.
 */
class PolicyVersionTests {

	private final Policy policy = new Policy("Blogging policy", PolicyKind.BLOGGING, null, 6,
			LocalDate.of(2026, 12, 1));

	@Test
	void aDraftGoesToReviewAndIsPublished() {
		PolicyVersion version = new PolicyVersion(this.policy, 1, "Text", "First");
		assertThat(version.isEditable()).isTrue();
		version.submitForReview();
		assertThat(version.getState()).isEqualTo(VersionState.IN_REVIEW);
		version.revise("Reviewed text", "First, reviewed");
		Instant now = Instant.parse("2026-11-24T10:00:00Z");
		version.publish(null, now);
		assertThat(version.getState()).isEqualTo(VersionState.PUBLISHED);
		assertThat(version.getPublishedAt()).isEqualTo(now);
		assertThat(version.isEditable()).isFalse();
	}

	@Test
	void aPublishedVersionRefusesEveryChangeOfText() {
		PolicyVersion version = published();
		assertThatExceptionOfType(RuleException.class).isThrownBy(() -> version.revise("Other", "Other"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("policy.version.immutable"));
		assertThat(version.getBody()).isEqualTo("Text");
		version.retire();
		assertThatExceptionOfType(RuleException.class).isThrownBy(() -> version.revise("Other", "Other"));
	}

	@Test
	void transitionsOutOfOrderAreRefused() {
		PolicyVersion draft = new PolicyVersion(this.policy, 1, "Text", "First");
		assertThatExceptionOfType(RuleException.class).isThrownBy(() -> draft.publish(null, Instant.now()));
		assertThatExceptionOfType(RuleException.class).isThrownBy(draft::retire);
		assertThatExceptionOfType(RuleException.class).isThrownBy(draft::returnToDraft);
		PolicyVersion published = published();
		assertThatExceptionOfType(RuleException.class).isThrownBy(published::submitForReview);
		published.retire();
		assertThatExceptionOfType(RuleException.class).isThrownBy(published::retire);
	}

	@Test
	void onlyPublishedAndRetiredVersionsArePublic() {
		assertThat(VersionState.DRAFT.isPublic()).isFalse();
		assertThat(VersionState.IN_REVIEW.isPublic()).isFalse();
		assertThat(VersionState.PUBLISHED.isPublic()).isTrue();
		assertThat(VersionState.RETIRED.isPublic()).isTrue();
	}

	@Test
	void aReviewMovesTheNextReviewOneCycleOn() {
		assertThat(this.policy.isDueForReview(LocalDate.of(2026, 11, 30))).isFalse();
		assertThat(this.policy.isDueForReview(LocalDate.of(2026, 12, 1))).isTrue();
		this.policy.markReviewed(LocalDate.of(2026, 12, 3));
		assertThat(this.policy.getNextReviewOn()).isEqualTo(LocalDate.of(2027, 6, 3));
	}

	@Test
	void theDiffShowsAddedAndRemovedLinesInOrder() {
		PolicyVersion from = new PolicyVersion(this.policy, 1, "a\nb\nc\nd", "");
		PolicyVersion to = new PolicyVersion(this.policy, 2, "a\nB\nc\nd\ne", "");
		VersionDiff diff = VersionDiff.between(from, to);
		assertThat(diff.added()).isEqualTo(2);
		assertThat(diff.removed()).isEqualTo(1);
		assertThat(diff.lines()).extracting(VersionDiff.Line::change, VersionDiff.Line::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(VersionDiff.Change.SAME, "a"),
					org.assertj.core.groups.Tuple.tuple(VersionDiff.Change.REMOVED, "b"),
					org.assertj.core.groups.Tuple.tuple(VersionDiff.Change.ADDED, "B"),
					org.assertj.core.groups.Tuple.tuple(VersionDiff.Change.SAME, "c"),
					org.assertj.core.groups.Tuple.tuple(VersionDiff.Change.SAME, "d"),
					org.assertj.core.groups.Tuple.tuple(VersionDiff.Change.ADDED, "e"));
	}

	private PolicyVersion published() {
		PolicyVersion version = new PolicyVersion(this.policy, 1, "Text", "First");
		version.submitForReview();
		version.publish(null, Instant.now());
		return version;
	}

}
