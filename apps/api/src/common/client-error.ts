import { Logger } from '@nestjs/common';
import type { ApiErrorBody, ApiErrorCode } from '@tryout/contracts';
import { randomUUID } from 'node:crypto';
import { maxHeaderSize, STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_BY_CODE } from './error-body.util';

const logger = new Logger('HTTP');

/** Node's HTTP parser errors (answered before Express sees a request) → our codes. */
const CODE_BY_PARSER_ERROR: Record<string, ApiErrorCode> = {
  // The request line plus headers exceed Node's --max-http-header-size (16 KiB by default): a long URL too.
  HPE_HEADER_OVERFLOW: 'headers_too_large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'payload_too_large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request_timeout',
};

const MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  headers_too_large: `the URL and headers are too large; send at most ${maxHeaderSize} bytes of them`,
  payload_too_large: 'chunk extensions are too large',
  request_timeout: 'the request took too long to arrive',
  malformed_request: 'the request is not valid HTTP',
};

/**
 * Answers what Node's HTTP server would answer itself on a parse error (431, 400, 408, an empty
 * body), but with our JSON error body, so every response of the API has the same shape.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: ServerResponse | null }) => {
    // A reset connection, or a keep-alive one already mid-response (Node's own test): writing would corrupt it.
    if (err.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const code = CODE_BY_PARSER_ERROR[err.code ?? ''] ?? 'malformed_request';
    const status = STATUS_BY_CODE[code];
    const requestId = randomUUID();
    const body: ApiErrorBody = { statusCode: status, code, message: MESSAGES[code] ?? code, requestId };
    const json = JSON.stringify(body);
    logger.warn({ requestId, code, parserError: err.code, statusCode: status }, 'unparseable request');
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(json)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        json,
    );
  });
}
