package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.Test;

/** Namespace scopes while the simple XML reader reads a document, and a start tag's attributes resolved in them. */
class SimpleXmlNamespacesTest {

  private static final String A = "http://schemas.android.com/apk/res/android";

  /** The attributes as "{namespace}prefix:local=value", or null. */
  private static List<String> open(SimpleXmlNamespaces namespaces, String... raw) {
    SimpleXmlEvent.Attribute[] attributes = namespaces.open(List.of(raw));
    return attributes == null ? null : Arrays.stream(attributes)
      .map(a -> "{" + a.name().getNamespaceURI() + "}" + a.name().getPrefix() + ":" + a.name().getLocalPart() + "=" + a.value())
      .toList();
  }

  @Test
  void declarations_are_left_out_and_prefixes_resolved() {
    SimpleXmlNamespaces namespaces = new SimpleXmlNamespaces();
    assertThat(open(namespaces, "xmlns:android", A, "xmlns", "urn:default", "name", "n", "android:value", "v", "xml:lang", "en"))
      .containsExactly("{}:name=n", "{" + A + "}android:value=v", "{" + XMLConstants.XML_NS_URI + "}xml:lang=en");
    assertThat(namespaces.namespace("android")).isEqualTo(A);
    assertThat(namespaces.namespace("xml")).isEqualTo(XMLConstants.XML_NS_URI);
    assertThat(namespaces.namespace("tools")).isNull();
  }

  @Test
  void a_tag_without_attributes_has_none() {
    SimpleXmlNamespaces namespaces = new SimpleXmlNamespaces();
    assertThat(namespaces.open(List.of())).isSameAs(SimpleXmlEvent.NO_ATTRIBUTES);
    assertThat(namespaces.open(List.of("xmlns:a", "u"))).isSameAs(SimpleXmlEvent.NO_ATTRIBUTES);
  }

  @Test
  void a_declaration_holds_in_its_element_and_the_ones_inside() {
    SimpleXmlNamespaces namespaces = new SimpleXmlNamespaces();
    open(namespaces, "xmlns:a", "outer");
    assertThat(open(namespaces, "xmlns:a", "inner", "a:x", "1")).containsExactly("{inner}a:x=1");
    assertThat(namespaces.namespace("a")).isEqualTo("inner");
    namespaces.close();
    assertThat(namespaces.namespace("a")).isEqualTo("outer");
    assertThat(open(namespaces, "a:x", "2")).containsExactly("{outer}a:x=2");
    namespaces.close();
    namespaces.close();
    assertThat(namespaces.namespace("a")).isNull();
  }

  @Test
  void a_declaration_after_the_attribute_that_uses_it_counts() {
    assertThat(open(new SimpleXmlNamespaces(), "a:x", "1", "xmlns:a", "u")).containsExactly("{u}a:x=1");
  }

  @Test
  void unbound_and_forbidden_prefixes_are_refused() {
    assertThat(open(new SimpleXmlNamespaces(), "p:x", "1")).isNull();
    assertThat(open(new SimpleXmlNamespaces(), "xmlns:p", "", "x", "1")).isNull();
    assertThat(open(new SimpleXmlNamespaces(), "xmlns:xml", XMLConstants.XML_NS_URI)).isNull();
    assertThat(open(new SimpleXmlNamespaces(), "xmlns:xmlns", "u")).isNull();
    assertThat(open(new SimpleXmlNamespaces(), "xmlns", "", "x", "1")).containsExactly("{}:x=1");
  }

  @Test
  void the_default_namespace_is_not_an_attributes_one() {
    assertThat(open(new SimpleXmlNamespaces(), "xmlns", "urn:d", "x", "1")).containsExactly("{}:x=1");
  }

  @Test
  void two_attributes_of_the_same_name_in_a_namespace_are_refused() {
    assertThat(open(new SimpleXmlNamespaces(), "xmlns:a", "u", "xmlns:b", "u", "a:x", "1", "b:x", "2")).isNull();
    assertThat(open(new SimpleXmlNamespaces(), "xmlns:a", "u", "xmlns:b", "v", "a:x", "1", "b:x", "2")).hasSize(2);
    assertThat(open(new SimpleXmlNamespaces(), "xmlns:a", "u", "a:x", "1", "x", "2")).hasSize(2);
  }

  @Test
  void declarations_in_scope_are_bounded() {
    SimpleXmlNamespaces namespaces = new SimpleXmlNamespaces();
    for (int i = 0; i < SimpleXmlMarkup.MAX_NAMES - 1; i++) {
      assertThat(open(namespaces, "xmlns:p" + i, "u")).isEmpty();
    }
    List<String> last = new ArrayList<>(List.of("xmlns:last", "u"));
    assertThat(namespaces.open(last)).isNotNull();
    assertThat(namespaces.open(List.of("xmlns:over", "u"))).isNull();
    // a tag of as many declarations
    SimpleXmlNamespaces one = new SimpleXmlNamespaces();
    List<String> raw = new ArrayList<>();
    for (int i = 0; i <= SimpleXmlMarkup.MAX_NAMES; i++) {
      raw.add("xmlns:p" + i);
      raw.add("u");
    }
    assertThat(one.open(raw.subList(0, 2 * SimpleXmlMarkup.MAX_NAMES))).isNotNull();
    assertThat(new SimpleXmlNamespaces().open(raw)).isNull();
  }
}
