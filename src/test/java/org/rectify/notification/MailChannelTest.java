package org.rectify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** 电子邮件 over real SMTP: GreenMail runs an SMTP server in the test JVM. */
class MailChannelTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final NotificationProperties properties = new NotificationProperties();
  private final Map<String, String> directory = Map.of("unit-a-li", "li.zonghe@example.org");
  private JavaMailSenderImpl sender;

  @BeforeEach
  void mailServer() {
    sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    properties.getMail().setEnabled(true);
    properties.getMail().setFrom("rectify@example.org");
  }

  private MailChannel channel() {
    return new MailChannel(
        () -> sender,
        properties,
        username -> Optional.ofNullable(directory.get(username)),
        new MessageTemplates(SampleDeliveries.CLOCK));
  }

  @Test
  void sendsOneChineseMailWithSubjectTextHtmlAndTheDeepLink() throws Exception {
    Delivery delivery = SampleDeliveries.single("unit-a-li");

    channel().deliver(delivery);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("li.zonghe@example.org");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("rectify@example.org");
    assertThat(mail.getSubject()).isEqualTo("【巡视巡察整改】逾期通知 【一-2-1】健全请示报告制度");
    String link = delivery.items().get(0).link();
    String text = part(mail, "text/plain");
    String html = part(mail, "text/html");
    assertThat(text)
        .contains("您有一条新的整改工作提醒")
        .contains("已超过整改时限 2026-12-04，现已逾期")
        .contains("时间：2026-12-07 10:00")
        .contains("办理：" + link);
    assertThat(html).contains("<a href=\"" + link + "\">打开待办</a>").contains("【逾期通知】");
  }

  @Test
  void aDigestIsOneMailListingEveryMessage() throws Exception {
    channel().deliver(SampleDeliveries.digest("unit-a-li"));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("【巡视巡察整改】整改工作每日提醒汇总（2 条）");
    assertThat(part(received[0], "text/plain"))
        .contains("共 2 条")
        .contains("1. 【到期提醒】【一-1-1】制定学习计划")
        .contains("2. 【进展调度】【二-3-2】清理违规报销");
  }

  @Test
  void htmlInAMessageIsEscapedInTheHtmlBody() throws Exception {
    Delivery delivery =
        new Delivery(
            "unit-a-li",
            false,
            List.of(SampleDeliveries.item("整改措施被退回", "【一-1】", "退回理由：<script>alert(1)</script>")));

    channel().deliver(delivery);

    String html = part(smtp.getReceivedMessages()[0], "text/html");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
  }

  @Test
  void reachesOnlyPeopleWithAnAddressAndOnlyWhenMailIsEnabled() {
    assertThat(channel().reaches("unit-a-li")).isTrue();
    assertThat(channel().reaches("someone-without-mail")).isFalse();
    properties.getMail().setEnabled(false);
    assertThat(channel().reaches("unit-a-li")).isFalse();
  }

  @Test
  void aMailServerThatDoesNotAnswerIsAFailedDeliveryWithoutThePassword() {
    sender.setPort(1); // nothing listens there
    sender.setUsername("rectify");
    sender.setPassword("s3cret-mail-password");

    assertThatThrownBy(() -> channel().deliver(SampleDeliveries.single("unit-a-li")))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("邮件服务器未接收")
        .hasMessageNotContaining("s3cret-mail-password");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private static String part(MimeMessage mail, String type) throws Exception {
    StringBuilder found = new StringBuilder();
    collect(mail.getContent(), type, found);
    if (found.isEmpty()) {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      mail.writeTo(raw);
      throw new AssertionError("no " + type + " part in " + raw.toString(StandardCharsets.UTF_8));
    }
    return found.toString();
  }

  private static void collect(Object content, String type, StringBuilder found) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        var part = multipart.getBodyPart(i);
        if (part.isMimeType(type)) {
          found.append(GreenMailUtil.getBody(part).isEmpty() ? "" : (String) part.getContent());
        } else {
          collect(part.getContent(), type, found);
        }
      }
    }
  }
}
