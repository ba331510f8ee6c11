import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  DIFFICULTIES,
  LANGUAGE_IDS,
  PROBLEM_TYPES,
  type CuratedListDetailDto,
  type CuratedListDto,
  type Difficulty,
  type LanguageDto,
  type LanguageId,
  type LanguageLimitsDto,
  type ProblemDetailDto,
  type ProblemListResponse,
  type ProblemSummaryDto,
  type ProblemType,
  type SignatureDto,
  type TagDto,
} from '@tryout/contracts';

export class ProblemSummaryResponseDto implements ProblemSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 12, description: 'Stable catalog number, given at the first import' }) number: number;
  @ApiProperty({ example: 'two-sum' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty: Difficulty;
  @ApiProperty({ enum: PROBLEM_TYPES }) type: ProblemType;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: Number, nullable: true, description: '0..1 over finished submits; null when none' })
  acceptanceRate: number | null;
  @ApiPropertyOptional({ description: 'Only for authenticated callers' }) solved?: boolean;
  @ApiPropertyOptional({ description: 'Only for authenticated callers' }) attempted?: boolean;
  @ApiPropertyOptional({ description: 'Starred by the caller; only for authenticated callers' }) favourite?: boolean;
}

export class ProblemListResponseDto implements ProblemListResponse {
  @ApiProperty({ type: [ProblemSummaryResponseDto] }) items: ProblemSummaryResponseDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class ProblemLimitsResponseDto {
  @ApiProperty({ description: 'Per test, before the language multiplier' }) timeLimitMs: number;
  @ApiProperty() memoryMb: number;
  @ApiProperty() outputMb: number;
}

export class ProblemSampleResponseDto {
  @ApiProperty() name: string;
  @ApiProperty() input: string;
  @ApiProperty() output: string;
}

export class FunctionParamResponseDto {
  @ApiProperty() name: string;
  @ApiProperty({ example: 'int[]' }) type: string;
}

export class FunctionSignatureResponseDto {
  @ApiProperty({ enum: ['function'] }) kind: 'function';
  @ApiProperty() name: string;
  @ApiProperty({ type: [FunctionParamResponseDto] }) params: FunctionParamResponseDto[];
  @ApiProperty() returns: string;
}

export class MethodSignatureResponseDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: [FunctionParamResponseDto] }) params: FunctionParamResponseDto[];
  @ApiProperty() returns: string;
}

export class ClassSignatureResponseDto {
  @ApiProperty({ enum: ['class'] }) kind: 'class';
  @ApiProperty() name: string;
  @ApiProperty({ type: [FunctionParamResponseDto] }) constructorParams: FunctionParamResponseDto[];
  @ApiProperty({ type: [MethodSignatureResponseDto] }) methods: MethodSignatureResponseDto[];
}

export class ReferenceSolutionResponseDto {
  @ApiProperty({ enum: LANGUAGE_IDS }) language: LanguageId;
  @ApiProperty({ description: 'Expected verdicts, comma-separated' }) expected: string;
  @ApiProperty() fileName: string;
  @ApiProperty() source: string;
}

export class ProblemStatsResponseDto {
  @ApiProperty() submissions: number;
  @ApiProperty() accepted: number;
}

export class ProblemDetailResponseDto extends ProblemSummaryResponseDto implements ProblemDetailDto {
  @ApiProperty({ description: 'Version of the judgeable data (tests + limits)' }) version: number;
  @ApiProperty({ description: 'Markdown (with $…$ TeX)' }) statement: string;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: ProblemLimitsResponseDto }) limits: ProblemLimitsResponseDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { timeLimitMs: { type: 'integer' }, memoryMb: { type: 'number' } },
      required: ['timeLimitMs', 'memoryMb'],
    },
    description: 'Language id → the limits the judge applies in it (CPU time × the language multiplier)',
  })
  languageLimits: Partial<Record<LanguageId, LanguageLimitsDto>>;
  @ApiProperty({ type: [ProblemSampleResponseDto] }) samples: ProblemSampleResponseDto[];
  @ApiProperty({ enum: LANGUAGE_IDS, isArray: true }) languages: LanguageId[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Language id → starter code' })
  starterCode: Partial<Record<LanguageId, string>>;
  @ApiProperty({
    nullable: true,
    oneOf: [{ $ref: getSchemaPath(FunctionSignatureResponseDto) }, { $ref: getSchemaPath(ClassSignatureResponseDto) }],
  })
  signature: SignatureDto | null;
  @ApiProperty() hiddenTestCount: number;
  @ApiProperty({ type: ProblemStatsResponseDto }) stats: ProblemStatsResponseDto;
  @ApiPropertyOptional({ type: [ProblemSampleResponseDto], description: 'Admins only' })
  hiddenTests?: ProblemSampleResponseDto[];
  @ApiPropertyOptional({ type: [ReferenceSolutionResponseDto], description: 'Admins only' })
  referenceSolutions?: ReferenceSolutionResponseDto[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Admins only' }) editorial?: string | null;
}

export class TagResponseDto implements TagDto {
  @ApiProperty() tag: string;
  @ApiProperty() count: number;
}

export class LanguageResponseDto implements LanguageDto {
  @ApiProperty({ enum: LANGUAGE_IDS }) id: LanguageId;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Recorded by the runner image at build time' })
  version: string | null;
  @ApiProperty() supportsFunctions: boolean;
  @ApiProperty({ type: [String] }) extensions: string[];
  @ApiProperty() editorMode: string;
}

export class CuratedListResponseDto implements CuratedListDto {
  @ApiProperty({ example: 'backend-track' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() problemCount: number;
  @ApiPropertyOptional({ description: 'Only for authenticated callers' }) solvedCount?: number;
}

export class CuratedListDetailResponseDto extends CuratedListResponseDto implements CuratedListDetailDto {
  @ApiProperty({ type: [ProblemSummaryResponseDto], description: "In the list's order" })
  problems: ProblemSummaryResponseDto[];
}
