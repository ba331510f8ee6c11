export * from './users/user.entity';
export * from './auth/refresh-token.entity';
