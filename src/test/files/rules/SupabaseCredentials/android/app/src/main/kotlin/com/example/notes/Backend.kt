package com.example.notes

import io.github.jan.supabase.createSupabaseClient
import io.github.jan.supabase.postgrest.Postgrest

object Backend {

    // the publishable key is public by design
    val client = createSupabaseClient(BuildConfig.SUPABASE_URL, BuildConfig.SUPABASE_PUBLISHABLE_KEY) {
        install(Postgrest)
    }

    val admin = createSupabaseClient(
        supabaseUrl = "https://bypjtbekzfdurculmraz.supabase.co",
// S                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #sb2 {{Supabase project URL https://…e.co that goes with it}}
        // Noncompliant@+1 {{Revoke this Supabase service_role key (…1Cur) by rotating the project's JWT secret, and use the publishable (anon) key with Row Level Security in the app; service_role bypasses RLS.}} [[id=sb2]]
        supabaseKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImJ5cGp0YmVremZkdXJjdWxtcmF6Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczMTM5NDQ0MCwiZXhwIjoyMDQ2OTcwNDQwfQ.2W2K_J4R_VfKWPg7ut4avAcMND3ydt_VrDtYtJ41Cur",
    ) {
        install(Postgrest)
    }
}
