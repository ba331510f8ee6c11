import { Module } from '@nestjs/common';
import { SubmissionEventsService } from './events/submission-events.service';
import { JudgeQueueService } from './judge-queue/judge-queue.service';
import { RedisModule } from './redis/redis.module';

/** Redis connections, the judge queue producer and submission progress pub/sub. */
@Module({
  imports: [RedisModule],
  providers: [JudgeQueueService, SubmissionEventsService],
  exports: [RedisModule, JudgeQueueService, SubmissionEventsService],
})
export class QueueModule {}
