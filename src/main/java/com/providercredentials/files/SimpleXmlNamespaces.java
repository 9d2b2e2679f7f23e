package com.providercredentials.files;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;

/**
 * The namespace declarations in scope while {@link SimpleXmlScanner} reads a document, element by element, and the
 * attributes of a start tag resolved against them. An unbound prefix, an empty one ({@code xmlns:p=""}), a
 * declaration of {@code xml} or {@code xmlns}, two attributes of the same name in a namespace, or more than
 * {@link SimpleXmlMarkup#MAX_NAMES} declarations in scope (the checks are linear scans) leave the simple form.
 */
final class SimpleXmlNamespaces {

  /** Declarations in scope: prefix ("" for the default namespace), then URI. */
  private final List<String> namespaces = new ArrayList<>();
  /** For each open element, how many entries of {@link #namespaces} were there before it. */
  private final List<Integer> scopes = new ArrayList<>();

  /**
   * Opens the scope of a start tag: declares its namespaces, then resolves its attributes' prefixes. {@code raw} holds
   * the tag's attributes as written: name, then value. Null if one is unbound or declared twice, or the tag leaves the
   * simple form otherwise; the attributes, namespace declarations left out, if not.
   */
  @Nullable
  SimpleXmlEvent.Attribute[] open(List<String> raw) {
    scopes.add(namespaces.size());
    int count = 0;
    for (int i = 0; i < raw.size(); i += 2) {
      String name = raw.get(i);
      if (namespaces.size() >= 2 * SimpleXmlMarkup.MAX_NAMES) {
        return null;
      }
      if (name.equals("xmlns")) {
        namespaces.add("");
        namespaces.add(raw.get(i + 1));
      } else if (name.startsWith("xmlns:")) {
        String prefix = name.substring(6);
        if (raw.get(i + 1).isEmpty() || prefix.equals("xml") || prefix.equals("xmlns")) {
          return null;
        }
        namespaces.add(prefix);
        namespaces.add(raw.get(i + 1));
      } else {
        count++;
      }
    }
    return count == 0 ? SimpleXmlEvent.NO_ATTRIBUTES : attributes(raw, count);
  }

  @Nullable
  private SimpleXmlEvent.Attribute[] attributes(List<String> raw, int count) {
    SimpleXmlEvent.Attribute[] attributes = new SimpleXmlEvent.Attribute[count];
    int next = 0;
    for (int i = 0; i < raw.size(); i += 2) {
      String name = raw.get(i);
      if (name.equals("xmlns") || name.startsWith("xmlns:")) {
        continue;
      }
      int colon = name.indexOf(':');
      String namespace = colon < 0 ? XMLConstants.NULL_NS_URI : namespace(name.substring(0, colon));
      if (namespace == null) {
        return null;
      }
      String localName = name.substring(colon + 1);
      for (int j = 0; j < next; j++) {
        QName other = attributes[j].name();
        if (other.getLocalPart().equals(localName) && other.getNamespaceURI().equals(namespace)) {
          return null;
        }
      }
      String prefix = colon < 0 ? XMLConstants.DEFAULT_NS_PREFIX : name.substring(0, colon);
      attributes[next++] = new SimpleXmlEvent.Attribute(new QName(namespace, localName, prefix), raw.get(i + 1));
    }
    return attributes;
  }

  /** The URI a prefix is bound to in scope ({@code xml} always is); null if it is unbound. */
  @Nullable
  String namespace(String prefix) {
    if (prefix.equals("xml")) {
      return XMLConstants.XML_NS_URI;
    }
    for (int i = namespaces.size() - 2; i >= 0; i -= 2) {
      if (namespaces.get(i).equals(prefix)) {
        String uri = namespaces.get(i + 1);
        return uri.isEmpty() ? null : uri;
      }
    }
    return null;
  }

  /** Closes the scope of the element that ends: its declarations are no longer in scope. */
  void close() {
    int size = scopes.remove(scopes.size() - 1);
    while (namespaces.size() > size) {
      namespaces.remove(namespaces.size() - 1);
    }
  }
}
