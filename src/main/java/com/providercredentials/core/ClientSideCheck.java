package com.providercredentials.core;

import com.providercredentials.core.Finding.Secondary;
import com.providercredentials.core.ProviderSpec.AuthCall;
import com.providercredentials.core.ProviderSpec.ClientSide;
import com.providercredentials.core.ProviderSpec.GuidanceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Rule ClientSideAccountCredentials, and the guidance every finding opens (docs/adr/008).
 *
 * <p>In Android application code, a call that signs in to a provider's REST API with account credentials is
 * the problem whatever its arguments are: a value from {@code BuildConfig}, a resource, the manifest's meta-data,
 * a decoded array or a native method ships in the APK as surely as a literal. The calls are data
 * ({@code client-side} in the provider specs); the value's source, when the front-end could tell it, only
 * explains the issue in a secondary location.
 *
 * <p>"Android application code" is a file that imports {@code android.*}/{@code androidx.*} (trait
 * {@link Trait#ANDROID_CODE}), or any code file of a module that has an {@code AndroidManifest.xml} or applies the
 * Android Gradle plugin (trait {@link Trait#ANDROID_MODULE} on one of the module's files). Everything else, Spring or
 * Ktor servers and plain JVM modules included, stays silent.
 *
 * <p>Each finding, of any rule, also gets the "How to fix it in ..." context that fits where it is: the first of
 * its provider's {@code contexts} whose conditions hold (Android or not, an SDK seen in the calls of the module).
 */
public final class ClientSideCheck {

  public static final String RULE = "ClientSideAccountCredentials";

  /** A literal part of a concatenation shorter than this is a scheme or a separator, not the credential. */
  private static final int SHORTEST_CREDENTIAL = 16;

  private final List<ProviderSpec> specs;
  private final CallMatcher matcher;
  /** The specs a call may fit: a call is matched against those only, so that its cost does not grow with the catalog. */
  private final AuthCallIndex index;

  public ClientSideCheck(List<ProviderSpec> specs) {
    this.specs = List.copyOf(specs);
    this.matcher = new CallMatcher(specs);
    this.index = new AuthCallIndex(this.specs);
  }

  /** Every method name a front-end must hand over calls of, besides the providers' own calls. */
  public Set<String> methods() {
    Set<String> methods = new LinkedHashSet<>();
    for (ProviderSpec spec : specs) {
      if (spec.clientSide() != null) {
        spec.clientSide().calls().forEach(c -> methods.add(c.method()));
      }
    }
    return methods;
  }

  /**
   * The findings of the provider rules with their guidance context, followed by the findings of rule
   * ClientSideAccountCredentials, sorted by location.
   */
  public List<Finding> run(Collection<SourceUnit> given, List<Finding> providerFindings) {
    // what comments hold is no code that signs in, nor a sign of which SDK the module calls
    List<SourceUnit> units = given.stream().filter(u -> !u.inComments()).toList();
    Facts facts = new Facts(units);
    List<Finding> all = new ArrayList<>();
    for (Finding finding : providerFindings) {
      SourceUnit unit = facts.unitOf.get(finding.location().file());
      boolean android = finding.android() || (unit != null && facts.android(unit));
      all.add(finding.withContext(context(finding.provider(), android, unit == null ? Set.of() : facts.owners(unit)), android));
    }
    Set<String> reported = new HashSet<>();
    List<Finding> clientSide = new ArrayList<>();
    for (SourceUnit unit : units) {
      if (unit.kind() != SourceUnit.Kind.CODE || !facts.android(unit)) {
        continue;
      }
      for (Call call : unit.calls()) {
        for (ProviderSpec spec : index.candidates(call)) {
          ClientSide rule = spec.clientSide();
          AuthCall matched = match(rule, call, facts, unit);
          if (matched != null && reported.add(spec.id() + "|" + call.range().file() + "|" + call.range().startLine())) {
            clientSide.add(finding(spec, rule, matched, call, facts.owners(unit)));
          }
        }
      }
    }
    clientSide.sort(Comparator.comparing(Finding::location));
    all.addAll(clientSide);
    return all;
  }

  /** The key of the first context of the spec whose conditions hold, or null when none does. */
  @Nullable
  public static String context(ProviderSpec spec, boolean android, Set<String> ownersSeen) {
    for (GuidanceContext context : spec.contexts()) {
      boolean androidFits = context.android() == null || context.android() == android;
      boolean seenFits = context.seen().isEmpty() || ownersSeen.stream().anyMatch(o -> context.seen().stream().anyMatch(o::startsWith));
      if (androidFits && seenFits) {
        return context.key();
      }
    }
    return null;
  }

  private Finding finding(ProviderSpec spec, ClientSide rule, AuthCall matched, Call call, Set<String> owners) {
    List<Secondary> secondaries = new ArrayList<>();
    if (matched.secret() >= 0 && matched.secret() < call.arguments().size()) {
      Expr value = call.arguments().get(matched.secret()).value();
      String source = source(value);
      if (source != null) {
        secondaries.add(new Secondary(value.range(), source));
      }
    }
    return new Finding(spec, "account-credentials", "account credentials", call.range(), "", rule.message(), Finding.Evidence.CLIENT_SIDE,
      secondaries, true, RULE, context(spec, true, owners), List.of());
  }

  /**
   * Where the credential passed to the call comes from, said so that the reader sees that it ships in the APK;
   * null when the front-end could not tell (a parameter, a field set elsewhere).
   */
  @Nullable
  public static String source(Expr value) {
    if (value instanceof Expr.Literal) {
      return "The credential is written here, in the app's code";
    }
    if (value instanceof Expr.Ref ref) {
      if (ref.display().startsWith("BuildConfig.")) {
        return "Read from " + ref.display() + ", which the build writes into the APK";
      }
      if (ref.display().startsWith("R.string.")) {
        return "Read from the string resource " + ref.display().substring("R.string.".length()) + ", packaged in the APK";
      }
      return null;
    }
    if (value instanceof Expr.Concat concat) {
      // "Basic " + encode(sid + ":" + token): the scheme and the separators are no credential
      for (Expr part : concat.parts()) {
        String source = part instanceof Expr.Literal literal && literal.value().length() < SHORTEST_CREDENTIAL ? null : source(part);
        if (source != null) {
          return source;
        }
      }
      return null;
    }
    Expr.Opaque opaque = (Expr.Opaque) value;
    return switch (opaque.origin()) {
      case BUILD_CONFIG -> "Read from BuildConfig, which the build writes into the APK";
      case RESOURCE -> "Read from a resource packaged in the APK";
      case META_DATA -> "Read from the manifest's meta-data, packaged in the APK";
      case DECODED -> "Decoded at run time: the encoded bytes and the code that decodes them ship in the APK";
      case NATIVE -> "Returned by native code: native libraries are extracted from an APK as easily as the rest";
      case OTHER -> null;
    };
  }

  @Nullable
  private AuthCall match(ClientSide rule, Call call, Facts facts, SourceUnit unit) {
    for (AuthCall candidate : rule.calls()) {
      if (candidate.takes(call.arguments().size()) && matcher.fits(candidate, call) && (!candidate.needsHost() || facts.namesHost(rule, unit))) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * What is known of the project's files and modules. The owners and texts of a module are gathered when first asked
   * for: most modules have no finding and no client-side call.
   */
  private static final class Facts {
    final Map<String, SourceUnit> unitOf = new HashMap<>();
    final Set<String> androidModules = new HashSet<>();
    final Map<String, List<SourceUnit>> unitsByModule = new HashMap<>();
    final Map<String, Set<String>> ownersByModule = new HashMap<>();
    final Map<String, List<String>> textsByModule = new HashMap<>();
    final Map<ClientSide, Map<String, Boolean>> hostByModule = new IdentityHashMap<>();

    Facts(Collection<SourceUnit> units) {
      for (SourceUnit unit : units) {
        unitOf.putIfAbsent(unit.file(), unit);
        if (unit.traits().contains(Trait.ANDROID_MODULE)) {
          androidModules.add(unit.module());
        }
        unitsByModule.computeIfAbsent(unit.module(), m -> new ArrayList<>()).add(unit);
      }
    }

    boolean android(SourceUnit unit) {
      return unit.traits().contains(Trait.ANDROID_CODE) || androidModules.contains(unit.module());
    }

    Set<String> owners(SourceUnit unit) {
      return ownersByModule.computeIfAbsent(unit.module(), module -> {
        Set<String> owners = new HashSet<>();
        for (SourceUnit each : unitsByModule.getOrDefault(module, List.of())) {
          for (Call call : each.calls()) {
            if (call.owner() != null) {
              owners.add(call.owner());
            }
          }
        }
        return owners;
      });
    }

    boolean namesHost(ClientSide rule, SourceUnit unit) {
      return hostByModule.computeIfAbsent(rule, r -> new HashMap<>())
        .computeIfAbsent(unit.module(), m -> texts(m).stream().anyMatch(rule::namesHost));
    }

    /** The literals of the module's calls, and of its code's bindings, in lower case. */
    private List<String> texts(String module) {
      return textsByModule.computeIfAbsent(module, m -> {
        List<String> texts = new ArrayList<>();
        for (SourceUnit unit : unitsByModule.getOrDefault(m, List.of())) {
          for (Call call : unit.calls()) {
            call.arguments().forEach(a -> literals(a.value(), texts));
          }
          if (unit.kind() == SourceUnit.Kind.CODE) {
            unit.bindings().forEach(b -> literals(b.value(), texts));
          }
        }
        return texts;
      });
    }

    private static void literals(Expr expr, List<String> texts) {
      if (expr instanceof Expr.Literal literal && literal.value().length() < 4096) {
        texts.add(literal.value().toLowerCase(Locale.ROOT));
      } else if (expr instanceof Expr.Concat concat) {
        concat.parts().forEach(p -> literals(p, texts));
      }
    }
  }
}
