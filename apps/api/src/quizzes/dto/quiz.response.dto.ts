import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  QUIZ_TOPIC_IDS,
  type QuizAnswerResultDto,
  type QuizChoiceDto,
  type QuizQuestionDto,
  type QuizQuestionKind,
  type QuizSetDto,
  type QuizSetSummaryDto,
  type QuizTopic,
  type QuizTopicProgressDto,
} from '@tryout/contracts';

export class QuizSetSummaryResponseDto implements QuizSetSummaryDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: QUIZ_TOPIC_IDS }) topic: QuizTopic;
  @ApiProperty() description: string;
  @ApiProperty() questionCount: number;
  @ApiProperty({ description: 'Questions the caller has answered (0 when anonymous)' }) answered: number;
  @ApiProperty() correct: number;
}

export class QuizChoiceResponseDto implements QuizChoiceDto {
  @ApiProperty({ example: 'a' }) id: string;
  @ApiProperty() text: string;
}

export class QuizAnswerResultResponseDto implements QuizAnswerResultDto {
  @ApiProperty() questionId: string;
  @ApiProperty() correct: boolean;
  @ApiProperty({ description: '`{ choices: [...] }` or `{ text }`, as given' }) given:
    { choices: string[] } | { text: string };
  @ApiPropertyOptional({ type: [String] }) correctChoices?: string[];
  @ApiPropertyOptional() acceptedAnswer?: string;
  @ApiProperty() explanation: string;
  @ApiProperty({ format: 'date-time' }) answeredAt: string;
}

export class QuizQuestionResponseDto implements QuizQuestionDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['single', 'multiple', 'short'] }) kind: QuizQuestionKind;
  @ApiProperty() prompt: string;
  @ApiPropertyOptional({ type: [QuizChoiceResponseDto] }) choices?: QuizChoiceDto[];
  @ApiPropertyOptional({ type: QuizAnswerResultResponseDto, description: 'Only once the caller has answered' })
  result?: QuizAnswerResultDto;
}

export class QuizSetResponseDto extends QuizSetSummaryResponseDto implements QuizSetDto {
  @ApiProperty({ type: [QuizQuestionResponseDto] }) questions: QuizQuestionDto[];
}

export class QuizTopicProgressResponseDto implements QuizTopicProgressDto {
  @ApiProperty({ enum: QUIZ_TOPIC_IDS }) topic: QuizTopic;
  @ApiProperty() label: string;
  @ApiProperty() sets: number;
  @ApiProperty() questions: number;
  @ApiProperty() answered: number;
  @ApiProperty() correct: number;
}
