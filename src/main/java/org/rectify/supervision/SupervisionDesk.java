package org.rectify.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rectify.inspection.InspectionLevel;
import org.rectify.organization.OfficialRole;
import org.rectify.plan.MeasureStatus;
import org.rectify.plan.Term;
import org.rectify.reporting.ReportDeadlines;
import org.rectify.security.Viewer;
import org.rectify.supervision.DeskScreen.Counts;
import org.rectify.supervision.DeskScreen.InspectionRow;
import org.rectify.supervision.DeskScreen.LeadRow;
import org.rectify.supervision.DeskScreen.MeasurePage;
import org.rectify.supervision.DeskScreen.MeasureRow;
import org.rectify.supervision.DeskScreen.TrendWeek;
import org.rectify.supervision.DeskScreen.UnitRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查督办台的查询: plain SQL on the ledger's own, indexed tables ({@code measure}, {@code measure_unit},
 * {@code finding}) — never on the engine's task tables. On PostgreSQL the per-unit counts of the
 * whole ledger or of one unit come from {@code desk_unit_tally} (measures per unit, status,
 * deadline day, unanswered call and on-time completion), which triggers keep current in the same
 * statements that change {@code measure} and {@code measure_unit}; a filter by inspection, lead
 * official or term (or a leader's scope) counts the filtered measure rows instead. The overdue list
 * reads the open measures' partial index in deadline order. The lights that change with time are
 * computed by each query from the stored deadline, today's date and {@link
 * TrafficLightRules#yellowUntil}, so they are never stale; what changes with work (status,
 * completion, deadline after an extension, latest 调度 call and progress note) is written on the
 * measure row in the transaction that changes it.
 *
 * <p>Who sees what: supervisors, the office and administrators every row; leaders the findings they
 * lead; unit staff only the rows of their unit.
 */
@Service
public class SupervisionDesk {

  static final String OPEN = "m.status in ('DRAFT', 'IN_PROGRESS')";
  static final String DONE = "m.status in ('COMPLETED', 'COMPLETED_ONGOING')";
  static final String RED = "(" + OPEN + " and m.deadline < :today)";

  private final NamedParameterJdbcTemplate jdbc;
  private final TrafficLights lights;
  private final ReportDeadlines reportDeadlines;
  private final String s;
  private final boolean tally;

  SupervisionDesk(
      NamedParameterJdbcTemplate jdbc,
      TrafficLights lights,
      ReportDeadlines reportDeadlines,
      @Value("${rectify.db.schema}") String schema) {
    this.jdbc = jdbc;
    this.lights = lights;
    this.reportDeadlines = reportDeadlines;
    this.s = schema + ".";
    this.tally =
        "PostgreSQL"
            .equals(
                jdbc.getJdbcTemplate()
                    .execute(
                        (ConnectionCallback<String>)
                            c -> c.getMetaData().getDatabaseProductName()));
  }

  /** The whole screen for {@code viewer} with {@code filter}. */
  @Transactional(readOnly = true)
  public DeskScreen screen(DeskFilter filter, Viewer viewer) {
    LocalDate today = lights.today();
    Query q = new Query(filter, viewer, today);
    return new DeskScreen(
        today,
        filter,
        total(q),
        units(q),
        leadOfficials(q),
        inspections(q),
        measures(q),
        trend(q),
        options());
  }

  /** One part of the screen: the list of {@code filter}'s light (by default the overdue list). */
  @Transactional(readOnly = true)
  public MeasurePage list(DeskFilter filter, Viewer viewer) {
    return measures(new Query(filter, viewer, lights.today()));
  }

  /** One part of the screen: the per-unit table. */
  @Transactional(readOnly = true)
  public List<UnitRow> unitRows(DeskFilter filter, Viewer viewer) {
    return units(new Query(filter, viewer, lights.today()));
  }

