export * from './generate-starter';
export * from './generate-stdio-starter';
export * from './generate-sql-starter';
