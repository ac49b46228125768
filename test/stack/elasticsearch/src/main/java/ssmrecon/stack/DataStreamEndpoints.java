// The `_data_stream` REST endpoints the test stack calls (create, get, delete), which the distribution serves from its
// data-streams module; that module is not published, but the cluster-state operations behind them are in the server.
package ssmrecon.stack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.elasticsearch.ResourceNotFoundException;
import org.elasticsearch.action.admin.indices.create.AutoCreateAction;
import org.elasticsearch.action.admin.indices.create.CreateIndexRequest;
import org.elasticsearch.action.admin.indices.create.CreateIndexResponse;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.ClusterStateUpdateTask;
import org.elasticsearch.cluster.metadata.DataStream;
import org.elasticsearch.cluster.metadata.Metadata;
import org.elasticsearch.cluster.metadata.MetadataDeleteIndexService;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.Strings;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.Index;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestChannel;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.rest.action.RestActionListener;
import org.elasticsearch.xcontent.XContentBuilder;

final class DataStreamEndpoints extends BaseRestHandler {
  private final Supplier<ClusterService> clusterService;

  DataStreamEndpoints(Supplier<ClusterService> clusterService) {
    this.clusterService = clusterService;
  }

  @Override
  public String getName() {
    return "ssm_recon_data_streams";
  }

  @Override
  public List<Route> routes() {
    return List.of(
        new Route(RestRequest.Method.GET, "/_data_stream"),
        new Route(RestRequest.Method.GET, "/_data_stream/{name}"),
        new Route(RestRequest.Method.PUT, "/_data_stream/{name}"),
        new Route(RestRequest.Method.DELETE, "/_data_stream/{name}"));
  }

  @Override
  protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
    String[] names = Strings.splitStringByCommaToArray(request.param("name", "*"));
    // Query parameters the official client may send; the answers here do not depend on them.
    request.param("expand_wildcards");
    request.param("master_timeout");
    request.param("timeout");
    request.param("include_defaults");
    request.param("verbose");
    return switch (request.method()) {
      case PUT -> channel -> create(client, names[0], channel);
      case DELETE -> channel -> delete(names, channel);
      default -> channel -> get(names, channel);
    };
  }

  /** Like the distribution: the matching composable template with `data_stream` makes the stream. */
  private static void create(NodeClient client, String name, RestChannel channel) {
    CreateIndexRequest create = new CreateIndexRequest(name).cause("create-data-stream");
    create.requireDataStream(true);
    client.execute(
        AutoCreateAction.INSTANCE,
        create,
        new RestActionListener<CreateIndexResponse>(channel) {
          @Override
          protected void processResponse(CreateIndexResponse response) throws Exception {
            XContentBuilder body = channel.newBuilder();
            body.startObject().field("acknowledged", true).endObject();
            channel.sendResponse(new RestResponse(RestStatus.OK, body));
          }
        });
  }

  private void get(String[] names, RestChannel channel) throws Exception {
    Metadata metadata = clusterService.get().state().metadata();
    List<DataStream> found = matching(metadata, names);
    XContentBuilder body = channel.newBuilder();
    body.startObject().startArray("data_streams");
    for (DataStream stream : found) {
      body.startObject();
      body.field("name", stream.getName());
      body.startObject("timestamp_field").field("name", "@timestamp").endObject();
      body.startArray("indices");
      for (Index index : stream.getIndices()) {
        body.startObject()
            .field("index_name", index.getName())
            .field("index_uuid", index.getUUID())
            .endObject();
      }
      body.endArray();
      body.field("generation", stream.getGeneration());
      body.field("status", "GREEN");
      body.field("hidden", stream.isHidden());
      body.field("system", stream.isSystem());
      body.endObject();
    }
    body.endArray().endObject();
    channel.sendResponse(new RestResponse(RestStatus.OK, body));
  }

  /** Removes the streams, then their backing indices, in one cluster-state update (as the distribution does). */
  private void delete(String[] names, RestChannel channel) {
    ClusterService service = clusterService.get();
    service.submitUnbatchedStateUpdateTask(
        "delete-data-stream " + String.join(",", names),
        new ClusterStateUpdateTask() {
          @Override
          public ClusterState execute(ClusterState current) {
            List<DataStream> found = matching(current.metadata(), names);
            Set<Index> backing = new HashSet<>();
            Metadata.Builder metadata = Metadata.builder(current.metadata());
            for (DataStream stream : found) {
              backing.addAll(stream.getIndices());
              backing.addAll(stream.getFailureIndices());
              metadata.removeDataStream(stream.getName());
            }
            ClusterState withoutStreams = ClusterState.builder(current).metadata(metadata).build();
            return MetadataDeleteIndexService.deleteIndices(withoutStreams, backing, Settings.EMPTY);
          }

          @Override
          public void onFailure(Exception e) {
            sendFailure(channel, e);
          }

          @Override
          public void clusterStateProcessed(ClusterState before, ClusterState after) {
            try {
              XContentBuilder body = channel.newBuilder();
              body.startObject().field("acknowledged", true).endObject();
              channel.sendResponse(new RestResponse(RestStatus.OK, body));
            } catch (Exception e) {
              sendFailure(channel, e);
            }
          }
        });
  }

  /** Streams named exactly or by wildcard; a name without a wildcard that matches nothing is a 404. */
  private static List<DataStream> matching(Metadata metadata, String[] names) {
    List<DataStream> found = new ArrayList<>();
    for (String name : names) {
      boolean any = false;
      for (DataStream stream : metadata.dataStreams().values()) {
        if (Regex.simpleMatch(name, stream.getName())) {
          any = true;
          if (!found.contains(stream)) found.add(stream);
        }
      }
      if (!any && !Regex.isSimpleMatchPattern(name)) {
        throw new ResourceNotFoundException("data_stream matching [" + name + "] not found");
      }
    }
    found.sort((a, b) -> a.getName().compareTo(b.getName()));
    return found;
  }

  private static void sendFailure(RestChannel channel, Exception e) {
    try {
      channel.sendResponse(new RestResponse(channel, e));
    } catch (Exception inner) {
      e.addSuppressed(inner);
    }
  }
}
