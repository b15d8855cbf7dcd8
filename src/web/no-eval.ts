/**
 * Imported first by the page and by the SMAA worker: puts zod into its "jitless" mode before
 * any schema is built. Otherwise zod probes for `new Function` when it builds an object schema,
 * and although it catches the refusal, the browser still reports a `script-src` violation
 * under the server's Content-Security-Policy (which has no 'unsafe-eval'). Validation gives
 * the same results either way; only zod's generated fast path is skipped.
 */
import { z } from "zod";

z.config({ jitless: true });
