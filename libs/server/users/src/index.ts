export * from './users/user.entity';
export * from './users/user.exception';
export * from './users/users.service';
export * from './users/users.module';
export * from './users/password.util';
export * from './auth/refresh-token.entity';
export * from './auth/auth.exception';
export * from './auth/auth.service';
