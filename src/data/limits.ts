// Kept apart from the validator so that what fetches a file can refuse an
// oversized one without loading the schema library first.

/** Files larger than this are refused before they are parsed. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
