import { ApiProperty } from '@nestjs/swagger';
import { SCORECARD_LIMITS, type SaveScorecardTemplateRequest, type ScorecardCriterionDto } from '@tryout/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

const L = SCORECARD_LIMITS;

export class ScorecardCriterionBodyDto implements ScorecardCriterionDto {
  @ApiProperty({ maxLength: L.criterionNameMaxLength })
  @IsString()
  @MinLength(1)
  @MaxLength(L.criterionNameMaxLength)
  // The whole `criteria` field is multi-line (for descriptions); names stay on one line.
  @Matches(/^[^\r\n\t]*$/, { message: 'a criterion name is one line' })
  name: string;

  @ApiProperty({ maxLength: L.criterionDescriptionMaxLength, description: 'What a strong answer shows; may be empty' })
  @IsString()
  @MaxLength(L.criterionDescriptionMaxLength)
  description: string;
}

export class SaveScorecardTemplateDto implements SaveScorecardTemplateRequest {
  @ApiProperty({ maxLength: L.nameMaxLength })
  @IsString()
  @MinLength(1)
  @MaxLength(L.nameMaxLength)
  name: string;

  @ApiProperty({
    type: [ScorecardCriterionBodyDto],
    description: `${L.criteriaMin}–${L.criteriaMax} criteria, each scored 1–4`,
  })
  @IsArray()
  @ArrayMinSize(L.criteriaMin)
  @ArrayMaxSize(L.criteriaMax)
  @ValidateNested({ each: true })
  @Type(() => ScorecardCriterionBodyDto)
  @MultilineText()
  criteria: ScorecardCriterionBodyDto[];
}
