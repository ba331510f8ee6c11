import { ApiProperty } from '@nestjs/swagger';
import { INTERVIEW_LIMITS, type ExtendInterviewRequest } from '@tryout/contracts';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class ExtendInterviewDto implements ExtendInterviewRequest {
  @ApiProperty({
    minimum: -INTERVIEW_LIMITS.extendMinutesMax,
    maximum: INTERVIEW_LIMITS.extendMinutesMax,
    description: 'Negative shortens; not 0',
  })
  @IsInt()
  @Min(-INTERVIEW_LIMITS.extendMinutesMax)
  @Max(INTERVIEW_LIMITS.extendMinutesMax)
  minutes: number;

  @ApiProperty({ maxLength: INTERVIEW_LIMITS.reasonMaxLength })
  @IsString()
  @MinLength(1)
  @MaxLength(INTERVIEW_LIMITS.reasonMaxLength)
  reason: string;
}
