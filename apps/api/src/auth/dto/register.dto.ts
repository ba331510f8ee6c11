import { ApiProperty } from '@nestjs/swagger';
import {
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type RegisterRequest,
} from '@tryout/contracts';
import { displayNameProblem } from '@tryout/server-users';
import { IsEmail, IsString, Length, MaxLength, ValidateBy } from 'class-validator';
import { OpaqueText } from '../../common/text.decorators';

/** The users lib's display-name rule as a class-validator constraint. */
const IsDisplayName = () =>
  ValidateBy({
    name: 'isDisplayName',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && displayNameProblem(value) === undefined,
      defaultMessage: (args) =>
        typeof args?.value === 'string' ? (displayNameProblem(args.value) ?? '') : 'displayName must be a string',
    },
  });

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'ada@example.com', maxLength: 320 })
  @IsEmail({}, { message: 'email must be an e-mail address like name@example.com' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  @OpaqueText()
  password: string;

  @ApiProperty({ example: 'Ada', minLength: 1, maxLength: DISPLAY_NAME_MAX_LENGTH })
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  @IsDisplayName()
  displayName: string;
}
