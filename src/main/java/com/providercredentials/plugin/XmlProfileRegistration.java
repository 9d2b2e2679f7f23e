package com.providercredentials.plugin;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.api.rule.RuleKey;

/**
 * Joins the rules of {@code credentials-xml} to the built-in XML "Sonar way" through sonar-xml's
 * {@code org.sonar.plugins.xml.api.XmlProfileRegistrar} (sonar-xml 2.19+). That API is not published on Maven
 * Central, so this plugin does not compile against it: it implements the interface at run time, on the server,
 * when sonar-xml exports it (see docs/adr/003).
 */
final class XmlProfileRegistration {

  static final String API = "org.sonar.plugins.xml.api.XmlProfileRegistrar";

  private XmlProfileRegistration() {
  }

  /** An {@code XmlProfileRegistrar}, or null when sonar-xml (2.19+) is not there. */
  @Nullable
  static Object registrar(ClassLoader loader, Collection<RuleKey> rules) {
    Class<?> api;
    try {
      api = Class.forName(API, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    List<RuleKey> keys = List.copyOf(rules);
    InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
      case "register" -> register(method, args[0], keys);
      case "toString" -> "Provider Credentials XmlProfileRegistrar";
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> null;
    };
    return Proxy.newProxyInstance(loader, new Class<?>[] {api}, handler);
  }

  private static Object register(Method register, Object context, List<RuleKey> keys) throws ReflectiveOperationException {
    Class<?> contextType = register.getParameterTypes()[0];
    contextType.getMethod("registerDefaultQualityProfileRules", Collection.class).invoke(context, keys);
    return null;
  }
}
