package org.rectify.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * 往返检验 ({@code java -jar rectify.jar roundtrip <input> <output>}): imports every {@code .txt} of a
 * folder as a bulletin, prints each recognised one again from its imported ledger with its inferred
 * layout ({@link BulletinReprint}), writes the text edition under the same file name and reports
 * the similarity of each to its original. Needs neither a server nor a database.
 */
public final class BulletinRoundTrip {

  private BulletinRoundTrip() {}

  /** One document's result; {@code skipped} holds the reason when it was not a bulletin. */
  public record Result(String file, double similarity, int aspects, int findings, String skipped) {}

  /** Runs the command; returns the results in file-name order. */
  public static List<Result> run(Path input, Path output, PrintStream log) throws IOException {
    if (!Files.isDirectory(input)) {
      throw new IOException("输入目录不存在：" + input);
    }
    Files.createDirectories(output);
    List<Path> files;
    try (Stream<Path> listing = Files.list(input)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .sorted()
              .toList();
    }
    List<Result> results = new ArrayList<>();
    double sum = 0;
    int counted = 0;
    double min = 1;
    log.println("文件\t相似度\t方面\t具体问题");
    for (Path file : files) {
      String name = file.getFileName().toString();
      String original = FeedbackDocuments.decode(Files.readAllBytes(file), null);
      if (original == null) {
        results.add(new Result(name, 0, 0, 0, "不是 UTF-8 或 GBK 文本"));
        log.println(name + "\t跳过：不是 UTF-8 或 GBK 文本");
        continue;
      }
      BulletinReading reading;
      String printed;
      try {
        reading = BulletinReader.read(original);
        String reason = notABulletin(reading);
        if (reason != null) {
          results.add(new Result(name, 0, 0, 0, reason));
          log.println(name + "\t跳过：" + reason);
          continue;
        }
        printed = BulletinReprint.text(reading, reading.aspects());
      } catch (RuntimeException e) {
        // One unreadable document must not stop the others; it is reported, never hidden.
        String reason = "识别或重排时出错（" + e + "）";
        results.add(new Result(name, 0, 0, 0, reason));
        log.println(name + "\t跳过：" + reason);
        continue;
      }
      Files.writeString(output.resolve(name), printed, StandardCharsets.UTF_8);
      double similarity = Similarity.of(original, printed);
      sum += similarity;
      counted++;
      min = Math.min(min, similarity);
      results.add(
          new Result(name, similarity, reading.aspects().size(), reading.leafCount(), null));
      log.printf(
          Locale.ROOT,
          "%s\t%.4f\t%d\t%d%n",
          name,
          similarity,
          reading.aspects().size(),
          reading.leafCount());
    }
    if (counted > 0) {
      log.printf(Locale.ROOT, "平均\t%.4f\t（%d 份通报，最低 %.4f）%n", sum / counted, counted, min);
    } else {
      log.println("没有识别出通报。");
    }
    return results;
  }

  /** Why a text is not taken for a bulletin, or null when it is one. */
  static String notABulletin(BulletinReading reading) {
    if (reading.facts().title() == null) {
      return "第一行不是通报标题（应含“关于”和“整改”或“巡视/巡察”）";
    }
    if (reading.leafCount() == 0) {
      return "没有找到逐条列出的反馈问题（可能是摘要或反馈意见）";
    }
    return null;
  }

  /** Command-line entry: {@code roundtrip <input-folder> <output-folder>}. */
  public static int command(String[] args) {
    if (args.length != 3) {
      System.err.println("用法：java -jar rectify.jar roundtrip <输入目录> <输出目录>");
      return 2;
    }
    try {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      run(Path.of(args[1]), Path.of(args[2]), out);
      return 0;
    } catch (IOException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }
}
