import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tryout/server-audit';
import { QueueModule } from '@tryout/server-queue';
import { UserEntity, UsersModule } from '@tryout/server-users';
import { AdminQueueService } from './admin-queue.service';
import { AdminUsersService } from './admin-users.service';

/** What admins do: manage users, read the audit log, watch and retry the judge queue. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AuditModule, QueueModule, UsersModule],
  providers: [AdminUsersService, AdminQueueService],
  exports: [AdminUsersService, AdminQueueService, AuditModule],
})
export class AdminModule {}
