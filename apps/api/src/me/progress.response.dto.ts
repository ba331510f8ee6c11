import { ApiProperty } from '@nestjs/swagger';
import { DIFFICULTIES, type Difficulty, type ProblemProgressDto, type ProgressDto } from '@tryout/contracts';

export class ProblemProgressResponseDto implements ProblemProgressDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty: Difficulty;
  @ApiProperty() solved: boolean;
  @ApiProperty() attempts: number;
  @ApiProperty() accepted: number;
  @ApiProperty({ description: '0..1' }) acceptance: number;
  @ApiProperty({ format: 'date-time' }) lastSubmittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) solvedAt: string | null;
}

export class SolvedByDifficultyDto {
  @ApiProperty() easy: number;
  @ApiProperty() medium: number;
  @ApiProperty() hard: number;
}

export class ProgressResponseDto implements ProgressDto {
  @ApiProperty() solved: number;
  @ApiProperty() attempted: number;
  @ApiProperty() totalProblems: number;
  @ApiProperty({ type: SolvedByDifficultyDto }) solvedByDifficulty: SolvedByDifficultyDto;
  @ApiProperty({ description: 'Consecutive UTC days with an accepted submit, ending today or yesterday' })
  currentStreak: number;
  @ApiProperty() longestStreak: number;
  @ApiProperty({ type: [ProblemProgressResponseDto] }) problems: ProblemProgressResponseDto[];
}
