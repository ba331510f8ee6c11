import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProblemsModule } from '@tryout/server-problems';
import { QueueModule } from '@tryout/server-queue';
import { DraftEntity } from '../drafts/draft.entity';
import { DraftsService } from '../drafts/drafts.service';
import { ProgressService } from '../progress/progress.service';
import { JudgingService } from './judging.service';
import { SubmissionTestResultEntity } from './submission-test-result.entity';
import { SubmissionSweeperService } from './submission-sweeper.service';
import { SubmissionEntity } from './submission.entity';
import { SubmissionsService } from './submissions.service';

/** Submissions (API and worker sides), drafts and progress. Needs DatabaseModule and ConfigModule in the app. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SubmissionEntity, SubmissionTestResultEntity, DraftEntity]),
    ProblemsModule,
    QueueModule,
  ],
  providers: [SubmissionsService, JudgingService, SubmissionSweeperService, DraftsService, ProgressService],
  exports: [
    SubmissionsService,
    JudgingService,
    SubmissionSweeperService,
    DraftsService,
    ProgressService,
    ProblemsModule,
    QueueModule,
  ],
})
export class SubmissionsModule {}
