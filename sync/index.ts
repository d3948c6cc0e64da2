/** The sync engine's public surface: what src/ imports. src/ may import sync/; sync/ never imports src/. */
export * from './engine';
export * from './sheets';
export * from './runner';
export * from './template';
