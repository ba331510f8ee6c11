import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INTERVIEW_PART_LIMITS,
  SCORECARD_LIMITS,
  SCORECARD_RECOMMENDATIONS,
  type SaveScorecardRequest,
  type ScorecardRecommendation,
  type ScorecardScoreDto,
} from '@tryout/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

const L = SCORECARD_LIMITS;

export class ScorecardScoreBodyDto implements ScorecardScoreDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: L.scoreMin,
    maximum: L.scoreMax,
    description: 'null: not scored yet (drafts only)',
  })
  @ValidateIf((o: ScorecardScoreBodyDto) => o.score !== null)
  @IsInt()
  @Min(L.scoreMin)
  @Max(L.scoreMax)
  score: number | null;

  @ApiProperty({ maxLength: L.commentMaxLength })
  @IsString()
  @MaxLength(L.commentMaxLength)
  comment: string;
}

export class SaveScorecardDto implements SaveScorecardRequest {
  @ApiProperty({
    type: [ScorecardScoreBodyDto],
    description: "One per criterion of the session's template, in its order",
  })
  @IsArray()
  @ArrayMaxSize(L.criteriaMax)
  @ValidateNested({ each: true })
  @Type(() => ScorecardScoreBodyDto)
  @MultilineText()
  scores: ScorecardScoreBodyDto[];

  @ApiProperty({ enum: SCORECARD_RECOMMENDATIONS, nullable: true, description: 'null while a draft' })
  @ValidateIf((o: SaveScorecardDto) => o.recommendation !== null)
  @IsIn(SCORECARD_RECOMMENDATIONS)
  recommendation: ScorecardRecommendation | null;

  @ApiPropertyOptional({
    type: [ScorecardScoreBodyDto],
    description: 'One per open question of the session, in part order; required to submit when it has any',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INTERVIEW_PART_LIMITS.partsMax)
  @ValidateNested({ each: true })
  @Type(() => ScorecardScoreBodyDto)
  @MultilineText()
  openScores?: ScorecardScoreBodyDto[];
}
