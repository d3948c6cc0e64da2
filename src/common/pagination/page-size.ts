/** Page sizes are bounded so that one request cannot ask for the whole database. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;
