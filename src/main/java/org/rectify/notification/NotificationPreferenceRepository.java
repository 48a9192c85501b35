package org.rectify.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, String> {}
