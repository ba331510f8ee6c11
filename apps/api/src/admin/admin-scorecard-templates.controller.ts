import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { ScorecardTemplateDto } from '@tryout/contracts';
import { ScorecardTemplatesService } from '@tryout/server-interviews';
import { ApiErrors } from '../common/api-errors.decorator';
import { Roles } from '../common/auth.decorators';
import { SaveScorecardTemplateDto } from '../interviews/dto/save-scorecard-template.dto';

/** Scorecard templates: admins create, edit and archive them (never delete: sessions refer to them). */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/scorecard-templates')
export class AdminScorecardTemplatesController {
  constructor(private readonly templates: ScorecardTemplatesService) {}

  @Get()
  @ApiOperation({ summary: 'Every scorecard template, archived ones last (admin)' })
  @ApiResponse({ status: 200, description: 'ScorecardTemplateDto[]' })
  @ApiErrors(401, 403)
  list(): Promise<ScorecardTemplateDto[]> {
    return this.templates.listAll();
  }

  @Post()
  @ApiOperation({ summary: 'Create a scorecard template (admin)' })
  @ApiResponse({ status: 201, description: 'ScorecardTemplateDto' })
  @ApiErrors(400, 401, 403, 409)
  create(@Body() dto: SaveScorecardTemplateDto): Promise<ScorecardTemplateDto> {
    return this.templates.create(dto);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Edit a scorecard template (admin)',
    description: 'Sessions that already picked it keep their copy of the criteria.',
  })
  @ApiResponse({ status: 200, description: 'ScorecardTemplateDto' })
  @ApiErrors(400, 401, 403, 404, 409)
  update(@Param('id') id: string, @Body() dto: SaveScorecardTemplateDto): Promise<ScorecardTemplateDto> {
    return this.templates.update(id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a template: no longer offered to interviewers (admin)' })
  @ApiResponse({ status: 200, description: 'ScorecardTemplateDto' })
  @ApiErrors(401, 403, 404)
  archive(@Param('id') id: string): Promise<ScorecardTemplateDto> {
    return this.templates.setArchived(id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Offer an archived template again (admin)' })
  @ApiResponse({ status: 200, description: 'ScorecardTemplateDto' })
  @ApiErrors(401, 403, 404)
  restore(@Param('id') id: string): Promise<ScorecardTemplateDto> {
    return this.templates.setArchived(id, false);
  }
}
