package com.providercredentials.accounts;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.io.StringWriter;
import java.util.Collection;
import java.util.Set;
import java.util.function.BiConsumer;
import org.sonar.api.impl.ws.SimpleGetRequest;
import org.sonar.api.server.ws.LocalConnector;
import org.sonar.api.server.ws.Request;
import org.sonar.api.server.ws.Response;
import org.sonar.api.utils.text.JsonWriter;
import org.sonar.api.utils.text.XmlWriter;

/** Calls one of our web service handlers with a request whose in-process calls go to a {@link FakeSonarQube}. */
final class WsCall {

  private WsCall() {
  }

  static JsonObject call(BiConsumer<Request, Response> handler, SimpleGetRequest request, LocalConnector server) {
    StringWriter out = new StringWriter();
    handler.accept(new Local(request, server), new JsonResponse(out));
    return Json.parse(out.toString()).asObject();
  }

  private static final class Local extends SimpleGetRequest {
    private final SimpleGetRequest delegate;
    private final LocalConnector server;

    Local(SimpleGetRequest delegate, LocalConnector server) {
      this.delegate = delegate;
      this.server = server;
    }

    @Override
    public String param(String key) {
      return delegate.param(key);
    }

    @Override
    public boolean hasParam(String key) {
      return delegate.hasParam(key);
    }

    @Override
    public LocalConnector localConnector() {
      return server;
    }
  }

  private record JsonResponse(StringWriter out) implements Response {
    public JsonWriter newJsonWriter() {
      return JsonWriter.of(out);
    }

    public XmlWriter newXmlWriter() {
      throw new UnsupportedOperationException();
    }

    public Response noContent() {
      return this;
    }

    public Response setHeader(String name, String value) {
      return this;
    }

    public Collection<String> getHeaderNames() {
      return Set.of();
    }

    public String getHeader(String name) {
      return null;
    }

    public Stream stream() {
      throw new UnsupportedOperationException();
    }
  }
}
