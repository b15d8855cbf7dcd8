/**
 * The page's name for the core's one share formatter (`core/decision/share-text.ts`), kept so
 * views written against it keep working.
 */
export { shareText as share } from "../../core/decision/share-text.js";
