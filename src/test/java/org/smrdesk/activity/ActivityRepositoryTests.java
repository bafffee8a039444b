package org.smrdesk.activity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.RepositoryTest;
import org.smrdesk.core.FullText;
import org.smrdesk.channel.ServiceKind;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.Role;
import org.smrdesk.user.Department;
import org.smrdesk.user.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

@RepositoryTest
class ActivityRepositoryTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	@Autowired
	private ActivityRepository activities;

	@Autowired
	private TestEntityManager entities;

	private Department marketing;

	private Department hr;

	private Channel blog;

	private Channel video;

	private User owner;

	@BeforeEach
	void createData() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.marketing = this.entities.persist(new Department("Marketing " + suffix, 5));
		this.hr = this.entities.persist(new Department("HR " + suffix, 5));
		this.blog = this.entities.persist(new Channel("Blog " + suffix, ServiceKind.BLOG));
		this.video = this.entities.persist(new Channel("Video " + suffix, ServiceKind.VIDEO));
		this.owner = this.entities
			.persist(new User("owner-" + suffix + "@test.example", "Owner " + suffix, this.marketing, Role.STAFF, "x"));
		activity(this.marketing, this.blog, "Spring campaign launch post", TODAY.minusDays(3), ActivityStatus.DONE);
		activity(this.marketing, this.video, "Product teaser video", TODAY.minusDays(40), ActivityStatus.DONE);
		activity(this.hr, this.blog, "Recruiting day at the campus", TODAY.minusDays(2), ActivityStatus.PLANNED);
		activity(this.hr, this.blog, "Cancelled job fair", TODAY.minusDays(1), ActivityStatus.CANCELLED);
		this.entities.flush();
	}

	private Activity activity(Department department, Channel service, String title, LocalDate date,
			ActivityStatus status) {
		Activity activity = new Activity(department, service, ActivityKind.POST, title, date, this.owner);
		activity.setStatus(status);
		return this.entities.persist(activity);
	}

	private Page<Activity> search(Long departmentId, String text) {
		ActivityFilter filter = new ActivityFilter();
		filter.setDepartment(departmentId);
		return new ActivitySearch(this.entities.getEntityManager()).search(filter, FullText.prefixQuery(text),
				PageRequest.of(0, 20, Sort.by("activityDate").descending()));
	}

	@Test
	void searchFiltersByDepartmentAndFullTextPrefix() {
		assertThat(search(this.marketing.getId(), "").map(Activity::getTitle))
			.containsExactly("Spring campaign launch post", "Product teaser video");
		assertThat(search(this.hr.getId(), "recru camp").map(Activity::getTitle))
			.containsExactly("Recruiting day at the campus");
		assertThat(search(this.marketing.getId(), "recruiting")).isEmpty();
	}

	@Test
	void aFullTextSearchNewestFirstPagesAndCountsItsMatchesOnce() {
		for (int day = 1; day <= 5; day++) {
			activity(this.hr, this.video, "Webinar recap part " + day, TODAY.minusDays(10 + day),
					(day == 3) ? ActivityStatus.PLANNED : ActivityStatus.DONE);
		}
		this.entities.flush();
		ActivityFilter filter = new ActivityFilter();
		filter.setDepartment(this.hr.getId());
		ActivitySearch search = new ActivitySearch(this.entities.getEntityManager());
		Sort newestFirst = Sort.by(Sort.Order.desc("activityDate"), Sort.Order.desc("id"));

		Page<Activity> first = search.search(filter, FullText.prefixQuery("webin"), PageRequest.of(0, 2, newestFirst));
		assertThat(first.map(Activity::getTitle)).containsExactly("Webinar recap part 1", "Webinar recap part 2");
		assertThat(first.getTotalElements()).isEqualTo(5);
		Page<Activity> last = search.search(filter, FullText.prefixQuery("webin"), PageRequest.of(2, 2, newestFirst));
		assertThat(last.map(Activity::getTitle)).containsExactly("Webinar recap part 5");
		assertThat(last.getTotalElements()).isEqualTo(5);
		Page<Activity> beyond = search.search(filter, FullText.prefixQuery("webin"), PageRequest.of(4, 2, newestFirst));
		assertThat(beyond.getContent()).isEmpty();
		assertThat(beyond.getTotalElements()).isEqualTo(5);

		filter.setStatus(ActivityStatus.PLANNED);
		assertThat(search.search(filter, FullText.prefixQuery("webin"), PageRequest.of(0, 2, newestFirst))
			.map(Activity::getTitle)).containsExactly("Webinar recap part 3");
		assertThat(search.search(filter, FullText.prefixQuery("nothing"), PageRequest.of(0, 2, newestFirst))).isEmpty();
		// another order: the same matches, by title
		filter.setStatus(null);
		assertThat(search
			.search(filter, FullText.prefixQuery("webin"), PageRequest.of(0, 2, Sort.by("title").descending()))
			.map(Activity::getTitle)).containsExactly("Webinar recap part 5", "Webinar recap part 4");
	}

	@Test
	void searchFiltersByDateRangeServiceAndStatus() {
		ActivityFilter filter = new ActivityFilter();
		filter.setFrom(TODAY.minusDays(10));
		filter.setTo(TODAY);
		filter.setService(this.blog.getId());
		filter.setStatus(ActivityStatus.DONE);
		Page<Activity> page = new ActivitySearch(this.entities.getEntityManager()).search(filter, "",
				PageRequest.of(0, 20));
		assertThat(page.map(Activity::getTitle)).containsExactly("Spring campaign launch post");
	}

	@Test
	void countsPerDepartmentSinceADayLeaveOutCancelledActivities() {
		List<ActivityRepository.DepartmentCount> counts = this.activities.countByDepartmentSince(TODAY.minusDays(30));
		assertThat(counts).filteredOn((c) -> c.getDepartmentId().equals(this.marketing.getId()))
			.singleElement()
			.extracting(ActivityRepository.DepartmentCount::getActivities)
			.isEqualTo(1L);
		assertThat(counts).filteredOn((c) -> c.getDepartmentId().equals(this.hr.getId()))
			.singleElement()
			.extracting(ActivityRepository.DepartmentCount::getActivities)
			.isEqualTo(1L);
	}

	@Test
	void listsWhichDepartmentWasActiveOnWhichService() {
		List<DepartmentServiceActivity> pairs = this.activities.countByDepartmentAndServiceSince(TODAY.minusDays(60))
			.stream()
			.filter((p) -> p.getDepartmentId().equals(this.marketing.getId()))
			.toList();
		assertThat(pairs).extracting(DepartmentServiceActivity::getServiceName)
			.containsExactly(this.blog.getName(), this.video.getName());
		assertThat(pairs.get(0).getLastDate()).isEqualTo(TODAY.minusDays(3));
	}

	@Test
	void fullTextSearchFindsWordsOfTitles() {
		List<Long> ids = this.activities.fullTextSearch(FullText.prefixQuery("teaser"), 10);
		assertThat(this.activities.findAllById(ids)).extracting(Activity::getTitle).contains("Product teaser video");
	}

	@Test
	void theNewestMatchesAreFoundAmongTheNewestActivitiesAndBeyondThem() {
		String word = "kestrelword" + UUID.randomUUID().toString().substring(0, 6);
		// newer than anything else in the database, so they fill the first walk
		for (int n = 1; n <= FullTextFunctions.WALK + 5; n++) {
			activity(this.marketing, this.blog, "Filler post " + n, LocalDate.of(2099, 1, 1).plusDays(n % 200),
					ActivityStatus.DONE);
		}
		for (int n = 1; n <= 12; n++) {
			activity(this.hr, this.video, word + " older part " + n, LocalDate.of(1990, 1, 1).plusDays(n),
					ActivityStatus.DONE);
		}
		this.entities.flush();
		ActivitySearch search = new ActivitySearch(this.entities.getEntityManager());

		// no match among the newest: found through the index, newest first
		assertThat(search.fullText(FullText.prefixQuery(word), 10)).extracting(Activity::getTitle)
			.containsExactly(titles(word + " older part ", 12, 3));

		// three among the newest, the rest older: both, newest first
		for (int n = 1; n <= 3; n++) {
			activity(this.hr, this.video, word + " recent part " + n, LocalDate.of(2101, 1, 1).plusDays(n),
					ActivityStatus.DONE);
		}
		this.entities.flush();
		assertThat(search.fullText(FullText.prefixQuery(word), 10)).extracting(Activity::getTitle)
			.containsExactly(concat(titles(word + " recent part ", 3, 1), titles(word + " older part ", 12, 6)));

		// enough among the newest: those, newest first
		for (int n = 4; n <= 12; n++) {
			activity(this.hr, this.video, word + " recent part " + n, LocalDate.of(2101, 1, 1).plusDays(n),
					ActivityStatus.DONE);
		}
		this.entities.flush();
		assertThat(search.fullText(FullText.prefixQuery(word), 10)).extracting(Activity::getTitle)
			.containsExactly(titles(word + " recent part ", 12, 3));
		assertThat(search.fullText(FullText.prefixQuery("nothing" + word), 10)).isEmpty();
	}

	private static String[] titles(String prefix, int from, int to) {
		return IntStream.iterate(from, (n) -> n >= to, (n) -> n - 1).mapToObj((n) -> prefix + n).toArray(String[]::new);
	}

	private static String[] concat(String[] first, String[] second) {
		return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
	}

	@Test
	void prefixQueryKeepsOnlyWordsAndMakesThemPrefixes() {
		assertThat(FullText.prefixQuery("  Recru' & blog!:* ")).isEqualTo("recru:* & blog:*");
		assertThat(FullText.prefixQuery("&|!")).isEmpty();
	}

}
