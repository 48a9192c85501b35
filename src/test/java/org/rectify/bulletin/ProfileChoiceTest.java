package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileChoiceTest {

  private final UUID imported = UUID.randomUUID();
  private final UUID registered = UUID.randomUUID();
  private final RenderProfile inferred = RenderProfiles.get("global-numbering");
  private final ProfileChoice choice =
      new ProfileChoice(id -> id.equals(imported) ? Optional.of(inferred) : Optional.empty());

  @Test
  void everyInspectionMayUseTheShippedProfilesAndAnImportedOneAlsoItsOwnLayout() {
    assertThat(choice.options(registered))
        .extracting(ProfileChoice.Option::name)
        .containsExactlyElementsOf(RenderProfiles.NAMES);
    assertThat(choice.options(imported))
        .extracting(ProfileChoice.Option::name)
        .endsWith(RenderProfiles.IMPORTED);
    assertThat(choice.options(registered)).allSatisfy(o -> assertThat(o.label()).isNotBlank());
  }

  @Test
  void noNameMeansTheStandardProfileAndImportedMeansTheInferredOne() {
    assertThat(choice.resolve(null, registered).name()).isEqualTo("standard");
    assertThat(choice.resolve(" ", registered).name()).isEqualTo("standard");
    assertThat(choice.resolve("imported", imported)).isSameAs(inferred);
  }

  @Test
  void anUnknownNameOrTheImportedLayoutOfARegisteredInspectionIsRefusedInChinese() {
    assertThatThrownBy(() -> choice.resolve("宋体", registered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("版式方案不存在：宋体");
    assertThatThrownBy(() -> choice.resolve("imported", registered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("该巡视巡察不是从通报导入的，不能沿用导入通报的版式");
  }
}
