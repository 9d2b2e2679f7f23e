package com.providercredentials.lowering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Where a code front-end is in its file: the package, the imports, the enclosing types (innermost first, fully
 * qualified) and functions. What qualifies a name into the keys under which other files may refer to it.
 */
public final class Scopes {

  private String packageName = "";
  private final Map<String, String> imports = new HashMap<>();
  private final Deque<String> types = new ArrayDeque<>();
  private final Deque<String> functions = new ArrayDeque<>();
  /** The blocks of a build script around the code ({@code sentry { … }}), innermost first. */
  private final Deque<String> blocks = new ArrayDeque<>();
  /** The types declared in the file so far, by simple name: a call on one is on the file's own type. */
  private final Map<String, String> declared = new HashMap<>();

  /** The file's package; "" for the default package. */
  public void packageName(String name) {
    packageName = name;
  }

  /** An import of a type or member under its simple name (or alias). */
  public void imports(String simpleName, String fqn) {
    imports.put(simpleName, fqn);
  }

  @Nullable
  public String imported(String simpleName) {
    return imports.get(simpleName);
  }

  /** Enters a type declared in the current one (or in the package); {@link #exitType()} leaves it. */
  public void enterType(String simpleName) {
    String qualified = types.isEmpty() ? qualify(packageName, simpleName) : (types.peek() + "." + simpleName);
    types.push(qualified);
    declared.putIfAbsent(simpleName, qualified);
  }

  public void exitType() {
    types.pop();
  }

  /** The enclosing types, fully qualified, innermost first. */
  public Iterable<String> types() {
    return types;
  }

  /** The innermost enclosing type, fully qualified, or null at the top of the file. */
  @Nullable
  public String innermostType() {
    return types.peek();
  }

  public void enterFunction(String name) {
    functions.push(name);
  }

  public void exitFunction() {
    functions.pop();
  }

  /** The enclosing functions, innermost first. */
  public Iterable<String> functions() {
    return functions;
  }

  public boolean inFunction() {
    return !functions.isEmpty();
  }

  /** The innermost enclosing function, or "" outside of any. */
  public String function() {
    return functions.isEmpty() ? "" : functions.peek();
  }

  /**
   * Enters a build script's block ({@code sentry { authToken = … }}; "" for a block without a name); {@link #exitBlock()}
   * leaves it.
   */
  public void enterBlock(String name) {
    blocks.push(name);
  }

  /** Leaves the innermost block; a stray closing brace of text the parser did not vouch for leaves none. */
  public void exitBlock() {
    blocks.poll();
  }

  /** The innermost block's name, or null outside of any. */
  @Nullable
  public String innermostBlock() {
    return blocks.peek();
  }

  /**
   * The enclosing types' simple names, then the enclosing blocks of a build script: {@code TwilioConfig} says what
   * {@code TOKEN} is, and {@code sentry { … }} what {@code authToken} is.
   */
  public List<String> context() {
    List<String> names = new ArrayList<>();
    for (String fqn : types) {
      names.add(fqn.substring(fqn.lastIndexOf('.') + 1));
    }
    for (String block : blocks) {
      if (!block.isEmpty()) {
        names.add(block);
      }
    }
    return names;
  }

  /**
   * The keys of a member of the innermost type: {@code com.example.Outer.Inner.NAME}, then as other files of the
   * package may write it ({@code Outer.Inner.NAME}, {@code Inner.NAME}). Empty at the top of the file.
   */
  public List<String> memberKeys(String name) {
    List<String> keys = new ArrayList<>();
    String fqn = types.peek();
    if (fqn == null) {
      return keys;
    }
    keys.add(fqn + "." + name);
    String relative = packageName.isEmpty() ? fqn : fqn.substring(packageName.length() + 1);
    String[] segments = relative.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      keys.add(String.join(".", List.of(segments).subList(i, segments.length)) + "." + name);
    }
    return keys;
  }

  /** {@code Twilio} or {@code TwilioRestClient.Builder} to its imported fully qualified name, when an import says it. */
  @Nullable
  public String importedType(String written) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String imported = imports.get(first);
    if (imported == null) {
      // a type of the file itself (ktor's own Sender, not gcm-server's): never a provider's type written short
      imported = declared.get(first);
    }
    if (imported != null) {
      return dot < 0 ? imported : (imported + written.substring(dot));
    }
    // written fully qualified: com.twilio.Twilio
    return dot > 0 && Character.isLowerCase(written.charAt(0)) ? written : null;
  }

  /** A name qualified by the file's package. */
  public String inPackage(String name) {
    return qualify(packageName, name);
  }

  /** Whether a qualifier as written reads like a type ({@code Twilio}, {@code TwilioRestClient.Builder}). */
  public static boolean isTypeLike(@Nullable String written) {
    if (written == null || written.isEmpty()) {
      return false;
    }
    String last = written.substring(written.lastIndexOf('.') + 1);
    return !last.isEmpty() && Character.isUpperCase(last.charAt(0));
  }

  /** Whether an import names something of the Android SDK: the file is Android application code. */
  public static boolean isAndroid(String fqn) {
    return fqn.startsWith("android.") || fqn.startsWith("androidx.");
  }

  private static String qualify(String pkg, String name) {
    return pkg.isEmpty() ? name : (pkg + "." + name);
  }
}
