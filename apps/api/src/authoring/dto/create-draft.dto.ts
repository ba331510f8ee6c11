import { ApiProperty } from '@nestjs/swagger';
import { PROBLEM_TYPES, type CreateDraftRequest, type ProblemType } from '@tryout/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';

export class CreateDraftDto implements CreateDraftRequest {
  @ApiProperty({ example: 'two-sum' }) @IsString() @MaxLength(100) slug: string;
  @ApiProperty({ example: 'Two Sum' }) @IsString() @MaxLength(200) title: string;
  @ApiProperty({ enum: PROBLEM_TYPES }) @IsIn(PROBLEM_TYPES) type: ProblemType;
}
