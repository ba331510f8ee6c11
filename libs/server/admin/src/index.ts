export * from './admin.exception';
export * from './admin-users.service';
export * from './admin-queue.service';
export * from './admin.module';
