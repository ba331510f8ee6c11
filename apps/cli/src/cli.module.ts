import { Module } from '@nestjs/common';
import { DatabaseModule } from '@tryout/server-database';
import { ProblemsModule } from '@tryout/server-problems';
import { UsersModule } from '@tryout/server-users';

/** What the database commands need: the same services the API uses (ConfigModule comes from main). */
@Module({ imports: [DatabaseModule, ProblemsModule, UsersModule] })
export class CliModule {}
