package com.providercredentials.analysis;

import com.providercredentials.binaries.BinaryFrontEnd;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.InputFile;

/**
 * Where the findings of an artifact go (docs/adr/029): on the line of a build file that declares it (a build script, a
 * version catalog), its messages naming the artifact and the class or entry, never the value. A finding placed from an
 * artifact is never left to a built-in rule: none reads artifacts.
 */
final class ArtifactPlacement {

  private static final Logger LOG = LoggerFactory.getLogger(ArtifactPlacement.class);

  private final ProjectCandidates candidates;
  /** Per artifact (its id in the units' files): the line that declares it, and how it is named in messages. */
  private final Map<String, Declaration> declarations = new LinkedHashMap<>();

  private record Declaration(SourceRange range, String artifact) {
  }

  ArtifactPlacement(ProjectCandidates candidates) {
    this.candidates = candidates;
  }

  void declare(String artifactId, String artifactName, SourceRange line) {
    declarations.put(artifactId, new Declaration(line, artifactName));
  }

  /**
   * The first line, of the first file, that holds one of the needles, in their order; else the first line of
   * {@code fallback}. The files are known to the analysis ({@link ProjectCandidates#file}).
   */
  SourceRange line(List<String> files, List<String> needles, String fallback) {
    SourceRange found = find(files, needles);
    return found != null ? found : SourceRange.of(fallback, 1, 0, 1, firstLineLength(fallback));
  }

  @Nullable
  SourceRange find(List<String> files, List<String> needles) {
    for (String needle : needles) {
      for (String file : files) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          String code = line.strip();
          if (line.contains(needle) && !code.startsWith("//") && !code.startsWith("#")) {
            int from = line.length() - line.stripLeading().length();
            return SourceRange.of(file, i + 1, from, i + 1, line.stripTrailing().length());
          }
        }
      }
    }
    return null;
  }

  private int firstLineLength(String file) {
    List<String> lines = lines(file);
    return lines.isEmpty() ? 0 : lines.get(0).stripTrailing().length();
  }

  private List<String> lines(String fileId) {
    InputFile file = candidates.file(fileId);
    try {
      return file == null ? List.of() : file.contents().lines().toList();
    } catch (IOException e) {
      LOG.debug("Provider Credentials could not read {}", fileId, e);
      return List.of();
    }
  }

  /** The artifact a unit's file is in, or null. */
  @Nullable
  private Declaration of(String file) {
    int entry = file.indexOf(BinaryFrontEnd.ENTRY);
    return entry < 0 ? null : declarations.get(file.substring(0, entry));
  }

  /** The findings, those in artifacts moved to their declarations, their messages naming the artifact and the class. */
  /** The findings, those in artifacts moved to the declarations, their messages naming the artifact and the class. */
  List<Finding> place(List<Finding> findings) {
    if (declarations.isEmpty()) {
      return findings;
    }
    List<Finding> placed = new ArrayList<>(findings.size());
    // one issue per value and declaration: an app holds its native libraries once per ABI, a value may repeat
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Finding finding : findings) {
      Declaration declaration = of(finding.location().file());
      if (declaration != null && !seen.add(declaration.range() + " " + finding.rule() + " " + finding.kind() + " " + finding.masked())) {
        continue;
      }
      List<Finding.Secondary> secondaries = finding.secondaries().stream().filter(s -> of(s.location().file()) == null).toList();
      if (declaration == null) {
        placed.add(secondaries.size() == finding.secondaries().size() ? finding : copy(finding, finding.location(), finding.message(), secondaries));
      } else {
        placed.add(copy(finding, declaration.range(), finding.message() + " It ships in " + declaration.artifact() + where(finding.location().file()),
          secondaries));
      }
    }
    return placed;
  }

  /** The identifiers found, those in artifacts moved to the declarations. */
  Detector.Result place(Detector.Result result) {
    if (declarations.isEmpty()) {
      return result;
    }
    List<Detector.IdentifierFound> identifiers = new ArrayList<>();
    for (Detector.IdentifierFound found : result.identifiers()) {
      Declaration declaration = of(found.location().file());
      identifiers.add(declaration == null ? found
        : new Detector.IdentifierFound(found.provider(), found.kind(), found.value(), declaration.range(), found.module()));
    }
    return new Detector.Result(place(result.findings()), identifiers);
  }

  /** {@code , class com.vendor.sdk.Config.} of {@code …!/com/vendor/sdk/Config.class}; {@code  (resources.arsc).} of another entry. */
  private static String where(String file) {
    String entry = file.substring(file.lastIndexOf(BinaryFrontEnd.ENTRY) + BinaryFrontEnd.ENTRY.length());
    return entry.endsWith(".class") ? ", class " + entry.substring(0, entry.length() - ".class".length()).replace('/', '.') + "." : " (" + entry + ").";
  }

  private static Finding copy(Finding f, SourceRange location, String message, List<Finding.Secondary> secondaries) {
    // no built-in rule reads an artifact: a finding placed from one is never left to one (docs/adr/020)
    return new Finding(f.provider(), f.kind(), f.kindLabel(), location, f.masked(), message, f.evidence(), secondaries, f.android(), f.rule(),
      f.context(), location.equals(f.location()) ? f.alsoReportedBy() : List.of());
  }}
