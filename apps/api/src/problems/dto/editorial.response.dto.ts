import { ApiProperty } from '@nestjs/swagger';
import {
  DIFFICULTIES,
  EDITORIAL_UNLOCKS,
  LANGUAGE_IDS,
  PROBLEM_TYPES,
  type Difficulty,
  type EditorialDto,
  type EditorialLockedDto,
  type EditorialSolutionDto,
  type EditorialUnlock,
  type HintsDto,
  type LanguageId,
  type ProblemType,
  type SimilarProblemsDto,
} from '@tryout/contracts';

export class EditorialSolutionResponseDto implements EditorialSolutionDto {
  @ApiProperty({ enum: LANGUAGE_IDS }) language: LanguageId;
  @ApiProperty({ description: 'An accepted reference solution, proven by `tryout verify`' }) source: string;
}

export class EditorialResponseDto implements EditorialDto {
  @ApiProperty({ enum: [false], description: 'False: the content follows' }) locked: false;
  @ApiProperty({ example: 'two-sum' }) slug: string;
  @ApiProperty({ description: 'Markdown (with $…$ TeX): intuition, approach, complexity' }) body: string;
  @ApiProperty({ type: [EditorialSolutionResponseDto], description: 'At most one per language' })
  solutions: EditorialSolutionResponseDto[];
  @ApiProperty({ enum: EDITORIAL_UNLOCKS, description: 'Why the caller may read it' }) unlockedBy: EditorialUnlock;
}

export class EditorialLockedResponseDto implements EditorialLockedDto {
  @ApiProperty({ enum: [true], description: 'True: locked, no content' }) locked: true;
  @ApiProperty({ example: 'two-sum' }) slug: string;
  @ApiProperty({ description: 'How to unlock it: a first submission, or POST …/editorial/reveal' }) message: string;
}

export class HintsResponseDto implements HintsDto {
  @ApiProperty({ type: [String], description: 'Markdown, in order: a nudge first, nearly the approach last' })
  hints: string[];
}

export class SimilarProblemResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'three-sum-zero' }) slug: string;
  @ApiProperty({ example: 12, description: 'Stable catalog number' }) number: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty: Difficulty;
  @ApiProperty({ enum: PROBLEM_TYPES }) type: ProblemType;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: Number, nullable: true }) acceptanceRate: number | null;
  @ApiProperty({ type: [String], description: 'Tags in common with the requested problem' }) sharedTags: string[];
}

export class SimilarProblemsResponseDto implements SimilarProblemsDto {
  @ApiProperty({ type: [SimilarProblemResponseDto] }) items: SimilarProblemResponseDto[];
}
