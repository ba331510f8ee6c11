export * from './auth';
export * from './me';
export * from './problems';
export * from './submissions';
export * from './drafts';
export * from './progress';
export * from './errors';
export * from './health';
