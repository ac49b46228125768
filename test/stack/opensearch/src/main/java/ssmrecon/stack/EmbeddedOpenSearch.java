// Starts one OpenSearch node inside this JVM for the test suite, prints its HTTP port, and stops on SIGTERM or when
// stdin closes (so a parent that dies never leaves this JVM behind).
package ssmrecon.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.ingest.common.IngestCommonPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

public final class EmbeddedOpenSearch {
  /** The line the launcher waits for on stdout. */
  private static final String PORT_LINE_PREFIX = "OPENSEARCH_HTTP_PORT=";

  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(
          Netty4Plugin.class,
          CommonAnalysisPlugin.class,
          MapperExtrasPlugin.class,
          PainlessPlugin.class,
          IngestCommonPlugin.class);

  /** Node's plugin-taking constructor is protected; this subclass is the supported way to embed it. */
  private static final class ClasspathNode extends Node {
    ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
      super(environment, plugins, true);
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
      // The default sets a JVM-wide value once; nothing here needs it.
    }
  }

  private EmbeddedOpenSearch() {}

  /**
   * Usage: EmbeddedOpenSearch [homeDir] [--delete-home-on-exit] [setting=value ...]. Without homeDir a fresh temp
   * dir is used and always deleted on exit. Settings override the defaults below (e.g. http.port=19250-19260).
   */
  public static void main(String[] args) throws Exception {
    Path givenHome = null;
    boolean deleteHome = false;
    List<String> overrides = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--delete-home-on-exit")) {
        deleteHome = true;
      } else if (arg.indexOf('=') > 0) {
        overrides.add(arg);
      } else if (givenHome == null && !arg.startsWith("-")) {
        givenHome = Paths.get(arg).toAbsolutePath();
      } else {
        throw new IllegalArgumentException("unexpected argument: " + arg);
      }
    }
    Path home = givenHome != null ? givenHome : Files.createTempDirectory("embedded-opensearch-");
    boolean ownHome = givenHome == null || deleteHome;
    for (String sub : new String[] {"modules", "plugins", "config", "data", "logs"}) {
      Files.createDirectories(home.resolve(sub));
    }

    Settings.Builder settings =
        Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "ssm-recon-test")
            .put("node.name", "node-1")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", "19200-19299")
            .put("transport.port", "19300-19399")
            // Test disks run full; at the flood stage OpenSearch would turn every index read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("indices.breaker.total.use_real_memory", false)
            .put("action.auto_create_index", true);
    for (String override : overrides) {
      int eq = override.indexOf('=');
      settings.put(override.substring(0, eq), override.substring(eq + 1));
    }

    // Watch stdin from the start: a parent that dies while the node boots must not leave this JVM behind.
    watchStdin();

    AtomicReference<Node> running = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM, SIGINT and System.exit all run this hook; closing the node flushes and releases the data dir lock.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Node node = running.get();
                  if (node != null) {
                    try {
                      node.close();
                    } catch (IOException | RuntimeException e) {
                      System.err.println("embedded-opensearch: error while stopping: " + e);
                    }
                  }
                  if (ownHome) {
                    deleteTree(home);
                  }
                  stopped.countDown();
                },
                "embedded-opensearch-shutdown"));

    int port;
    try {
      Environment environment =
          InternalSettingsPreparer.prepareEnvironment(
              settings.build(), Collections.emptyMap(), home.resolve("config"), () -> "node-1");
      Node node = new ClasspathNode(environment, PLUGINS);
      running.set(node);
      node.start();
      port =
          node.injector()
              .getInstance(HttpServerTransport.class)
              .boundAddress()
              .publishAddress()
              .getPort();
    } catch (Throwable e) {
      // The node's own threads would keep a failed JVM alive; exit so the launcher sees the failure.
      System.err.println("embedded-opensearch: failed to start");
      e.printStackTrace();
      System.exit(1);
      return;
    }
    System.out.println(PORT_LINE_PREFIX + port);
    System.out.flush();
    stopped.await();
  }

  /** Exits the JVM once stdin reaches end-of-file: the parent closed it on purpose or died. */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) >= 0) {
                  // Input is ignored; only end-of-file matters.
                }
              } catch (IOException e) {
                // A broken stdin means the parent is gone, same as end-of-file.
              }
              System.exit(0);
            },
            "embedded-opensearch-stdin");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("embedded-opensearch: could not delete " + root + ": " + e);
    }
  }
}
