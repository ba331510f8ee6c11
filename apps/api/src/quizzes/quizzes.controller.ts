import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { QuizAnswerResultDto, QuizSetDto, QuizSetSummaryDto, QuizTopicProgressDto } from '@tryout/contracts';
import { QuizService } from '@tryout/server-quiz';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Public } from '../common/auth.decorators';
import { AnswerQuizQuestionDto } from './dto/answer-quiz-question.dto';
import {
  QuizAnswerResultResponseDto,
  QuizSetResponseDto,
  QuizSetSummaryResponseDto,
  QuizTopicProgressResponseDto,
} from './dto/quiz.response.dto';

@ApiTags('quizzes')
@Controller()
export class QuizzesController {
  constructor(private readonly quizzes: QuizService) {}

  @Get('quizzes')
  @Public()
  @ApiOperation({
    summary: 'Quiz sets by topic',
    description: 'Public. With a token, each carries the caller’s progress.',
  })
  @ApiResponse({ status: 200, type: [QuizSetSummaryResponseDto] })
  all(@CurrentUser() user?: AuthPrincipal): Promise<QuizSetSummaryDto[]> {
    return this.quizzes.list(user?.userId);
  }

  @Get('quizzes/:slug')
  @Public()
  @ApiOperation({
    summary: 'One quiz set',
    description: 'Public. Keys and explanations only for the questions the caller has answered.',
  })
  @ApiResponse({ status: 200, type: QuizSetResponseDto })
  @ApiErrors(404)
  one(@Param('slug') slug: string, @CurrentUser() user?: AuthPrincipal): Promise<QuizSetDto> {
    return this.quizzes.get(slug, user?.userId);
  }

  @Post('quizzes/:slug/questions/:questionId/answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer one question: graded at once, with the key and the explanation' })
  @ApiResponse({ status: 200, type: QuizAnswerResultResponseDto })
  @ApiErrors(400, 401, 404)
  answer(
    @CurrentUser() user: AuthPrincipal,
    @Param('slug') slug: string,
    @Param('questionId') questionId: string,
    @Body() dto: AnswerQuizQuestionDto,
  ): Promise<QuizAnswerResultDto> {
    return this.quizzes.answer(slug, questionId, user.userId, dto);
  }

  @Delete('quizzes/:slug/answers')
  @HttpCode(204)
  @ApiOperation({ summary: "Retake: forget the caller's answers to this set" })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 404)
  async reset(@CurrentUser() user: AuthPrincipal, @Param('slug') slug: string): Promise<void> {
    await this.quizzes.reset(slug, user.userId);
  }

  @Get('me/quiz-progress')
  @ApiOperation({ summary: "The caller's quiz progress per topic" })
  @ApiResponse({ status: 200, type: [QuizTopicProgressResponseDto] })
  @ApiErrors(401)
  progress(@CurrentUser() user: AuthPrincipal): Promise<QuizTopicProgressDto[]> {
    return this.quizzes.progress(user.userId);
  }
}
