package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.rectify.registration.InspectionRegistration.AspectInput;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.upload.OfficeFiles;

class FeedbackDocumentsTest {

  @Test
  void writesOutWordsAutomaticNumberingSoThatHeadingsAreRecognised() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
      abstractNum.setAbstractNumId(BigInteger.ZERO);
      level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "（%1）");
      level(abstractNum, 1, STNumberFormat.DECIMAL, "%2.");
      XWPFNumbering numbering = document.createNumbering();
      BigInteger numId =
          numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
      for (String[] line :
          List.of(
              new String[] {"0", "贯彻落实党中央决策部署方面"},
              new String[] {"1", "理论学习不够深入。"},
              new String[] {"1", "意识形态责任制落实不到位。"},
              new String[] {"0", "全面从严治党方面"},
              new String[] {"1", "“四风”问题时有发生。"})) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(Integer.parseInt(line[0])));
        paragraph.createRun().setText(line[1]);
      }
      document.write(out);
      docx = out.toByteArray();
    }

    String text;
    try (XWPFDocument document = OfficeFiles.openDocument(new ByteArrayInputStream(docx), "file")) {
      text = FeedbackDocuments.text(document);
    }

    assertThat(text.lines())
        .containsExactly(
            "（一）贯彻落实党中央决策部署方面", "1.理论学习不够深入。", "2.意识形态责任制落实不到位。", "（二）全面从严治党方面", "1.“四风”问题时有发生。");
    List<AspectInput> aspects =
        FeedbackTextParser.parse(text, "file").registration().feedback().aspects();
    assertThat(aspects)
        .extracting(AspectInput::heading)
        .containsExactly("贯彻落实党中央决策部署方面", "全面从严治党方面");
    assertThat(aspects.get(0).findings())
        .extracting(FindingInput::text)
        .containsExactly("理论学习不够深入", "意识形态责任制落实不到位");
  }

  @Test
  void formatsCountersTheWayWordShowsThem() {
    assertThat(FeedbackDocuments.format(3, "chineseCounting")).isEqualTo("三");
    assertThat(FeedbackDocuments.format(10, "chineseCountingThousand")).isEqualTo("十");
    assertThat(FeedbackDocuments.format(12, "taiwanCounting")).isEqualTo("十二");
    assertThat(FeedbackDocuments.format(21, "chineseCounting")).isEqualTo("二十一");
    assertThat(FeedbackDocuments.format(2, "decimalEnclosedCircle")).isEqualTo("②");
    assertThat(FeedbackDocuments.format(7, "decimal")).isEqualTo("7");
  }

  private static void level(
      CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
    CTLvl level = abstractNum.addNewLvl();
    level.setIlvl(BigInteger.valueOf(ilvl));
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(format);
    level.addNewLvlText().setVal(text);
  }
}
