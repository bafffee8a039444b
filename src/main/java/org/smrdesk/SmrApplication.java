package org.smrdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * SMR Desk: where a company coordinates its social media relations.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SmrApplication {

	public static void main(String[] args) {
		SpringApplication.run(SmrApplication.class, args);
	}

}
