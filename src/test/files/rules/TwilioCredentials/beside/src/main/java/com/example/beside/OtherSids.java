package com.example.beside;

/** Twilio's other resource SIDs, placeholders and masked SIDs beside a token: no Account SID, nothing pairs. */
final class OtherSids {

  static final String MSG_SID = "MGe6e4ebacd07071acf82fdc6e39467603";
  static final String MSG_TKN = "dffa0ad0bc7cd3ca71d4e3ffc3d05966";

  static final String NUM_SID = "PN214d84cc879495a55a772f2e28b80f57";
  static final String NUM_TKN = "285c6baab9d93260f637dc8aafb01957";

  static final String WRK_SID = "WS5c9545166820facf3b8e4606c44f970e";
  static final String WRK_TKN = "9f47b374e3b6f1b52a4a4d6a542d2715";

  static final String FLOW_SID = "WKc51f5150240e9c7938c44ec82c3d0694";
  static final String FLOW_TKN = "393ef6845577f5bd62146df45662a358";

  static final String VFY_SID = "VA69399579f77c5802f19298050ba11d66";
  static final String VFY_TKN = "40e1adca3b5f3319da1f0f878ea178b0";

  static final String ACC_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  static final String AUTH_TKN = "your_auth_token";

  static final String MASKED_SID = "AC4740****************************";
  static final String OUTBOUND_KEY = "624579b300ff31e82723f535cca224e6";

  // static final String CALLS_SID = "MGeb0fb674e2bd70ecb612e73ebd3e7214";
  // static final String CALLS_TKN = "342233dd2007de4e4f5235921c4b07b1";

  private OtherSids() {
  }
}
