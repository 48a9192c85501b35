package org.rectify.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 节假日安排: which days are 法定节假日 and which weekend days are 调休 working days, as the State Council's
 * notices (国办发明电) set them year by year. A day the table does not name is a working day from Monday
 * to Friday.
 *
 * <p>The table is tab-separated with a header line: {@code date kind festival source}, kind {@code
 * holiday} or {@code workday} (see {@code src/main/resources/calendar/cn-holidays.tsv}).
 */
public final class HolidayTable {

  private final Map<LocalDate, Boolean> working;
  private final Set<Integer> years;

  private HolidayTable(Map<LocalDate, Boolean> working) {
    this.working = Map.copyOf(working);
    this.years = new TreeSet<>();
    working.keySet().forEach(day -> years.add(day.getYear()));
  }

  /** Reads a table; a bad line is named with its number and what is wrong with it. */
  public static HolidayTable read(InputStream tsv, String source) throws IOException {
    Map<LocalDate, Boolean> working = new HashMap<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (number == 1 || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        String where = source + " 第 " + number + " 行";
        if (cells.length < 2) {
          throw new IllegalArgumentException(where + "：应为“日期<Tab>holiday|workday…”，实为：" + line);
        }
        LocalDate day;
        try {
          day = LocalDate.parse(cells[0].strip());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(where + "：日期不合法：" + cells[0]);
        }
        Boolean isWorking =
            switch (cells[1].strip()) {
              case "holiday" -> false;
              case "workday" -> true;
              default ->
                  throw new IllegalArgumentException(
                      where + "：类型应为 holiday 或 workday，实为：" + cells[1]);
            };
        if (working.put(day, isWorking) != null) {
          throw new IllegalArgumentException(where + "：日期重复：" + day);
        }
      }
    }
    return new HolidayTable(working);
  }

  public boolean isWorkingDay(LocalDate day) {
    Boolean listed = working.get(day);
    if (listed != null) {
      return listed;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The years the table has notices for; other years count Monday to Friday only. */
  public Set<Integer> years() {
    return years;
  }
}
