package org.smrdesk.core;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs to render pages as the application does: every
 * feature's messages and the pager links.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ MessageSourceConfiguration.class, PageLinks.class })
@EnableConfigurationProperties(SmrProperties.class)
public class WebTestConfiguration {

}