  private DeskScreen.Options options() {
    return new DeskScreen.Options(
        jdbc.query(
            "select id, inspection_team, coalesce(inspected_organization_short,"
                + " inspected_organization) as organization from "
                + s
                + "inspection order by feedback_date desc, id",
            (rs, n) ->
                new DeskScreen.Option(
                    rs.getString("id"),
                    rs.getString("inspection_team") + " · " + rs.getString("organization"))),
        jdbc.query(
            "select id, name from " + s + "unit order by code",
            (rs, n) -> new DeskScreen.Option(rs.getString("id"), rs.getString("name"))),
        jdbc.query(
            "select username, display_name from "
                + s
                + "official where role = 'LEADER' order by username",
            (rs, n) ->
                new DeskScreen.Option(rs.getString("username"), rs.getString("display_name"))));
  }

  /** Measure rows ({@code m} is {@code measure}) or tally rows ({@code m} is the tally). */
  private enum Source {
    MEASURES("count(*)", "1"),
    TALLY("sum(m.measures)", "m.measures");

    final String count;
    final String weight;

    Source(String count, String weight) {
      this.count = count;
      this.weight = weight;
    }
  }

  private String unanswered(Source source) {
    if (!lights.rules().unansweredCallIsYellow()) {
      return "";
    }
    return source == Source.TALLY
        ? " or m.call_unanswered"
        : " or (m.progress_called_on is not null and (m.progress_reported_on is null"
            + " or m.progress_reported_on < m.progress_called_on))";
  }

  private String yellow(Source source) {
    return "("
        + OPEN
        + " and m.deadline >= :today and (m.deadline <= :yellowUntil"
        + unanswered(source)
        + "))";
  }

  private String yellow() {
    return yellow(Source.MEASURES);
  }

  private String lightPredicate(TrafficLight light) {
    return switch (light) {
      case RED -> RED;
      case YELLOW -> yellow();
      case GREEN -> "(" + OPEN + " and m.deadline >= :today and not " + yellow() + ")";
      case GREY -> "(not " + OPEN + ")";
    };
  }

  private String countColumns() {
    return countColumns(Source.MEASURES);
  }

  private String countColumns(Source source) {
    String w = source.weight;
    String onTime = source == Source.TALLY ? "m.on_time" : "m.completed_on <= m.deadline";
    return source.count
        + " as measures, "
        + sum(DONE, w, "done")
        + ", "
        + sum(OPEN, w, "open_count")
        + ", "
        + sum(yellow(source), w, "yellow")
        + ", "
        + sum(RED, w, "red")
        + ", "
        + sum(DONE + " and " + onTime, w, "on_time")
        + ", "
        + sum("m.status = 'CLOSED_BY_DIRECTIVE'", w, "directive");
  }

  private static String sum(String condition, String weight, String alias) {
    return "sum(case when " + condition + " then " + weight + " else 0 end) as " + alias;
  }

  private static Counts counts(ResultSet rs) throws SQLException {
    return Counts.of(
        rs.getLong("measures"),
        rs.getLong("done"),
        rs.getLong("open_count"),
        rs.getLong("yellow"),
        rs.getLong("red"),
        rs.getLong("on_time"),
        rs.getLong("directive"));
  }

  private Counts total(Query q) {
    String sql = "select " + countColumns() + " from " + q.perMeasure();
    return jdbc.queryForObject(sql, q.parameters, (rs, n) -> counts(rs));
  }

  private List<UnitRow> units(Query q) {
    return tally && q.tallyAnswers() ? units(q, Source.TALLY) : units(q, Source.MEASURES);
  }

