import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LANGUAGE_IDS,
  SUBMISSION_MODES,
  SUBMISSION_STATUSES,
  VERDICTS,
  type CreateSubmissionResponse,
  type RuntimeDistributionDto,
  type LanguageId,
  type SubmissionDto,
  type SubmissionListResponse,
  type SubmissionMode,
  type SubmissionStatus,
  type SubmissionSummaryDto,
  type TestResultDto,
  type Verdict,
} from '@tryout/contracts';

export class CreateSubmissionResponseDto implements CreateSubmissionResponse {
  @ApiProperty({ format: 'uuid', description: 'Also the judge job id' }) id: string;
}

export class TestResultResponseDto implements TestResultDto {
  @ApiProperty() index: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Hidden tests carry their verdict only (admins: figures too)' }) hidden: boolean;
  @ApiProperty({ enum: VERDICTS }) verdict: Verdict;
  @ApiPropertyOptional({ description: 'Absent for hidden tests' }) cpuMs?: number;
  @ApiPropertyOptional({ description: 'Absent for hidden tests' }) wallMs?: number;
  @ApiPropertyOptional({ description: 'Absent for hidden tests' }) memoryKb?: number;
  @ApiPropertyOptional() input?: string;
  @ApiPropertyOptional() expected?: string;
  @ApiPropertyOptional({ description: 'Function/design problems: the returned value as JSON; stdio: the stdout' })
  actual?: string;
  @ApiPropertyOptional({ description: 'Function/design problems: what the program printed to stdout' })
  stdout?: string;
  @ApiPropertyOptional() stderr?: string;
  @ApiPropertyOptional() message?: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) exitCode?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) signal?: string | null;
}

export class SubmissionSummaryResponseDto implements SubmissionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() problemSlug: string;
  @ApiProperty() problemTitle: string;
  @ApiProperty({ enum: LANGUAGE_IDS }) language: LanguageId;
  @ApiProperty({ enum: SUBMISSION_MODES }) mode: SubmissionMode;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @ApiProperty({ enum: VERDICTS, nullable: true }) verdict: Verdict | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Max over tests; rounded up to a 1-2-5 step (admins: exact)',
  })
  cpuMs: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Max over tests; rounded up to a 1-2-5 step (admins: exact)',
  })
  memoryKb: number | null;
  @ApiProperty() testsDone: number;
  @ApiProperty() testsTotal: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}

export class SubmissionResponseDto extends SubmissionSummaryResponseDto implements SubmissionDto {
  @ApiProperty() source: string;
  @ApiProperty({ type: [String], nullable: true, description: 'The custom cases of a run; null otherwise' })
  customInputs: string[] | null;
  @ApiProperty({ type: String, nullable: true }) compileOutput: string | null;
  @ApiProperty({ type: [TestResultResponseDto] }) tests: TestResultResponseDto[];
}

export class SubmissionListResponseDto implements SubmissionListResponse {
  @ApiProperty({ type: [SubmissionSummaryResponseDto] }) items: SubmissionSummaryResponseDto[];
}

export class RuntimeBucketResponseDto {
  @ApiProperty() fromMs: number;
  @ApiProperty() toMs: number;
  @ApiProperty() count: number;
}

export class RuntimeDistributionResponseDto implements RuntimeDistributionDto {
  @ApiProperty({ enum: LANGUAGE_IDS }) language: LanguageId;
  @ApiProperty({ description: 'Accepted submits counted, this one included' }) total: number;
  @ApiProperty() cpuMs: number;
  @ApiProperty({ description: 'Mid-rank percentile, 0..100: others slower count whole, others tied count half' })
  beatsPercent: number;
  @ApiProperty({
    description:
      'True for candidates: 1-2-5 steps, one bucket per step present (step below, step]; false for admins: exact equal-width ranges',
  })
  rounded: boolean;
  @ApiProperty({ type: [RuntimeBucketResponseDto] }) buckets: RuntimeBucketResponseDto[];
}
