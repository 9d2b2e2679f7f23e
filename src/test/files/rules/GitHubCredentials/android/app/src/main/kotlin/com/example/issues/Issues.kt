package com.example.issues

import org.kohsuke.github.GitHub
import org.kohsuke.github.GitHubBuilder

object GitHubConfig {
    const val AUTHORIZATION = "token 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" // Noncompliant {{Revoke this GitHub personal access token (…WXlZ); an app signs its users in through a GitHub App (device flow) or asks your backend, it never holds a token of its own.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}

class Issues {
    fun connect(): GitHub = GitHub.connectUsingOAuth("ghu_vFPCfv9p5Peul0TCinkqCO6wH7pA0j3SPVrY") // Noncompliant {{Revoke this GitHub token (…PVrY); an app gets its user's token at run time through a GitHub App's device flow, and installation tokens stay on your backend.}}
//                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    fun builder(): GitHub = GitHubBuilder().withOAuthToken("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").build() // Noncompliant {{Revoke this GitHub personal access token (…iGMe); an app signs its users in through a GitHub App (device flow) or asks your backend, it never holds a token of its own.}}
//                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    // the signed-in user's own token, from the device flow: not reported
    fun connect(userToken: String): GitHub = GitHub.connectUsingOAuth(userToken)
}
