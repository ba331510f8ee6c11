export * from './verdict';
export * from './language';
export * from './queue';
export * from './events';
export * from './error';
export * from './api';
export * from './custom-input';
export * from './authoring';
