package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditionSourceTest {

  @Test
  void storedSourceReadsBackAndRendersTheSameBytes() {
    BulletinFixtures.Fixture fixture = BulletinFixtures.load("038");
    var source =
        new BulletinEditions.Source(
            fixture.kind(),
            Audience.PUBLIC,
            fixture.profile(),
            fixture.narrative(),
            fixture.snapshot());
    BulletinRenderer renderer = new BulletinRenderer();

    byte[] json = BulletinEditions.json(source);
    BulletinEditions.Source back = BulletinEditions.readSource(json);

    assertThat(back).isEqualTo(source);
    BulletinEditions.Rendered first = BulletinEditions.render(source, renderer);
    BulletinEditions.Rendered second = BulletinEditions.render(back, renderer);
    assertThat(second.text()).isEqualTo(first.text());
    assertThat(second.docx()).isEqualTo(first.docx());
    assertThat(BulletinEditions.json(back)).isEqualTo(json);
  }
}
