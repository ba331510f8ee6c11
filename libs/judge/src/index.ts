export * from './verdict.util';
