package org.rectify.bulletin;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.view.freemarker.FreeMarkerConfig;

/**
 * 通报公开网站缓存: published public editions in memory, so that the public site answers its hot path
 * without the database. An edition is frozen at publication and never changes, so a cached copy is
 * never stale; the list page is rendered once and kept until this node publishes an edition ({@link
 * EditionPublicationListener}) or until {@code rectify.public.site.list-refresh} has passed (an
 * edition published on another node).
 */
@Component
class PublicSiteCache {

  /** One frozen public edition, its outputs and their SHA-256 (the strong ETag of each). */
  record Frozen(
      UUID id,
      String title,
      byte[] html,
      String htmlSha256,
      byte[] text,
      String textSha256,
      byte[] docx,
      String docxSha256) {

    static Frozen of(BulletinEdition edition) {
      return new Frozen(
          edition.getId(),
          edition.getTitle(),
          edition.getHtmlContent(),
          edition.getHtmlSha256(),
          edition.getTextContent(),
          edition.getTextSha256(),
          edition.getDocxContent(),
          edition.getDocxSha256());
    }
  }

  /** The rendered list page and the SHA-256 of its bytes. */
  record ListPage(byte[] html, String sha256) {}

  private record ListSnapshot(ListPage page, long generation, long loadedAtNanos) {}

  static final String LIST_TEMPLATE = "pages/public/bulletins.ftlh";

  private final BulletinEditionRepository editions;
  private final TransactionTemplate readOnly;
  private final FreeMarkerConfig freemarker;
  private final int maxEditions;
  private final long listRefreshNanos;
  private final Map<UUID, Frozen> frozen = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final Object listLoad = new Object();
  private volatile ListSnapshot list;

  PublicSiteCache(
      BulletinEditionRepository editions,
      PlatformTransactionManager transactions,
      FreeMarkerConfig freemarker,
      @Value("${rectify.public.site.cached-editions:200}") int maxEditions,
      @Value("${rectify.public.site.list-refresh:PT10S}") Duration listRefresh) {
    this.editions = editions;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.freemarker = freemarker;
    this.maxEditions = Math.max(1, maxEditions);
    this.listRefreshNanos = listRefresh.toNanos();
  }

  /** The published public edition with this id, from memory after its first request. */
  Optional<Frozen> edition(UUID id) {
    Frozen cached = frozen.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Frozen> loaded =
        readOnly.execute(s -> editions.findByIdAndAudience(id, Audience.PUBLIC).map(Frozen::of));
    loaded.ifPresent(
        edition -> {
          // Bounded: beyond the limit one arbitrary edition makes room (it is reloaded if asked
          // for).
          Iterator<UUID> ids = frozen.keySet().iterator();
          while (frozen.size() >= maxEditions && ids.hasNext()) {
            frozen.remove(ids.next());
          }
          frozen.putIfAbsent(id, edition);
        });
    return loaded;
  }

  /** The list page, rendered at most once per publication on this node or per refresh period. */
  ListPage list() {
    ListSnapshot current = list;
    if (fresh(current)) {
      return current.page();
    }
    synchronized (listLoad) {
      current = list;
      if (fresh(current)) {
        return current.page();
      }
      long loadingGeneration = generation.get();
      ListPage page = readOnly.execute(s -> renderList());
      list = new ListSnapshot(page, loadingGeneration, System.nanoTime());
      return page;
    }
  }

  /** A public edition was committed on this node: the next list request renders the list anew. */
  void editionPublished() {
    generation.incrementAndGet();
  }

  private boolean fresh(ListSnapshot snapshot) {
    return snapshot != null
        && snapshot.generation() == generation.get()
        && System.nanoTime() - snapshot.loadedAtNanos() < listRefreshNanos;
  }

  private ListPage renderList() {
    Map<String, List<Map<String, String>>> byOrganization = new LinkedHashMap<>();
    for (BulletinEdition edition :
        editions.findByAudienceOrderByOrganizationAscBulletinDateDesc(Audience.PUBLIC)) {
      byOrganization
          .computeIfAbsent(edition.getOrganization(), k -> new ArrayList<>())
          .add(
              Map.of(
                  "id", edition.getId().toString(),
                  "title", edition.getTitle(),
                  "date", ChineseText.date(edition.getBulletinDate())));
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    byOrganization.forEach(
        (organization, items) ->
            groups.add(Map.of("organization", organization, "editions", items)));
    try {
      Template template = freemarker.getConfiguration().getTemplate(LIST_TEMPLATE);
      StringWriter out = new StringWriter();
      template.process(Map.of("groups", groups), out);
      byte[] html = out.toString().getBytes(StandardCharsets.UTF_8);
      return new ListPage(html, BulletinRenderer.sha256(html));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("通报列表页模板无法渲染：" + e.getMessage(), e);
    }
  }
}
