package org.smrdesk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM settings of the product are the same wherever it is run: the Jib image's
 * {@code jvmFlags} ({@code pom.xml}) and the documented {@code java -jar} command
 * (README, "Running the jar"), apart from how the heap is sized (the image by the
 * container's memory, the command by {@code -Xmx}).
 */
class JvmSettingsTests {

	private static final Pattern FLAG = Pattern.compile("<jvmFlag>([^<]+)</jvmFlag>");

	@Test
	void theDocumentedJarCommandUsesTheImagesJvmFlags() throws IOException {
		List<String> image = imageFlags();
		String command = documentedCommand();
		assertThat(image).contains("-XX:+UseSerialGC", "-XX:MaxHeapFreeRatio=40", "-XX:MetaspaceSize=192m");
		for (String flag : image) {
			if (!flag.startsWith("-XX:MaxRAMPercentage")) {
				assertThat(command).as("the README's java command").contains(" " + flag + " ");
			}
		}
	}

	private static List<String> imageFlags() throws IOException {
		List<String> flags = new ArrayList<>();
		Matcher matcher = FLAG.matcher(Files.readString(Path.of("pom.xml")));
		while (matcher.find()) {
			flags.add(matcher.group(1).trim());
		}
		return flags;
	}

	private static String documentedCommand() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher block = Pattern.compile("\\*\\*Running the jar\\.\\*\\*.*?```bash\\n(.*?)```", Pattern.DOTALL)
			.matcher(readme);
		assertThat(block.find()).as("README has a \"Running the jar\" command").isTrue();
		return block.group(1).replace("\\\n", " ").replaceAll("\\s+", " ").trim() + " ";
	}

}
