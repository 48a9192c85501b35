package org.rectify.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * 版式选择: which render profiles a bulletin of an inspection may use — the shipped ones and, for an
 * inspection imported from a published bulletin, that bulletin's own layout ({@value
 * RenderProfiles#IMPORTED}) — and the profile a narrative's name stands for.
 */
@Service
public class ProfileChoice {

  /**
   * One profile the office can choose: its name for {@code narrative.profile}, a short label and
   * what it looks like.
   */
  public record Option(String name, String label, String description) {}

  private final ImportedProfileSource imported;

  ProfileChoice(ImportedProfileSource imported) {
    this.imported = imported;
  }

  /** The profiles a bulletin of this inspection may use, the default first. */
  public List<Option> options(UUID inspectionId) {
    List<Option> options = new ArrayList<>();
    for (String name : RenderProfiles.NAMES) {
      RenderProfile profile = RenderProfiles.get(name);
      options.add(new Option(name, profile.label(), profile.description()));
    }
    imported
        .profileOf(inspectionId)
        .ifPresent(
            p -> options.add(new Option(RenderProfiles.IMPORTED, p.label(), p.description())));
    return List.copyOf(options);
  }

  /**
   * The profile a narrative names for this inspection's bulletins.
   *
   * @throws IllegalArgumentException with a Chinese message when the name is unknown or the
   *     inspection has no imported bulletin
   */
  public RenderProfile resolve(String name, UUID inspectionId) {
    String chosen = name == null || name.isBlank() ? RenderProfiles.NAMES.get(0) : name.strip();
    if (chosen.equals(RenderProfiles.IMPORTED)) {
      Optional<RenderProfile> profile = imported.profileOf(inspectionId);
      return profile.orElseThrow(() -> new IllegalArgumentException("该巡视巡察不是从通报导入的，不能沿用导入通报的版式"));
    }
    if (!RenderProfiles.NAMES.contains(chosen)) {
      throw new IllegalArgumentException(
          "版式方案不存在：" + chosen + "（可用：" + String.join("、", RenderProfiles.NAMES) + "）");
    }
    return RenderProfiles.get(chosen);
  }
}
