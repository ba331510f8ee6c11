import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigService } from '@tryout/server-config';
import { QueueModule } from '@tryout/server-queue';
import { AccountStateCache } from '../auth/account-state.cache';
import { AuthService } from '../auth/auth.service';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { EditorSettingsEntity } from '../settings/editor-settings.entity';
import { EditorSettingsService } from '../settings/editor-settings.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity, EditorSettingsEntity]),
    QueueModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // A KeyObject, not the string: jsonwebtoken turns a string into a key on every sign and verify,
        // first trying (and failing) to parse it as a public key, which cost more than the HMAC itself.
        secret: createSecretKey(Buffer.from(config.get('JWT_SECRET'), 'utf8')),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [UsersService, AuthService, AdminBootstrapService, AccountStateCache, EditorSettingsService],
  exports: [UsersService, AuthService, AccountStateCache, EditorSettingsService],
})
export class UsersModule {}
