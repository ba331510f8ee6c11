export * from './generate-starter';
