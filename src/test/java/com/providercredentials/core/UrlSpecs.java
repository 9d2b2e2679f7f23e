package com.providercredentials.core;

/**
 * Two fictional providers whose secrets are parts of URLs, for the tests of the core's stages: Cloudly, whose URL holds
 * its API key (an account) as the identifier part and its secret as the secret part; Hookly, whose webhook URL holds a
 * team (an identifier that is no account) and a secret, and is found inside longer texts. Every value is synthetic.
 */
final class UrlSpecs {

  static final ProviderSpec CLOUDLY = SpecLoader.parse("cloudly.yaml", """
    id: cloudly
    name: Cloudly
    rule: CloudlyCredentials
    words: [cloudly]
    identifiers:
      - kind: api-key
        label: API key
        shape: {alphabet: digits, length: 15}
        account: true
        shared-advice: give each app its own Cloudly key
    secrets:
      - kind: url
        label: URL
        shape:
          parts:
            - "cloudly://"
            - {name: identifier, alphabet: digits, length: 15}
            - ":"
            - {name: secret, alphabet: base64-url, length: 27}
            - "@"
            - {name: cloud, alphabet: host, length: [1, 64], random: false}
        pairs-with: [api-key]
        names: [[cloudly, url]]
        message: "Remove the secret from this Cloudly URL ({masked})."
      - kind: signing-secret
        label: signing secret
        shape:
          parts: [cls, {name: secret, alphabet: alnum, length: 24}]
        pairs-with: [api-key]
        names: [[cloudly, signing]]
        message: "Revoke this Cloudly signing secret ({masked})."
    """);

  static final ProviderSpec HOOKLY = SpecLoader.parse("hookly.yaml", """
    id: hookly
    name: Hookly
    rule: HooklyCredentials
    words: [hookly]
    identifiers:
      - kind: team-id
        label: team ID
        shape: {alphabet: upper-alnum, length: [8, 12]}
    secrets:
      - kind: webhook
        label: webhook URL
        shape:
          parts:
            - https://hooks.hookly.test/services/T
            - {name: identifier, alphabet: upper-alnum, length: [8, 12], random: false}
            - /B
            - {alphabet: upper-alnum, length: [8, 12], random: false}
            - /
            - {name: secret, alphabet: alnum, length: 24}
        names: [[hookly, webhook]]
        message: "Revoke this Hookly webhook ({masked})."
    """);

  static final String API_KEY = "574911862527601";
  static final String URL_SECRET = "PtYgjmUhBel31iEl2hpChYgCfrL";
  static final String URL = "cloudly://" + API_KEY + ":" + URL_SECRET + "@demo-cloud";
  static final String SIGNING = "AjIhKtJ0RlgLKOmxgJTeKdNn";
  static final String TEAM = "T0G4H7K2Q";
  static final String HOOK_SECRET = "FRIBXuDL7DxtpYlSXpfKtHF4";
  static final String WEBHOOK = "https://hooks.hookly.test/services/" + TEAM + "/B07PQ3XZ81/" + HOOK_SECRET;

  private UrlSpecs() {
  }
}
