package org.rectify.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * 电子邮件: SMTP through Spring Boot's mail starter ({@code spring.mail.*}); subject, text and HTML
 * from {@code templates/mail/}. Off until {@code rectify.notifications.mail.enabled=true} and a
 * mail server is configured; reaches people with an e-mail address in the directory.
 */
@Component
@Order(2)
class MailChannel implements NotificationChannel {

  static final String ID = "email";

  private final Supplier<JavaMailSender> sender;
  private final NotificationProperties properties;
  private final Function<String, Optional<String>> addresses;
  private final MessageTemplates templates;

  @Autowired
  MailChannel(
      ObjectProvider<JavaMailSender> sender,
      NotificationProperties properties,
      Addressees addressees,
      MessageTemplates templates) {
    this(
        sender::getIfAvailable,
        properties,
        username -> addressees.byUsername(username).map(o -> o.getEmail()),
        templates);
  }

  MailChannel(
      Supplier<JavaMailSender> sender,
      NotificationProperties properties,
      Function<String, Optional<String>> addresses,
      MessageTemplates templates) {
    this.sender = sender;
    this.properties = properties;
    this.addresses = addresses;
    this.templates = templates;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "电子邮件";
  }

  @Override
  public Audience audience() {
    return Audience.PERSON;
  }

  @Override
  public boolean reaches(String username) {
    return properties.getMail().isEnabled()
        && sender.get() != null
        && address(username).isPresent();
  }

  @Override
  public void deliver(Delivery delivery) throws DeliveryException {
    JavaMailSender mail = sender.get();
    if (!properties.getMail().isEnabled() || mail == null) {
      throw new DeliveryException("邮件发送未启用或未配置邮件服务器");
    }
    String to =
        address(delivery.recipient()).orElseThrow(() -> new DeliveryException("通讯录中没有该用户的电子邮箱"));
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.getMail().getFrom());
      helper.setTo(to);
      helper.setSubject(templates.render("mail/subject.ftl", delivery).strip());
      helper.setText(
          templates.render("mail/body.ftl", delivery),
          templates.render("mail/body.ftlh", delivery));
      mail.send(message);
    } catch (MessagingException | MailException e) {
      throw new DeliveryException("邮件服务器未接收（" + e.getClass().getSimpleName() + "）", e);
    }
  }

  private Optional<String> address(String username) {
    return addresses.apply(username).filter(a -> !a.isBlank());
  }
}
