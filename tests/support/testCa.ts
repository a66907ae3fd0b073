/** a self-signed test CA (openssl req -x509, EC P-256, "CN=Taiwa Test CA"): a real certificate, no secret (its key was thrown away) */
export const TEST_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIBhTCCASugAwIBAgIUdqpP5+Ivr2AwP3cH6s0Zp6SmpgowCgYIKoZIzj0EAwIw
GDEWMBQGA1UEAwwNVGFpd2EgVGVzdCBDQTAeFw0yNjEyMDQwNjM4MzlaFw0zNjEy
MDEwNjM4MzlaMBgxFjAUBgNVBAMMDVRhaXdhIFRlc3QgQ0EwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAASd043p0z20eCEqadgwWhY/Rst7yMxtv0w7WJ1kRTzqS3Dr
VIa8WwA0JbJvLDJSeFDgmWNlMEOpDbDitmptVAQAo1MwUTAdBgNVHQ4EFgQUYFli
fOXhPBKeGe5twniGbowhyfQwHwYDVR0jBBgwFoAUYFlifOXhPBKeGe5twniGbowh
yfQwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiB/ar3Eu/bSeh9G
v43lIIrp7bmNWQE+Cu0fW0RQrI9/BAIhAJOAt18QTRGEtKd+A8v0ForMCw5dVrN4
8XmztY2F5MIB
-----END CERTIFICATE-----
`
