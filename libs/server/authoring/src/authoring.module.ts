import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tryout/server-audit';
import { ProblemsModule } from '@tryout/server-problems';
import { QueueModule } from '@tryout/server-queue';
import { SubmissionsModule } from '@tryout/server-submissions';
import { AUTHORING_ENTITIES } from './authoring.entities';
import { ProblemDraftsService } from './drafts/drafts.service';
import { PackagesService } from './packages/packages.service';
import { RejudgeService } from './rejudge/rejudge.service';
import { ValidationService } from './validation/validation.service';

/** Catalog authoring: drafts, validation, publish, rejudge, packages (api and worker). */
@Module({
  imports: [TypeOrmModule.forFeature(AUTHORING_ENTITIES), ProblemsModule, SubmissionsModule, QueueModule, AuditModule],
  providers: [ProblemDraftsService, ValidationService, RejudgeService, PackagesService],
  exports: [ProblemDraftsService, ValidationService, RejudgeService, PackagesService],
})
export class AuthoringModule {}
