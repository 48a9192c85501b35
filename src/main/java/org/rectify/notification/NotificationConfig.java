package org.rectify.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the settings and the scheduled outbox dispatcher. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig {}
