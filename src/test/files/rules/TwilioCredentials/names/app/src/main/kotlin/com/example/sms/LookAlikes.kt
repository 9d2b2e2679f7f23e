package com.example.sms

// no Account SID in this file: the other resource SIDs, placeholders and digests pair with nothing
const val SERVICE_SID = "MG9aba78f67c51336d5011f17361e32033"
const val SERVICE_TOKEN = "08868b4250feec4bb96d9ee8f53e8287"
const val MASKED_ACCOUNT_SID = "AC4740****************************"
const val PLACEHOLDER_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
const val ABC_MD5 = "900150983cd24fb0d6963f7d28e17f72"
