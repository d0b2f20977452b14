import { z } from "zod";

// The CSP allows no eval. Without jitless, zod v4 probes for it with `new Function("")` when the first
// object schema is built, and the browser reports that probe as a CSP violation on every page. main.tsx
// imports this module first, so the setting holds before any schema exists.
z.config({ jitless: true });