  /** The per-unit counts, from the measure rows or (PostgreSQL, no filter but a unit) the tally. */
  private List<UnitRow> units(Query q, Source source) {
    String sql =
        source == Source.TALLY
            ? "select u.id as unit_id, u.code, u.name, "
                + countColumns(Source.TALLY)
                + " from "
                + q.perUnitTally()
                + " group by u.id, u.code, u.name having sum(m.measures) > 0 order by u.code"
            : "select u.id as unit_id, u.code, u.name, "
                + countColumns()
                + " from "
                + q.perUnit()
                + " group by u.id, u.code, u.name order by u.code";
    return jdbc.query(
        sql,
        q.parameters,
        (rs, n) ->
            new UnitRow(
                rs.getObject("unit_id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                counts(rs)));
  }

  private List<LeadRow> leadOfficials(Query q) {
    String sql =
        "select lo.username, lo.display_name, "
            + countColumns()
            + " from "
            + q.perMeasure()
            + " group by lo.username, lo.display_name order by lo.username";
    return jdbc.query(
        sql,
        q.parameters,
        (rs, n) ->
            new LeadRow(
                rs.getString("username"),
                rs.getString("display_name") == null ? "未指定" : rs.getString("display_name"),
                counts(rs)));
  }

  private List<InspectionRow> inspections(Query q) {
    String sql =
        "select i.id as inspection_id, i.level, i.inspection_team, i.inspected_organization,"
            + " i.inspected_organization_short, i.feedback_date, "
            + countColumns()
            + " from "
            + q.perMeasure("join " + s + "inspection i on i.id = m.inspection_id")
            + " group by i.id, i.level, i.inspection_team, i.inspected_organization,"
            + " i.inspected_organization_short, i.feedback_date"
            + " order by i.feedback_date desc, i.id";
    TrafficLightRules rules = lights.rules();
    return jdbc.query(
        sql,
        q.parameters,
        (rs, n) -> {
          LocalDate feedback = rs.getObject("feedback_date", LocalDate.class);
          LocalDate due =
              reportDeadlines.reportDue(InspectionLevel.valueOf(rs.getString("level")), feedback);
          int toReport =
              due.isBefore(q.today)
                  ? -rules.workingDaysOverdue(due, q.today)
                  : rules.workingDaysLeft(due, q.today);
          String organization =
              rs.getString("inspected_organization_short") != null
                  ? rs.getString("inspected_organization_short")
                  : rs.getString("inspected_organization");
          return new InspectionRow(
              rs.getObject("inspection_id", UUID.class),
              rs.getString("inspection_team") + " · " + organization,
              feedback,
              due,
              toReport,
              counts(rs));
        });
  }

  private MeasurePage measures(Query q) {
    String ofLight = " and " + lightPredicate(q.filter.light());
    String where = q.perMeasure() + ofLight;
    long total =
        jdbc.queryForObject(
            "select count(*) from " + q.perMeasureCounted() + ofLight, q.parameters, Long.class);
    MapSqlParameterSource page =
        new MapSqlParameterSource(q.parameters.getValues())
            .addValue("limit", DeskFilter.PAGE_SIZE)
            .addValue("offset", (long) (q.filter.page() - 1) * DeskFilter.PAGE_SIZE);
    String sql =
        "select m.id, m.finding_id, m.inspection_id, f.code, m.ordinal, m.text,"
            + " m.responsible_person, lo.display_name as lead_name, m.term, m.status, m.deadline,"
            + " m.progress_called_on, m.progress_reported_on,"
            + " (select max(g.urged_on) from "
            + s
            + "urge g where g.measure_id = m.id) as last_urged"
            + " from "
            + where
            + " order by m.deadline, m.id limit :limit offset :offset";
    TrafficLightRules rules = lights.rules();
    List<MeasureRow> rows =
        jdbc.query(
            sql,
            page,
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              MeasureStatus status = MeasureStatus.valueOf(rs.getString("status"));
              LocalDate deadline = rs.getObject("deadline", LocalDate.class);
              LocalDate called = rs.getObject("progress_called_on", LocalDate.class);
              LocalDate reported = rs.getObject("progress_reported_on", LocalDate.class);
              boolean unanswered =
                  called != null && (reported == null || reported.isBefore(called));
              TrafficLight light = rules.light(status.isFinished(), deadline, unanswered, q.today);
              boolean open = !status.isFinished();
              return new MeasureRow(
                  id,
                  rs.getObject("finding_id", UUID.class),
                  rs.getObject("inspection_id", UUID.class),
                  rs.getString("code") + "-" + rs.getInt("ordinal"),
                  rs.getString("text"),
                  null,
                  rs.getString("responsible_person"),
                  rs.getString("lead_name"),
                  Term.valueOf(rs.getString("term")).label(),
                  status.label(),
                  deadline,
                  light,
                  light.label(),
                  open ? rules.workingDaysOverdue(deadline, q.today) : 0,
                  open && !deadline.isBefore(q.today)
                      ? rules.workingDaysLeft(deadline, q.today)
                      : 0,
                  open && unanswered,
                  rs.getObject("last_urged", LocalDate.class),
                  "/supervision/measures/" + id + "/task",
                  status == MeasureStatus.IN_PROGRESS);
            });
    return new MeasurePage(
        q.filter.light(), q.filter.page(), DeskFilter.PAGE_SIZE, total, withUnits(rows));
  }

  /** Adds the responsible units' names to one page of rows (one indexed query). */
  private List<MeasureRow> withUnits(List<MeasureRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<UUID, List<String>> names = new HashMap<>();
    jdbc.query(
        "select mu.measure_id, u.name from "
            + s
            + "measure_unit mu join "
            + s
            + "unit u on u.id = mu.unit_id where mu.measure_id in (:ids) order by u.code",
        new MapSqlParameterSource("ids", rows.stream().map(MeasureRow::measureId).toList()),
        rs -> {
          names
              .computeIfAbsent(rs.getObject("measure_id", UUID.class), k -> new ArrayList<>())
              .add(rs.getString("name"));
        });
    return rows.stream()
        .map(
            r ->
                new MeasureRow(
                    r.measureId(),
                    r.findingId(),
                    r.inspectionId(),
                    r.code(),
                    r.text(),
                    String.join("、", names.getOrDefault(r.measureId(), List.of())),
                    r.responsiblePerson(),
                    r.leadOfficial(),
                    r.term(),
                    r.status(),
                    r.deadline(),
                    r.light(),
                    r.lightLabel(),
                    r.workingDaysOverdue(),
                    r.workingDaysLeft(),
                    r.progressCallUnanswered(),
                    r.lastUrgedOn(),
                    r.taskLink(),
                    r.urgeable()))
        .collect(Collectors.toList());
  }

  private List<TrendWeek> trend(Query q) {
    LocalDate thisWeek = q.today.with(DayOfWeek.MONDAY);
    LocalDate from = thisWeek.minusWeeks(lights.trendWeeks() - 1L);
    LocalDate to = thisWeek.plusDays(6);
    MapSqlParameterSource range =
        new MapSqlParameterSource(q.parameters.getValues())
            .addValue("from", from)
            .addValue("to", to);
    Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
    for (LocalDate week = from; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
      weeks.put(week, new long[2]);
    }
    jdbc.query(
        "select m.completed_on as on_day, count(*) as n from "
            + q.perMeasure()
            + " and m.completed_on between :from and :to group by m.completed_on",
        range,
        rs -> {
          weeks.get(weekOf(rs.getObject("on_day", LocalDate.class)))[0] += rs.getLong("n");
        });
    jdbc.query(
        "select m.deadline as on_day, count(*) as n from "
            + q.perMeasure()
            + " and m.deadline between :from and :to and m.status <> 'CLOSED_BY_DIRECTIVE'"
            + " group by m.deadline",
        range,
        rs -> {
          weeks.get(weekOf(rs.getObject("on_day", LocalDate.class)))[1] += rs.getLong("n");
        });
    List<TrendWeek> trend = new ArrayList<>();
    weeks.forEach((week, n) -> trend.add(new TrendWeek(week, n[0], n[1])));
    return trend;
  }

  private static LocalDate weekOf(LocalDate day) {
    return day.with(DayOfWeek.MONDAY);
  }

  /** The filter and the viewer's scope as SQL conditions with their parameters. */
  private final class Query {
    final DeskFilter filter;
    final LocalDate today;
    final MapSqlParameterSource parameters = new MapSqlParameterSource();
    private final StringBuilder measureConditions = new StringBuilder();
    private final StringBuilder unitConditions = new StringBuilder();
    private final StringBuilder tallyConditions = new StringBuilder();
    private boolean onlyUnits = true;
    private boolean byLead;

    Query(DeskFilter filter, Viewer viewer, LocalDate today) {
      this.filter = filter;
      this.today = today;
      parameters.addValue("today", today);
      parameters.addValue("yellowUntil", lights.rules().yellowUntil(today));
      if (viewer.role() == OfficialRole.UNIT) {
        if (viewer.unitId() == null) {
          both(" and 1 = 0");
        } else {
          parameters.addValue("scopeUnit", viewer.unitId());
          measureConditions.append(unitExists("scopeUnit"));
          unitConditions.append(" and mu.unit_id = :scopeUnit");
          tallyConditions.append(" and m.unit_id = :scopeUnit");
        }
      } else if (viewer.role() == OfficialRole.LEADER) {
        parameters.addValue("scopeLeader", viewer.username());
        both(" and lo.username = :scopeLeader");
        byLead = true;
      }
      if (filter.inspectionId() != null) {
        parameters.addValue("inspection", filter.inspectionId());
        both(" and m.inspection_id = :inspection");
      }
      if (filter.unitId() != null) {
        parameters.addValue("unit", filter.unitId());
        measureConditions.append(unitExists("unit"));
        unitConditions.append(" and mu.unit_id = :unit");
        tallyConditions.append(" and m.unit_id = :unit");
      }
      if (filter.leadOfficial() != null) {
        parameters.addValue("lead", filter.leadOfficial());
        both(" and lo.username = :lead");
        byLead = true;
      }
      if (filter.term() != null) {
        parameters.addValue("term", filter.term().name());
        both(" and m.term = :term");
      }
    }

    private void both(String condition) {
      measureConditions.append(condition);
      unitConditions.append(condition);
      onlyUnits = false; // the tally knows units only: such a condition counts measure rows
    }

    /** No condition but a unit: the tally answers the per-unit counts. */
    boolean tallyAnswers() {
      return onlyUnits;
    }

    /** One row per unit and tally key ({@code m} is the tally row). */
    String perUnitTally() {
      return s
          + "desk_unit_tally m join "
          + s
          + "unit u on u.id = m.unit_id where 1 = 1"
          + tallyConditions;
    }

    /** One row per measure, joined to its finding only when the lead official is a condition. */
    String perMeasureCounted() {
      return byLead ? perMeasure() : s + "measure m where 1 = 1" + measureConditions;
    }

    private String unitExists(String parameter) {
      return " and exists (select 1 from "
          + s
          + "measure_unit su where su.measure_id = m.id and su.unit_id = :"
          + parameter
          + ")";
    }

    /** One row per measure. */
    String perMeasure(String... joins) {
      return s
          + "measure m join "
          + s
          + "finding f on f.id = m.finding_id left join "
          + s
          + "official lo on lo.id = f.lead_official_id "
          + String.join(" ", joins)
          + " where 1 = 1"
          + measureConditions;
    }

    /** One row per measure and responsible unit (a measure of two units counts for each). */
    String perUnit() {
      return s
          + "measure_unit mu join "
          + s
          + "measure m on m.id = mu.measure_id join "
          + s
          + "unit u on u.id = mu.unit_id join "
          + s
          + "finding f on f.id = m.finding_id left join "
          + s
          + "official lo on lo.id = f.lead_official_id where 1 = 1"
          + unitConditions;
    }
  }
}
