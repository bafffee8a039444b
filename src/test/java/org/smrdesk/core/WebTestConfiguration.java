package org.smrdesk.core;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs to render pages as the application does: every
 * feature's messages, the pager links, the clock and the time helper.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ MessageSourceConfiguration.class, PageLinks.class, ClockConfiguration.class, Times.class })
@EnableConfigurationProperties(SmrProperties.class)
public class WebTestConfiguration {

}
