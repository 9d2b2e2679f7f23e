import java.util.Properties

plugins {
    id("com.android.application")
}

val props = Properties().apply { load(file("secrets.properties").inputStream()) }
val localProperties = Properties().apply { load(rootProject.file("local.properties").inputStream()) }

android {
    namespace = "com.example.notify"
    defaultConfig {
        applicationId = "com.example.notify"
        buildConfigField("String", "TWILIO_AUTH_TOKEN", "\"${properties["NOTIFY_PRIMARY"]}\"")
// S                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #92d3 {{Compiled into BuildConfig.TWILIO_AUTH_TOKEN here}}
        buildConfigField("String", "TWILIO_AUTH_TOKEN2", "\"" + project.findProperty("NOTIFY_SECONDARY") as String + "\"")
// S                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #fd8a {{Compiled into BuildConfig.TWILIO_AUTH_TOKEN2 here}}
        buildConfigField("String", "TWILIO_TOKEN_LOCAL", "\"${localProperties.getProperty("notify.tertiary")}\"")
// S                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #d656 {{Compiled into BuildConfig.TWILIO_TOKEN_LOCAL here}}
        buildConfigField("String", "TWILIO_TOKEN_BACKUP", props["NOTIFY_BACKUP"].toString())
// S                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #16db {{Compiled into BuildConfig.TWILIO_TOKEN_BACKUP here}}
        buildConfigField("String", "TWILIO_TOKEN_FOURTH", "\"${providers.gradleProperty("NOTIFY_FOURTH").get()}\"")
// S                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #e45d {{Compiled into BuildConfig.TWILIO_TOKEN_FOURTH here}}
        buildConfigField("String", "TWILIO_TOKEN_FIFTH", "\"" + (findProperty("NOTIFY_FIFTH") as String?)!! + "\"")
// S                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #86c6 {{Compiled into BuildConfig.TWILIO_TOKEN_FIFTH here}}
        // another service's token read the same way: silent
        buildConfigField("String", "MIXPANEL_TOKEN", "\"${props["NOTIFY_UNUSED"]}\"")
    }
}
