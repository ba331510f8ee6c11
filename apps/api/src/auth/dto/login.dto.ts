import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, type LoginRequest } from '@tryout/contracts';
import { IsString, Length, MaxLength } from 'class-validator';
import { OpaqueText } from '../../common/text.decorators';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'ada@example.com' })
  @IsString()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  @OpaqueText()
  password: string;
}
