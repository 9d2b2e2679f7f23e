package com.providercredentials.its;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one SonarQube for all test classes and stops it when the test run ends, whether tests pass or
 * fail, and also if the JVM is stopped early.
 */
public class SonarQubeExtension implements BeforeAllCallback, ParameterResolver {

  private static final String KEY = "sonarqube";

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  private static SonarQube server(ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
      .getOrComputeIfAbsent(KEY, k -> new Running(), Running.class).server;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == SonarQube.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return server(extension);
  }

  /** Closed by JUnit at the end of the run. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    private final SonarQube server = SonarQube.fromSystemProperties();
    private final Thread shutdownHook = new Thread(server::stop);

    Running() {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      try {
        server.start();
      } catch (RuntimeException e) {
        server.stop();
        throw e;
      }
    }

    @Override
    public void close() {
      server.stop();
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }
  }
}
