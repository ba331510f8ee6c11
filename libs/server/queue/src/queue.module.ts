import { Module } from '@nestjs/common';
import { SubmissionEventsService } from './events/submission-events.service';
import { SubmissionProgressStore } from './events/submission-progress.store';
import { JudgeQueueService } from './judge-queue/judge-queue.service';
import { RedisModule } from './redis/redis.module';

/** Redis connections, the judge queue producer, submission progress pub/sub and live progress records. */
@Module({
  imports: [RedisModule],
  providers: [JudgeQueueService, SubmissionEventsService, SubmissionProgressStore],
  exports: [RedisModule, JudgeQueueService, SubmissionEventsService, SubmissionProgressStore],
})
export class QueueModule {}
