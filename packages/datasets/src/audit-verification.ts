import { AUDIT_CHECKPOINTS_FILE, AUDIT_PUBLIC_KEY_FILE } from './release-format.js';

/*
 * How anyone checks the audit checkpoints of a release with common tools, in the folder holding the
 * downloaded audit-checkpoints.json and audit-public-key.pem. The site prints these commands and the release
 * tests run them exactly as printed.
 */

/** Node.js (any version since 12): prints each checkpoint's chain, number and head with OK or FORGED. */
export const VERIFY_CHECKPOINTS_WITH_NODE =
  `node -e 'const c=require("crypto"),f=require("fs"),k=c.createPublicKey(f.readFileSync("${AUDIT_PUBLIC_KEY_FILE}"));` +
  `for(const p of JSON.parse(f.readFileSync("${AUDIT_CHECKPOINTS_FILE}")).checkpoints)` +
  `console.log(c.verify(null,Buffer.from(p.message),k,Buffer.from(p.signature,"base64"))?"OK    ":"FORGED",` +
  `p.message.trim().split("\\n").slice(1).join(" "))'`;

/** OpenSSL 3 and jq, for the checkpoint at `index`: prints "Signature Verified Successfully" when genuine. */
export function verifyCheckpointWithOpenssl(index = 0): string[] {
  return [
    `jq -j '.checkpoints[${index}].message' ${AUDIT_CHECKPOINTS_FILE} > checkpoint.txt`,
    `jq -r '.checkpoints[${index}].signature' ${AUDIT_CHECKPOINTS_FILE} | base64 -d > checkpoint.sig`,
    `openssl pkeyutl -verify -pubin -inkey ${AUDIT_PUBLIC_KEY_FILE} -rawin -in checkpoint.txt -sigfile checkpoint.sig`,
  ];
}
