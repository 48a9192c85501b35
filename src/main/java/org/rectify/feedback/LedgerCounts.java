package org.rectify.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * 台账合计: the one definition of what a ledger counts, used by the ledger page, the forms and the
 * bulletins alike. A 具体问题 is a leaf finding (a finding without sub-findings; a finding with
 * sub-findings is counted through them); a finding is finished when its status says so (已完成整改,
 * 已完成并长期坚持, 已作销号处理); measures are counted on every finding, parents included.
 */
public record LedgerCounts(
    int findings, int findingsFinished, int measures, int measuresCompleted) {

  /** A finding as a reading of the ledger holds it. */
  public interface CountedFinding {

    FindingStatus status();

    List<? extends CountedFinding> children();

    List<? extends CountedMeasure> measures();

    /** 具体问题: a finding without sub-findings. */
    default boolean leaf() {
      return children().isEmpty();
    }

    /** No further rectification expected (see {@link FindingStatus#isFinished()}). */
    default boolean finished() {
      return status() != null && status().isFinished();
    }
  }

  /** A measure as a reading of the ledger holds it. */
  public interface CountedMeasure {

    /** Carried out (已完成落实, with or without 长期坚持). */
    boolean completed();
  }

  /** Counts the findings given (top-level ones; their sub-findings are reached from them). */
  public static LedgerCounts of(List<? extends CountedFinding> topLevel) {
    List<CountedFinding> all = inReadingOrder(topLevel);
    int leaves = 0;
    int finished = 0;
    int measures = 0;
    int completed = 0;
    for (CountedFinding finding : all) {
      if (finding.leaf()) {
        leaves++;
        if (finding.finished()) {
          finished++;
        }
      }
      for (CountedMeasure measure : finding.measures()) {
        measures++;
        if (measure.completed()) {
          completed++;
        }
      }
    }
    return new LedgerCounts(leaves, finished, measures, completed);
  }

  private static List<CountedFinding> inReadingOrder(List<? extends CountedFinding> findings) {
    List<CountedFinding> all = new ArrayList<>();
    for (CountedFinding finding : findings) {
      all.add(finding);
      all.addAll(inReadingOrder(finding.children()));
    }
    return all;
  }
}
