package com.providercredentials.lowering;

import com.providercredentials.core.Detector;
import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the code of a Java or Kotlin file can give the detection anything, read from its text in one pass before its
 * tree is walked (docs/adr/025). Most files of a project can give nothing: no string literal of theirs holds a run that
 * a credential is written with, no name of theirs says a provider or a credential, and they import no provider's SDK.
 * Their trees are not walked; their comments are still read (by {@link CodeComments}).
 *
 * <p>A file is walked when
 * <ul>
 *   <li>a string literal holds a run the pre-filter keeps: a value to decide;</li>
 *   <li>a word of a name, of a string or of the file's name is a provider's word ({@code twilioToken},
 *       {@code "api.stripe.com"}), or one name holds every word of a names rule that names no provider
 *       ({@code sessionToken}, {@code botToken}): names evidence for a value defined in another file. The words of a
 *       provider whose every secret has a shape of its own (GitHub's, Segment's) count in strings only;</li>
 *   <li>it names a provider SDK's type ({@code import com.stripe.StripeClient}), imports its package whole
 *       ({@code import com.braintreegateway.*}) or is in that package: calls that take values defined elsewhere. Another
 *       package under it ({@code com.stripe.android}, Stripe's Android SDK) is not the SDK's;</li>
 *   <li>it calls, as written, a method that needs no provider's type ({@code addHeader}): a header for a provider's
 *       host that another file of the module names; or a string names such a host ({@code "shop.myshopify.com"});</li>
 *   <li>a word of a name is a hashing call's ({@code digest}, {@code checksum}): a value passed to one is no
 *       credential, whichever file it is written in.</li>
 * </ul>
 * The lexer knows Java's and Kotlin's comments (nested ones too), strings with escapes, text blocks and raw strings,
 * templates with strings of their own, and characters. It allocates nothing per file: words are matched by their hash.
 */
public final class SourceGate {

  final Detector detector;
  final int minimumRun;
  final int plainRun;
  /** Lower-case words: a provider's ({@link #PROVIDER}) or the bit of a word of a provider-less names rule. */
  final WordTable words;
  /** The provider-less names rules, as masks of their words' bits: all of them in one name. */
  final long[] plainRules;
  /** Methods as written ({@code addHeader}), by their case-sensitive hash. */
  final WordTable methods;
  final PackageAutomaton packages;
  /** The hosts of the providers' APIs that a header's check looks for in the module ({@code myshopify.com}). */
  final PackageAutomaton hosts;

  /** The value of a provider's word in {@link #words}. */
  static final long PROVIDER = -1L;
  /**
   * The value in {@link #words} of a provider's word that opens a file only from a string ({@code "api.github.com"}, a
   * host that a header's check looks for): every secret of that provider has a shape of its own
   * ({@code distinctive}), so no name in another file can make one a credential (docs/adr/031).
   */
  static final long IN_STRINGS = -2L;

  public SourceGate(Detector detector) {
    this.detector = detector;
    this.minimumRun = detector.minimumLength();
    this.plainRun = detector.plainMinimum();
    this.words = new WordTable();
    this.methods = new WordTable();
    Set<String> providerWords = new HashSet<>();
    // the words that open a file from a name of its code: those of a provider with a secret that names may reveal
    Set<String> nameWords = new HashSet<>();
    for (ProviderSpec spec : detector.specs()) {
      spec.words().forEach(word -> providerWords.add(word.toLowerCase(Locale.ROOT)));
      if (spec.secrets().stream().anyMatch(kind -> !kind.distinctive())) {
        spec.words().forEach(word -> nameWords.add(word.toLowerCase(Locale.ROOT)));
      }
    }
    // a value passed to a hashing call is no credential: that evidence, too, may be in another file than the value
    detector.hashingCalls().forEach(word -> providerWords.add(word.toLowerCase(Locale.ROOT)));
    detector.hashingCalls().forEach(word -> nameWords.add(word.toLowerCase(Locale.ROOT)));
    providerWords.forEach(word -> words.put(word, nameWords.contains(word) ? PROVIDER : IN_STRINGS));
    Map<String, Integer> bits = new HashMap<>();
    List<Long> rules = new ArrayList<>();
    Set<String> hostNames = new HashSet<>();
    Set<String> typeNames = new HashSet<>();
    Set<String> packageNames = new HashSet<>();
    for (ProviderSpec spec : detector.specs()) {
      for (ProviderSpec.SecretKind kind : spec.secrets()) {
        for (List<String> rule : kind.names()) {
          if (rule.stream().noneMatch(spec.words()::contains)) {
            long mask = 0;
            for (String word : rule) {
              String lower = word.toLowerCase(Locale.ROOT);
              if (!providerWords.contains(lower) && bits.size() < 63) {
                mask |= 1L << bits.computeIfAbsent(lower, w -> bits.size());
              }
            }
            if (mask != 0) {
              rules.add(mask);
            }
          }
        }
      }
      if (spec.clientSide() != null) {
        spec.clientSide().hosts().forEach(host -> hostNames.add(host.replaceFirst("^(\\*\\.|://)", "")));
        for (ProviderSpec.AuthCall call : spec.clientSide().calls()) {
          if ("*".equals(call.owner()) || call.needsHost()) {
            methods.put(call.method(), 1);
          }
        }
      }
      for (ProviderSpec.CallPattern call : spec.calls()) {
        if ("*".equals(call.owner())) {
          methods.put(call.method(), 1);
        }
        String pkg = packageOf(call.owner());
        String type = typeOf(call.owner());
        if (pkg != null && type != null) {
          // the type imported or written in full, its package imported whole, or the file in that package
          typeNames.add(type);
          packageNames.add(pkg);
          packageNames.add(pkg + ".");
        } else if (pkg != null) {
          // a package's function (io.github.jan.supabase.createSupabaseClient)
          typeNames.add(pkg);
        }
      }
    }
    bits.forEach((word, bit) -> words.put(word, 1L << bit));
    this.plainRules = rules.stream().mapToLong(Long::longValue).distinct().toArray();
    this.packages = new PackageAutomaton(lowerCase(typeNames), lowerCase(packageNames));
    this.hosts = new PackageAutomaton(lowerCase(hostNames), List.of());
  }

  /** Whether this gate was made for that detector (the specs it reads). */
  public boolean readsFor(Detector other) {
    return detector == other;
  }

  /**
   * The package of a type as code writes it ({@code com.braintreegateway} of {@code com.braintreegateway.BraintreeGateway});
   * null for a package of one segment ({@code okhttp3}), which is nobody's SDK alone.
   */
  static String packageOf(String owner) {
    StringBuilder pkg = new StringBuilder();
    int segments = 0;
    for (String segment : owner.split("\\.")) {
      if (segment.isEmpty() || !Character.isLowerCase(segment.charAt(0))) {
        break;
      }
      pkg.append(pkg.length() == 0 ? "" : ".").append(segment);
      segments++;
    }
    return segments >= 2 ? pkg.toString() : null;
  }

  /**
   * The outermost type of an owner with its package ({@code com.stripe.StripeClient} of
   * {@code com.stripe.StripeClient.StripeClientBuilder}); null for a package of one segment, or an owner that is no type.
   */
  static String typeOf(String owner) {
    String pkg = packageOf(owner);
    if (pkg == null || owner.length() <= pkg.length() + 1) {
      return null;
    }
    int end = owner.indexOf('.', pkg.length() + 1);
    return owner.substring(0, end < 0 ? owner.length() : end);
  }

  private static List<String> lowerCase(Set<String> names) {
    return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).sorted().toList();
  }

  /** Whether the file ({@code fileName}: its name, for the words it holds) may give the detection anything. */
  public boolean mayMatter(String fileName, String text) {
    for (String word : Words.of(fileName)) {
      if (words.get(word.toLowerCase(Locale.ROOT)) == PROVIDER) {
        return true;
      }
    }
    return new GateScan(this, text).run();
  }

}
