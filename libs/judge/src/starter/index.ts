export * from './generate-starter';
export * from './generate-stdio-starter';
