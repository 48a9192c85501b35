package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How WordOutputIT runs LibreOffice and poppler: a stuck command is killed at the timeout. */
class ExternalCommandTest {

  @Test
  void aCommandThatHangsIsKilledAtTheTimeoutTogetherWithWhatItStarted() {
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                WordOutputIT.run(
                    Duration.ofSeconds(2), "sh", "-c", "echo started; sleep 300 & sleep 300"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not finish within PT2S and was killed")
        .hasMessageContaining("started");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void aCommandThatFinishesGivesItsOutput() throws Exception {
    assertThat(WordOutputIT.run(Duration.ofSeconds(30), "sh", "-c", "echo 通报")).contains("通报");
  }
}
