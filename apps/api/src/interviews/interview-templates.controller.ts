import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CreateInterviewResponse, InterviewTemplateDto } from '@tryout/contracts';
import { InterviewTemplatesService } from '@tryout/server-interviews';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CreateInterviewFromTemplateDto } from './dto/create-interview-from-template.dto';
import { SaveInterviewTemplateDto } from './dto/save-interview-template.dto';

/** Reusable interviews. Interviewers manage their own templates; admins all of them. */
@ApiTags('interviews')
@Controller('interview-templates')
@Roles('interviewer', 'admin')
export class InterviewTemplatesController {
  constructor(private readonly templates: InterviewTemplatesService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s templates (admins: all), by name' })
  @ApiResponse({ status: 200, description: 'InterviewTemplateDto[]' })
  @ApiErrors(401, 403)
  list(@CurrentUser() user: AuthPrincipal): Promise<InterviewTemplateDto[]> {
    return this.templates.list(user);
  }

  @Post()
  @ApiOperation({ summary: 'Save a named set of problems (in order), a duration and the allowed languages' })
  @ApiResponse({ status: 201, description: 'InterviewTemplateDto' })
  @ApiErrors(400, 401, 403, 404)
  create(@CurrentUser() user: AuthPrincipal, @Body() dto: SaveInterviewTemplateDto): Promise<InterviewTemplateDto> {
    return this.templates.create(user, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One template' })
  @ApiResponse({ status: 200, description: 'InterviewTemplateDto' })
  @ApiErrors(401, 403, 404)
  get(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewTemplateDto> {
    return this.templates.get(user, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a template' })
  @ApiResponse({ status: 200, description: 'InterviewTemplateDto' })
  @ApiErrors(400, 401, 403, 404)
  update(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Body() dto: SaveInterviewTemplateDto,
  ): Promise<InterviewTemplateDto> {
    return this.templates.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a template (sessions made from it stay)' })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 403, 404)
  remove(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<void> {
    return this.templates.remove(user, id);
  }

  @Post(':id/interviews')
  @ApiOperation({
    summary: 'Create a session from the template',
    description: 'As POST /api/interviews with the template’s problems, duration and languages.',
  })
  @ApiResponse({ status: 201, description: 'CreateInterviewResponse' })
  @ApiErrors(400, 401, 403, 404)
  createInterview(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Body() dto: CreateInterviewFromTemplateDto,
  ): Promise<CreateInterviewResponse> {
    return this.templates.createInterview(user, id, dto);
  }
}
