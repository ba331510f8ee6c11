import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { InterviewNoteDto, InterviewNotesDto } from '@tryout/contracts';
import { InterviewNotesService } from '@tryout/server-interviews';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { SaveNoteDto } from './dto/save-note.dto';

/** The caller's own private notes on a session: entries stamped with the session time by the server. */
@ApiTags('interviews')
@Controller('interviews/:id/notes')
@Roles('interviewer', 'admin')
export class InterviewNotesController {
  constructor(private readonly notes: InterviewNotesService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s own note entries, oldest first' })
  @ApiResponse({ status: 200, description: 'InterviewNotesDto' })
  @ApiErrors(401, 403, 404)
  list(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewNotesDto> {
    return this.notes.list(user, id);
  }

  @Post()
  @ApiOperation({
    summary: 'Add a note entry (Markdown)',
    description: 'Stamped with the session time (ms since the candidate’s Start) by the server’s clock.',
  })
  @ApiResponse({ status: 201, description: 'InterviewNoteDto' })
  @ApiErrors(400, 401, 403, 404)
  add(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Body() dto: SaveNoteDto,
  ): Promise<InterviewNoteDto> {
    return this.notes.add(user, id, dto.body);
  }

  @Put(':noteId')
  @ApiOperation({ summary: 'Edit one of the caller’s entries (its stamp stays)' })
  @ApiResponse({ status: 200, description: 'InterviewNoteDto' })
  @ApiErrors(400, 401, 403, 404)
  edit(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Param('noteId') noteId: string,
    @Body() dto: SaveNoteDto,
  ): Promise<InterviewNoteDto> {
    return this.notes.edit(user, id, noteId, dto.body);
  }

  @Delete(':noteId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of the caller’s entries' })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 403, 404)
  remove(@CurrentUser() user: AuthPrincipal, @Param('id') id: string, @Param('noteId') noteId: string): Promise<void> {
    return this.notes.remove(user, id, noteId);
  }
}
