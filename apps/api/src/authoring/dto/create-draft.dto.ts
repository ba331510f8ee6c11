import { ApiProperty } from '@nestjs/swagger';
import { type CreateDraftRequest, type ProblemType } from '@tryout/contracts';
import { AUTHORED_PROBLEM_TYPES, SQL_AUTHORING_REFUSAL } from '@tryout/server-authoring';
import { IsIn, IsString, MaxLength } from 'class-validator';

export class CreateDraftDto implements CreateDraftRequest {
  @ApiProperty({ example: 'two-sum' }) @IsString() @MaxLength(100) slug: string;
  @ApiProperty({ example: 'Two Sum' }) @IsString() @MaxLength(200) title: string;
  // sql problems are authored as packages for now (the editor has no schema or result-set fields).
  @ApiProperty({ enum: AUTHORED_PROBLEM_TYPES })
  @IsIn(AUTHORED_PROBLEM_TYPES, {
    message: `type must be one of ${AUTHORED_PROBLEM_TYPES.join(', ')} (${SQL_AUTHORING_REFUSAL})`,
  })
  type: ProblemType;
}
