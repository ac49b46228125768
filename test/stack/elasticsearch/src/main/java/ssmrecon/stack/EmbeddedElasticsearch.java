// Starts one Elasticsearch 8.19 node inside this JVM for the tests and the sandbox, prints its HTTP port, and stops on
// SIGTERM or when stdin closes (so a parent that dies never leaves this JVM behind).
package ssmrecon.stack;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.logging.log4j.core.config.Configurator;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.env.Environment;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.MockNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.elasticsearch.xcontent.XContentBuilder;

public final class EmbeddedElasticsearch {
  /** The line the launcher waits for on stdout. */
  private static final String PORT_LINE_PREFIX = "ELASTICSEARCH_HTTP_PORT=";

  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4Plugin.class, RootInfoPlugin.class);

  private EmbeddedElasticsearch() {}

  /**
   * `GET /` and `HEAD /` as the distribution's rest-root module answers them (that module is not published): clients
   * read the version from here. Also the `_data_stream` endpoints the test stack uses (see DataStreamEndpoints).
   */
  public static final class RootInfoPlugin extends Plugin implements ActionPlugin {
    private final AtomicReference<ClusterService> clusterService = new AtomicReference<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
      clusterService.set(services.clusterService());
      return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature) {
      return List.of(
          new RootInfoHandler(clusterService::get), new DataStreamEndpoints(clusterService::get));
    }
  }

  private static final class RootInfoHandler extends BaseRestHandler {
    private final Supplier<ClusterService> clusterService;

    RootInfoHandler(Supplier<ClusterService> clusterService) {
      this.clusterService = clusterService;
    }

    @Override
    public String getName() {
      return "ssm_recon_root_info";
    }

    @Override
    public List<Route> routes() {
      return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
      return channel -> {
        ClusterService service = clusterService.get();
        ClusterState state = service.state();
        Build build = Build.current();
        XContentBuilder body = channel.newBuilder();
        body.startObject();
        body.field("name", service.getNodeName());
        body.field("cluster_name", state.getClusterName().value());
        body.field("cluster_uuid", state.metadata().clusterUUID());
        body.startObject("version")
            .field("number", build.qualifiedVersion())
            .field("build_flavor", build.flavor())
            .field("build_type", build.type().displayName())
            .field("build_hash", build.hash())
            .field("build_date", build.date())
            .field("build_snapshot", build.isSnapshot())
            .field("lucene_version", IndexVersion.current().luceneVersion().toString())
            .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
            .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
            .endObject();
        body.field("tagline", "You Know, for Search");
        body.endObject();
        channel.sendResponse(new RestResponse(RestStatus.OK, body));
      };
    }
  }

  /**
   * Usage: EmbeddedElasticsearch [homeDir] [--delete-home-on-exit] [setting=value ...]. Without homeDir a fresh temp
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
    Path home = givenHome != null ? givenHome : Files.createTempDirectory("embedded-elasticsearch-");
    boolean ownHome = givenHome == null || deleteHome;
    for (String sub : new String[] {"modules", "plugins", "config", "data", "logs"}) {
      Files.createDirectories(home.resolve(sub));
    }

    Settings.Builder builder =
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
            // The node sizes its thread pools from this; the machines running the tests are small.
            .put("node.processors", 2)
            // Test disks run full; at the flood stage Elasticsearch would turn every index read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("indices.breaker.total.use_real_memory", false)
            .put("action.auto_create_index", true)
            // 8.x refuses wildcard deletes by default; test clean-ups delete their indices by pattern.
            .put("action.destructive_requires_name", false);
    for (String override : overrides) {
      int eq = override.indexOf('=');
      builder.put(override.substring(0, eq), override.substring(eq + 1));
    }
    Settings settings = builder.build();

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
                      System.err.println("embedded-elasticsearch: error while stopping: " + e);
                    }
                  }
                  if (ownHome) {
                    deleteTree(home);
                  }
                  stopped.countDown();
                },
                "embedded-elasticsearch-shutdown"));

    int port;
    try {
      // The node logs through log4j, which the distribution's bootstrap would otherwise set up.
      LogConfigurator.loadLog4jPlugins();
      LogConfigurator.configureWithoutConfig(settings);
      // That set-up has no appenders (only errors reach stdout); send the node's log to stderr as OpenSearch's does.
      Configurator.reconfigure(EmbeddedElasticsearch.class.getResource("/log4j2.properties").toURI());
      Environment environment =
          InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "node-1");
      Node node = newClasspathNode(environment);
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
      System.err.println("embedded-elasticsearch: failed to start");
      e.printStackTrace();
      System.exit(1);
      return;
    }
    System.out.println(PORT_LINE_PREFIX + port);
    System.out.flush();
    stopped.await();
  }

  /**
   * A node whose plugins are classes on the classpath. Only the test framework's MockNode offers that; its public
   * constructors run ESTestCase's static set-up (which needs the randomized runner and refuses root), its private
   * one does not.
   */
  private static Node newClasspathNode(Environment environment) throws ReflectiveOperationException {
    Constructor<MockNode> constructor =
        MockNode.class.getDeclaredConstructor(Environment.class, Collection.class, boolean.class);
    constructor.setAccessible(true);
    return constructor.newInstance(environment, PLUGINS, true);
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
            "embedded-elasticsearch-stdin");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("embedded-elasticsearch: could not delete " + root + ": " + e);
    }
  }
}
