import { ApiProperty } from '@nestjs/swagger';
import {
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type RegisterRequest,
} from '@tryout/contracts';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'ada@example.com', maxLength: 320 })
  @IsEmail({}, { message: 'email must be an e-mail address like name@example.com' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ example: 'Ada', minLength: 1, maxLength: DISPLAY_NAME_MAX_LENGTH })
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  // Names are shown everywhere (interviews, lists): no markup and no control characters.
  @Matches(/^[^<>\p{Cc}]*\S[^<>\p{Cc}]*$/u, {
    message: 'displayName may not contain < > or control characters, nor be blank',
  })
  displayName: string;
}
