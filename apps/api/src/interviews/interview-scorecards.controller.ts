import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { InterviewScorecardsDto, ScorecardTemplateDto } from '@tryout/contracts';
import { InterviewScorecardsService, ScorecardTemplatesService } from '@tryout/server-interviews';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { ChooseScorecardTemplateDto } from './dto/choose-scorecard-template.dto';
import { SaveScorecardDto } from './dto/save-scorecard.dto';

/**
 * A session's scorecards: the template it uses and one scorecard per interviewer. Others'
 * scorecards show only after the caller submitted their own.
 */
@ApiTags('interviews')
@Controller()
@Roles('interviewer', 'admin')
export class InterviewScorecardsController {
  constructor(
    private readonly scorecards: InterviewScorecardsService,
    private readonly templates: ScorecardTemplatesService,
  ) {}

  @Get('scorecard-templates')
  @ApiOperation({ summary: 'The active scorecard templates an interviewer can pick' })
  @ApiResponse({ status: 200, description: 'ScorecardTemplateDto[]' })
  @ApiErrors(401, 403)
  templatesList(): Promise<ScorecardTemplateDto[]> {
    return this.templates.listActive();
  }

  @Get('interviews/:id/scorecards')
  @ApiOperation({
    summary: 'The session’s template, the caller’s scorecard and (once theirs is submitted) the others’',
  })
  @ApiResponse({ status: 200, description: 'InterviewScorecardsDto' })
  @ApiErrors(401, 403, 404)
  get(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewScorecardsDto> {
    return this.scorecards.get(user, id);
  }

  @Put('interviews/:id/scorecard-template')
  @ApiOperation({ summary: 'Pick the session’s scorecard template (fixed once anyone started a scorecard)' })
  @ApiResponse({ status: 200, description: 'InterviewScorecardsDto' })
  @ApiErrors(400, 401, 403, 404, 409)
  choose(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Body() dto: ChooseScorecardTemplateDto,
  ): Promise<InterviewScorecardsDto> {
    return this.scorecards.chooseTemplate(user, id, dto.templateId);
  }

  @Put('interviews/:id/scorecards/mine')
  @ApiOperation({ summary: 'Save the caller’s scorecard as a draft' })
  @ApiResponse({ status: 200, description: 'InterviewScorecardsDto' })
  @ApiErrors(400, 401, 403, 404, 409)
  save(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Body() dto: SaveScorecardDto,
  ): Promise<InterviewScorecardsDto> {
    return this.scorecards.save(user, id, dto, false);
  }

  @Post('interviews/:id/scorecards/mine/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Save and submit the caller’s scorecard (final)',
    description: 'Every criterion scored 1–4 and a recommendation, else 400 `scorecard_incomplete`.',
  })
  @ApiResponse({ status: 200, description: 'InterviewScorecardsDto' })
  @ApiErrors(400, 401, 403, 404, 409)
  submit(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Body() dto: SaveScorecardDto,
  ): Promise<InterviewScorecardsDto> {
    return this.scorecards.save(user, id, dto, true);
  }
}
